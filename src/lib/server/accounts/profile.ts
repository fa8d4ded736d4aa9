import { z } from 'zod';
import { IsoDate } from '$lib/schemas/account';
import { Id, SkillLevel, type LocalizedText } from '$lib/schemas/common';
import type { Profile } from '$lib/schemas/profile';
import type { Snapshot } from '../services/snapshot';

export const SkillForm = z.object({ skill: Id, level: z.coerce.number().pipe(SkillLevel) });
export const CertificateForm = z.object({ certificate: Id, obtainedOn: IsoDate });
export const SkillRef = z.object({ skill: Id });
export const CertificateRef = z.object({ certificate: Id });

/** The day a certificate obtained on `obtainedOn` stops being valid; null when it never expires. */
export function expiresOn(obtainedOn: string, validityYears: number): string | null {
	if (validityYears <= 0) return null;
	const d = new Date(`${obtainedOn}T00:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() + validityYears);
	return d.toISOString().slice(0, 10);
}

export function today(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

export interface ProfileView {
	/** `label` is null when the network no longer has the skill: shown as such, never dropped. */
	skills: { id: string; label: LocalizedText | null; level: number }[];
	certificates: { id: string; label: LocalizedText | null; obtainedOn: string; expiresOn: string | null; expired: boolean }[];
}

export function profileView(profile: Profile, snap: Snapshot, now = new Date()): ProfileView {
	return {
		skills: profile.skills.map((s) => ({ id: s.skill, label: snap.skills.get(s.skill)?.label ?? null, level: s.level })),
		certificates: profile.certificates.map((c) => {
			const cert = snap.certificates.get(c.certificate);
			const expires = cert ? expiresOn(c.obtainedOn, cert.validityYears) : null;
			return { id: c.certificate, label: cert?.label ?? null, obtainedOn: c.obtainedOn, expiresOn: expires, expired: expires !== null && expires <= today(now) };
		})
	};
}
