import type { Line, LocalizedText, Station } from '$lib/schemas';
import { hopMonths, transitionNetwork, type Move, type TransitionInput, type TransitionNetwork, type TransitionSettings } from '$lib/engine/transitions';
import { linesFromChains } from './derived-lines';

/** Experience months of a hop when neither end has experience or training data. */
const UNKNOWN_HOP_MONTHS = 12;

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Runs the transition model on a taxonomy's stations (one model occupation per station, same
 * order) and turns it into network content: each station keeps its bridges as one-way `moves`
 * (and its direct moves, flagged `direct`),
 * and the ladders of step-ups become lines whose hops carry the experience months and the score.
 * Shared by the ESCO and O*NET importers so both networks are built the same way.
 */
export function modelLines(
	stations: Station[],
	input: TransitionInput,
	settings: TransitionSettings,
	line: { fieldOf: (station: Station) => string; description: LocalizedText }
): { network: TransitionNetwork; lines: Line[]; bridges: number; directMoves: number } {
	const network = transitionNetwork(input, settings);
	const occupations = input.occupations;
	const monthsOf = (a: number, b: number) => hopMonths(occupations[a]!.level, occupations[b]!.level) ?? UNKNOWN_HOP_MONTHS;
	let bridges = 0;
	let directMoves = 0;
	const stored = (a: number, m: Move) => ({ to: stations[m.to]!.id, score: round(m.score), months: monthsOf(a, m.to), desirable: m.desirable });
	network.bridges.forEach((list, a) => {
		const direct = network.direct[a] ?? [];
		if (list.length + direct.length === 0) return;
		stations[a]!.moves = [...list.map((m) => stored(a, m)), ...direct.map((m) => ({ ...stored(a, m), direct: true as const }))];
		bridges += list.length;
		directMoves += direct.length;
	});
	const chains = network.lines.map((l) =>
		l.stops.map((s, i) => (i === 0 ? { station: stations[s]!.id } : { station: stations[s]!.id, months: monthsOf(l.stops[i - 1]!, s), score: round(l.hops[i - 1]!.score) }))
	);
	const byId = new Map(stations.map((s) => [s.id, s]));
	const lines = linesFromChains(chains, (id) => byId.get(id)!.label, (id) => line.fieldOf(byId.get(id)!), line.description, true);
	return { network, lines, bridges, directMoves };
}

/** The import report's line about what the model built. */
export function modelNote(built: { network: TransitionNetwork; bridges: number; directMoves: number }): string {
	return `transition model: ${built.network.lines.length} lines of step-ups, ${built.bridges} one-way bridges (viable moves not on a line), ${built.directMoves} direct moves (walked only to their own destination)`;
}
