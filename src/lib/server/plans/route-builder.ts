import type { Line, Module } from '$lib/schemas';
import type { PlanModule, PlanRoute, PlanRouteRequest, PlanStop } from '$lib/schemas/plan';
import type { ValidationIssue } from '$lib/schemas/issues';
import type { Snapshot } from '../services/snapshot';
import { ValidationError } from '../store/errors';
import { canSeeModule, type Viewer } from '../viewer';
import { hopMonths as monthsOfHop } from './route-views';

export function planModule(m: Module): PlanModule {
	return {
		id: m.id,
		label: m.label,
		hours: m.hours,
		price: m.price,
		currency: m.currency,
		points: m.points,
		certificates: [...m.certificates],
		closedTo: m.visibility === 'closed' ? (m.organisation ?? null) : null
	};
}

/** The months a line gives the hop between two neighbouring stops, in either riding direction; null when they are not neighbours. */
function hopOnLine(line: Line, from: string, to: string): number | null {
	const i = line.stops.findIndex((s) => s.station === from);
	const j = line.stops.findIndex((s) => s.station === to);
	if (i < 0 || j < 0 || Math.abs(i - j) !== 1) return null;
	return line.stops[Math.max(i, j)]!.months ?? 0;
}

function stopOf(snap: Snapshot, stationId: string): Omit<PlanStop, 'line' | 'transfer' | 'hopMonths' | 'modules' | 'untaught'> {
	const station = snap.stations.get(stationId)!;
	const band = station.salaryBand ? snap.salaryBands.get(station.salaryBand) : undefined;
	return {
		station: station.id,
		label: station.label,
		salaryMedian: band?.median ?? null,
		salaryCurrency: band?.currency ?? null,
		certificates: [...station.certificates]
	};
}

/**
 * Turns the ids a client sends into the plan's own copy of the route, checked against the
 * current network: stations exist, each ridden hop joins neighbouring stops of its line, and
 * every module exists and is visible to everyone the plan is for (a closed module a traveller
 * may not see is reported exactly like an unknown one, so its existence does not leak).
 * Every problem is reported at once, naming the field.
 */
export function buildPlanRoute(snap: Snapshot, request: PlanRouteRequest, travellers: readonly Viewer[]): PlanRoute {
	const issues: ValidationIssue[] = [];
	const issue = (field: string, message: string) => issues.push({ field: `route.${field}`, message });
	if (!snap.stations.has(request.from)) issue('from', `unknown station '${request.from}'`);

	const stops: PlanStop[] = [];
	if (snap.stations.has(request.from))
		stops.push({ ...stopOf(snap, request.from), line: null, transfer: false, hopMonths: 0, modules: [], untaught: [] });
	const seenModules = new Set<string>();
	let previous = request.from;
	let previousLine: string | null | undefined;
	let totals = { months: 0, studyHours: 0, money: 0, transfers: 0 };

	request.hops.forEach((hop, i) => {
		const station = snap.stations.get(hop.to);
		if (!station) issue(`hops.${i}.to`, `unknown station '${hop.to}'`);
		else if (hop.to === previous) issue(`hops.${i}.to`, `hop ${i + 1} goes from '${previous}' to itself`);

		let hopMonths = hop.bridgeMonths ?? 0;
		let line: Line | undefined;
		if (hop.line !== null) {
			line = snap.lines.get(hop.line);
			const months = line ? hopOnLine(line, previous, hop.to) : null;
			if (!line) issue(`hops.${i}.line`, `unknown line '${hop.line}'`);
			else if (months === null) issue(`hops.${i}.line`, `line '${hop.line}' does not ride from '${previous}' to '${hop.to}' in one hop`);
			else hopMonths = months;
		}

		const modules: PlanModule[] = [];
		hop.modules.forEach((id, j) => {
			const m = snap.modules.get(id);
			if (!m || !travellers.every((v) => canSeeModule(v, m))) issue(`hops.${i}.modules.${j}`, `unknown module '${id}'`);
			else if (!seenModules.has(id)) {
				seenModules.add(id);
				modules.push(planModule(m));
			}
		});
		const required = new Set(station?.requires.map((r) => r.skill));
		hop.untaught.forEach((skill, j) => {
			if (station && !required.has(skill)) issue(`hops.${i}.untaught.${j}`, `station '${hop.to}' does not require skill '${skill}'`);
		});

		if (station) {
			const transfer = previousLine !== undefined && hop.line !== previousLine;
			const studyHours = modules.reduce((sum, m) => sum + m.hours, 0);
			totals = {
				months: totals.months + monthsOfHop(hopMonths, studyHours, request.hoursPerWeek),
				studyHours: totals.studyHours + studyHours,
				money: totals.money + modules.reduce((sum, m) => sum + m.price, 0),
				transfers: totals.transfers + (transfer ? 1 : 0)
			};
			stops.push({
				...stopOf(snap, hop.to),
				line: line ? { id: line.id, label: line.label, colour: line.colour } : null,
				transfer,
				hopMonths,
				modules,
				untaught: [...new Set(hop.untaught)]
			});
		}
		previous = hop.to;
		previousLine = hop.line;
	});

	if (issues.length > 0) throw new ValidationError(`the route does not fit network '${snap.meta.id}': ${issues[0]!.message}`, issues);
	return { stops, hoursPerWeek: request.hoursPerWeek, totals: { ...totals, months: Math.round(totals.months * 10) / 10 } };
}
