import { translate } from '$lib/i18n';
import { CertificateForm, CertificateRef, SkillForm, SkillRef, profileView, today } from '$lib/server/accounts/profile';
import { getApp } from '$lib/server/app';
import { fieldFailure, parseForm } from '$lib/server/auth/form';
import { requireAccount, requireUser } from '$lib/server/auth/guards';
import { pageSnapshot } from '$lib/server/http/page';
import type { Snapshot } from '$lib/server/services/snapshot';
import type { Locale } from '$lib/schemas/common';
import { normalizeTextForFilter } from '$lib/text-filter';
import type { Actions, PageServerLoad } from './$types';

/** A sector's skills fit one grouped list; a taxonomy's (ESCO: 13,900) are found by name first, a bounded number at a time. */
const MAX_LISTED_SKILLS = 600;
const MAX_FOUND_SKILLS = 100;

/** The skill picker's choices, grouped by the skills' own groups ('' = no group, last). */
function skillPicker(snap: Snapshot, locale: Locale, query: string) {
	const all = snap.content.skills;
	const many = all.length > MAX_LISTED_SKILLS;
	const needle = normalizeTextForFilter(query);
	const matching = needle ? all.filter((s) => normalizeTextForFilter(`${s.label.nl} ${s.label.en}`).includes(needle)) : all;
	const listed = many ? (needle ? matching.slice(0, MAX_FOUND_SKILLS) : []) : all;
	const groups = new Map<string, typeof listed>();
	for (const s of listed) groups.set(s.group ?? '', [...(groups.get(s.group ?? '') ?? []), s]);
	return {
		many,
		query,
		total: all.length,
		found: many && needle ? matching.length : null,
		groups: [...groups]
			.sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, locale)))
			.map(([group, skills]) => ({
				group,
				options: skills
					.map((s) => ({ value: s.id, label: s.label[locale], search: `${s.label.nl} ${s.label.en}` }))
					.sort((a, b) => a.label.localeCompare(b.label, locale))
			}))
	};
}

export const load: PageServerLoad = async (event) => {
	const { user, memberships } = requireAccount(event);
	const { users } = await getApp();
	const snap = await pageSnapshot(event.url, event.locals.locale);
	const l = event.locals.locale;
	const byLabel = (a: { label: { nl: string; en: string } }, b: { label: { nl: string; en: string } }) => a.label[l].localeCompare(b.label[l], l);
	return {
		account: { name: user.name, email: user.email, admin: user.admin },
		memberships: memberships.map((m) => ({ ...m, label: snap.organisations.get(m.organisation)?.label ?? null })),
		profile: profileView(await users.profile(user.id), snap),
		skills: skillPicker(snap, l, (event.url.searchParams.get('skill-q') ?? '').trim().slice(0, 100)),
		certificateOptions: [...snap.content.certificates].sort(byLabel).map((c) => ({ id: c.id, label: c.label })),
		today: today()
	};
};

export const actions: Actions = {
	setSkill: async (event) => {
		const user = requireUser(event);
		const { locale } = event.locals;
		const data = await event.request.formData();
		const parsed = parseForm(data, SkillForm, locale, 'skill');
		if (!parsed.ok) return parsed.failure;
		const snap = await pageSnapshot(event.url, locale);
		if (!snap.skills.has(parsed.data.skill))
			return fieldFailure('skill', 'skill', translate(locale, 'account.unknownSkill'), { skill: parsed.data.skill });
		const { users } = await getApp();
		await users.setProfileSkill(user.id, parsed.data.skill, parsed.data.level);
		return { form: 'skill', saved: true };
	},
	removeSkill: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(await event.request.formData(), SkillRef, event.locals.locale, 'skill');
		if (!parsed.ok) return parsed.failure;
		const { users } = await getApp();
		await users.removeProfileSkill(user.id, parsed.data.skill);
		return { form: 'skill', saved: true };
	},
	setCertificate: async (event) => {
		const user = requireUser(event);
		const { locale } = event.locals;
		const data = await event.request.formData();
		const parsed = parseForm(data, CertificateForm, locale, 'certificate');
		if (!parsed.ok) return parsed.failure;
		const snap = await pageSnapshot(event.url, locale);
		const values = { certificate: parsed.data.certificate, obtainedOn: parsed.data.obtainedOn };
		if (!snap.certificates.has(parsed.data.certificate))
			return fieldFailure('certificate', 'certificate', translate(locale, 'account.unknownCertificate'), values);
		if (parsed.data.obtainedOn > today())
			return fieldFailure('certificate', 'obtainedOn', translate(locale, 'account.futureDate'), values);
		const { users } = await getApp();
		await users.setProfileCertificate(user.id, parsed.data.certificate, parsed.data.obtainedOn);
		return { form: 'certificate', saved: true };
	},
	removeCertificate: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(await event.request.formData(), CertificateRef, event.locals.locale, 'certificate');
		if (!parsed.ok) return parsed.failure;
		const { users } = await getApp();
		await users.removeProfileCertificate(user.id, parsed.data.certificate);
		return { form: 'certificate', saved: true };
	}
};
