import type { SalaryBand } from '$lib/schemas';
import { escoStationPayId } from './ids';
import { iscoField, iscoLeadsPeople } from './isco-fields';
import { socField, socLeadsPeople } from './soc-fields';

/** A within-class ratio beyond this is more likely a crosswalk mismatch than a real pay gap. */
const MAX_RATIO = 2;

/**
 * Pay per station differentiated within its CBS class: the class median (Dutch, per BRC class)
 * times the ratio of the station's U.S. median wage (BLS, through its O*NET code) to the
 * geometric mean of the U.S. medians of all stations in that class. A welding coordinator so
 * earns more than a welder of the same class, as in the U.S. data, while the level stays Dutch.
 * Stations without a U.S. wage keep the class band; the bands made here are marked estimates.
 */
export function differentiatedBands(
	stations: readonly { id: string; uri: string; classBand: SalaryBand | undefined }[],
	usWage: ReadonlyMap<string, SalaryBand>
): Map<string, SalaryBand> {
	const logSum = new Map<string, { sum: number; count: number }>();
	for (const s of stations) {
		const us = usWage.get(s.uri);
		if (!s.classBand || !us) continue;
		const acc = logSum.get(s.classBand.id) ?? { sum: 0, count: 0 };
		acc.sum += Math.log(us.median);
		acc.count++;
		logSum.set(s.classBand.id, acc);
	}
	const out = new Map<string, SalaryBand>();
	for (const s of stations) {
		const band = s.classBand;
		if (!band) continue;
		const us = usWage.get(s.uri);
		const acc = logSum.get(band.id);
		if (!us || !acc || acc.count < 2) {
			out.set(s.id, band);
			continue;
		}
		const ratio = Math.min(MAX_RATIO, Math.max(1 / MAX_RATIO, us.median / Math.exp(acc.sum / acc.count)));
		const median = Math.round(band.median * ratio);
		out.set(s.id, {
			id: escoStationPayId(s.id),
			label: { nl: `${band.label.nl} × VS-loonverhouding ${ratio.toFixed(2)}`, en: `${band.label.en} × U.S. pay ratio ${ratio.toFixed(2)}` },
			min: median,
			median,
			max: median,
			currency: 'EUR',
			source: `${band.source.split(';')[0]}; × ${ratio.toFixed(3)}: the station's U.S. median (${us.source.split(':')[0]}) over the geometric mean of the U.S. medians in its CBS class (estimate)`.slice(0, 500),
			method: band.method && {
				nl: `${band.method.nl} Daarna maal ${ratio.toFixed(2).replace('.', ',')}: het Amerikaanse mediane loon van dit beroep (BLS, via de O*NET-code) gedeeld door het meetkundig gemiddelde van de Amerikaanse medianen in de CBS-klasse.`,
				en: `${band.method.en} Then times ${ratio.toFixed(2)}: this occupation's U.S. median wage (BLS, through its O*NET code) over the geometric mean of the U.S. medians in the CBS class.`
			},
			year: band.year,
			estimate: true
		});
	}
	return out;
}

/** What the leader floor needs of a station: its codes, job zone (filled) and estimated pay. */
export interface LeaderFloorStation {
	readonly isco?: string;
	readonly onet?: string;
	readonly jobZone: number | null;
	readonly pay: number | null;
}

/** A station's ISCO and SOC fields, as prefixes (broad to narrow) and the prefixes it leads. */
interface Fields {
	isco?: { path: string[]; leads: string[] };
	soc?: { path: string[]; leads: string[] };
}

const leadsPrefix = (lead: { path: string[]; leads: string[] }, worker: { path: string[] }) =>
	lead.path.at(-1) !== worker.path.at(-1) && lead.leads.some((x) => worker.path.includes(x));

/**
 * How far a class-level estimate is off, as a log standard deviation: across the 12 CBS classes the
 * U.S. pay level of a class predicts its Dutch median with a residual of 0.163 (docs/taxonomies.md).
 */
export const ESCO_PAY_LOG_SD = 0.163;

/**
 * Pay floors for supervisors and managers: a station is estimated at no less than
 * the best-paid occupation it leads — in ISCO-08 (`isco-fields.ts`) or SOC 2018 (`soc-fields.ts`:
 * a first-line supervisor leads its major group) — that sits in no higher job zone, that the
 * transition model lets move into it (`viable(worker, leader)`: one family, not just one chapter
 * of a classification), and whose estimate is above the leader's by no more than the estimates'
 * own error (`logSd`). The estimate is a Dutch class median times a U.S. pay ratio, and the ratio
 * of two crosswalked codes can put a leader a little below its own workers (office manager,
 * 43-1011, 11 % under administrative assistant, crosswalked to 43-6011 executive secretaries):
 * read as a career map, that says the step up is a pay cut, which it is not. A worker estimated
 * far above the leader (a mine control room operator 50 % above production supervisors) is a
 * specialist the data sets apart, and stays so. Judged on the estimates as made (a raised leader
 * does not raise the next one). Returns station index → the index of the worker whose estimate
 * it takes.
 */
export function leaderFloors(
	stations: readonly LeaderFloorStation[],
	viable: (worker: number, leader: number) => boolean,
	logSd = ESCO_PAY_LOG_SD
): Map<number, number> {
	const fields: Fields[] = stations.map((s) => ({ isco: s.isco ? iscoField(s.isco) : undefined, soc: s.onet ? socField(s.onet) : undefined }));
	// Supervisors and managers only: a professional over technicians (engineer, technician) is a
	// level of expertise, not of leading people, and the data may rightly pay a technician more.
	const leadsPeople = (s: LeaderFloorStation) => (s.isco !== undefined && iscoLeadsPeople(s.isco)) || (s.onet !== undefined && socLeadsPeople(s.onet));
	const leads = (l: number, w: number) => {
		const fl = fields[l]!;
		const fw = fields[w]!;
		if (fl.isco && fw.isco && leadsPrefix(fl.isco, fw.isco)) return true;
		return fl.soc !== undefined && fw.soc !== undefined && leadsPrefix(fl.soc, fw.soc);
	};
	const within = Math.exp(logSd);
	const from = new Map<number, number>();
	stations.forEach((s, l) => {
		const f = fields[l]!;
		if (s.jobZone === null || s.pay === null || !leadsPeople(s) || ((f.isco?.leads.length ?? 0) === 0 && (f.soc?.leads.length ?? 0) === 0)) return;
		let best = -1;
		stations.forEach((w, i) => {
			if (i === l || w.jobZone === null || w.jobZone > s.jobZone! || w.pay === null) return;
			if (w.pay <= s.pay! || w.pay > s.pay! * within || (best >= 0 && w.pay <= stations[best]!.pay!)) return;
			if (leads(l, i) && viable(i, l)) best = i;
		});
		if (best >= 0) from.set(l, best);
	});
	return from;
}

/** A leader's band raised to the estimate of a worker it leads (see `leaderFloors`). */
export function raisedBand(stationId: string, own: SalaryBand, worker: { label: { nl: string; en: string }; band: SalaryBand }): SalaryBand {
	const median = worker.band.median;
	return {
		...own,
		id: escoStationPayId(stationId),
		label: { nl: `${own.label.nl}, niet onder ${worker.label.nl}`, en: `${own.label.en}, not below ${worker.label.en}` },
		min: Math.min(own.min, median),
		median,
		max: Math.max(own.max, median),
		source: `${own.source.split(';')[0]}; raised to the estimate of ${worker.label.en} (${median}), an occupation it leads (ISCO-08 / SOC) that moves into it (estimate)`.slice(0, 500),
		method: {
			nl: `${own.method?.nl ?? ''} Verhoogd tot de schatting van ${worker.label.nl}: een beroep waaraan het leiding geeft (ISCO-08 of SOC) en dat er volgens het overstapmodel naartoe kan groeien. Een leidinggevende wordt niet lager geschat dan wie hij leidt.`.trim(),
			en: `${own.method?.en ?? ''} Raised to the estimate of ${worker.label.en}: an occupation it leads (ISCO-08 or SOC) that can grow into it in the transition model. A supervisor or manager is not estimated below the people it leads.`.trim()
		},
		estimate: true
	};
}
