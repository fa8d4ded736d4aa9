import type { Certificate } from '$lib/schemas';
import type { ProfileCertificate } from '$lib/schemas/profile';
import { expiresOn } from '../accounts/profile';

/** A module someone completed, with what it counted for at the time. */
export interface Completion {
	module: string;
	doneOn: string;
	points: number;
	certificates: readonly string[];
}

export type UpkeepStatus = 'ok' | 'short' | 'expired' | 'to-obtain';

export interface CertificateUpkeep {
	certificate: string;
	held: boolean;
	obtainedOn: string | null;
	expiresOn: string | null;
	pointsPerYear: number;
	/** Points from modules completed in the twelve months up to today. */
	pointsEarned: number;
	status: UpkeepStatus;
	/** Stops of the route that ask for it (station ids). */
	requiredAt: string[];
}

function yearBefore(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() - 1);
	return d.toISOString().slice(0, 10);
}

/**
 * Certificate upkeep for one person on one route: for each certificate they hold or a stop of
 * the route asks for, the points needed per year against the points earned in the last twelve
 * months, and when it expires. Points count towards the certificates a module lists (the seed's
 * rule: "points are the upkeep points the module grants towards its certificates"). Sorted so
 * what needs attention first comes first: expired, short, to obtain, then by expiry date.
 */
export function certificateUpkeep(input: {
	held: readonly ProfileCertificate[];
	requiredAt: ReadonlyMap<string, string[]>;
	completions: readonly Completion[];
	certificates: ReadonlyMap<string, Certificate>;
	today: string;
}): CertificateUpkeep[] {
	const since = yearBefore(input.today);
	const ids = [...new Set([...input.held.map((h) => h.certificate), ...input.requiredAt.keys()])];
	const rank: Record<UpkeepStatus, number> = { expired: 0, short: 1, 'to-obtain': 2, ok: 3 };
	return ids
		.map((id): CertificateUpkeep => {
			const cert = input.certificates.get(id);
			const held = input.held.find((h) => h.certificate === id);
			const pointsPerYear = cert?.pointsPerYear ?? 0;
			const pointsEarned = input.completions
				.filter((c) => c.doneOn > since && c.doneOn <= input.today && c.certificates.includes(id))
				.reduce((sum, c) => sum + c.points, 0);
			const expires = held && cert ? expiresOn(held.obtainedOn, cert.validityYears) : null;
			const status: UpkeepStatus = !held
				? 'to-obtain'
				: expires !== null && expires <= input.today
					? 'expired'
					: pointsEarned < pointsPerYear
						? 'short'
						: 'ok';
			return {
				certificate: id,
				held: held !== undefined,
				obtainedOn: held?.obtainedOn ?? null,
				expiresOn: expires,
				pointsPerYear,
				pointsEarned,
				status,
				requiredAt: input.requiredAt.get(id) ?? []
			};
		})
		.sort((a, b) => rank[a.status] - rank[b.status] || (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999') || a.certificate.localeCompare(b.certificate));
}
