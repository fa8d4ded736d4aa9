import type { MessageKey, Translate } from '$lib/i18n';

/** A sector's name: ISCO major groups by their name, finer groups by their code. */
export function groupName(t: Translate, group: string): string {
	const [scheme, code = ''] = group.split('-');
	if (scheme === 'soc') return t('localmap.socGroupName', { code });
	if (code.length === 1) return t(`localmap.isco${code}` as MessageKey);
	return t('localmap.subGroupName', { code });
}
