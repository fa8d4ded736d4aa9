/**
 * The part of a network a local metro map shows: the lines through a focus (a station, the
 * stations of a route, a sector's busiest station), their interchanges and the next few stops,
 * and a few bridges to related jobs — small enough to lay out octilinearly and read.
 *
 * Pure: plain lines and bridges in, plain stations, clipped lines and bridges out.
 */

export interface SubnetworkSource {
	lines: readonly { id: string; stations: readonly string[] }[];
	/** Walkable both ways; each pair once. The closest (highest skill overlap) are walked first. */
	bridges: readonly { from: string; to: string; overlap?: number }[];
}

/** A hop the map must show whatever the budget: a route's rides (`line`) and bridge walks (`line: null`). */
export interface ForcedHop {
	from: string;
	to: string;
	line: string | null;
}

export interface SubnetworkOptions {
	/** Stations the map is about; always shown. */
	focus: readonly string[];
	/** Hops of a route through the focus, always shown. */
	forced?: readonly ForcedHop[];
	/** Hops out from the focus a station may lie (lines and bridges alike). */
	radius: number;
	/** The map stays readable and quick to lay out up to this many stations. */
	maxStations: number;
	/** An octilinear map has eight directions, so no station may have more neighbours. */
	maxNeighbours?: number;
	/** Bridges walked out from one station beyond the focus (the focus walks twice as many), each to a job not shown yet. */
	bridgesPerStation?: number;
	/** Only these stations may be shown (a sector); the focus is always allowed. */
	allowed?: (station: string) => boolean;
	/**
	 * How much a station connects (e.g. its lines): where a station has more neighbours than
	 * room, the busier ones are shown first, so the window reaches further into the network.
	 */
	rank?: (station: string) => number;
}

export interface SubnetworkLine {
	id: string;
	/** The line's stops inside the window, in line order (one unbroken run). */
	stations: string[];
}

export interface Subnetwork {
	/** In the order they were reached; the focus first. */
	stations: string[];
	/** Hops from the focus (bridges count as one). */
	distance: Record<string, number>;
	lines: SubnetworkLine[];
	bridges: { from: string; to: string }[];
	/** What the window left out: stations next to a shown one, and lines through a shown station. */
	omitted: { stations: number; lines: number };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

interface Neighbour {
	station: string;
	line: string | null;
}

/** Every station's neighbours by line hops (busiest first) and by bridges (closest first). */
function neighbourLists(source: SubnetworkSource, rank: (station: string) => number) {
	const byLine = new Map<string, Neighbour[]>();
	const byBridge = new Map<string, Neighbour[]>();
	const add = (map: Map<string, Neighbour[]>, at: string, n: Neighbour) => {
		const list = map.get(at);
		if (list) list.push(n);
		else map.set(at, [n]);
	};
	for (const line of source.lines)
		for (let i = 1; i < line.stations.length; i++) {
			const a = line.stations[i - 1]!;
			const b = line.stations[i]!;
			add(byLine, a, { station: b, line: line.id });
			add(byLine, b, { station: a, line: line.id });
		}
	const bridges = [...source.bridges].sort((x, y) => (y.overlap ?? 0) - (x.overlap ?? 0));
	for (const b of bridges) {
		add(byBridge, b.from, { station: b.to, line: null });
		add(byBridge, b.to, { station: b.from, line: null });
	}
	// Stable sorts: equally busy neighbours keep network order.
	for (const list of byLine.values()) list.sort((x, y) => rank(y.station) - rank(x.station));
	return { byLine, byBridge };
}

/**
 * Breadth-first from the focus, level by level: at each level the line hops of every station
 * first, then its bridges, so a map shows the lines through its focus before related jobs
 * reached by a walk. A hop is only taken while both its stations have room for one more
 * neighbour, and no station beyond the budget is added.
 */
export function extractSubnetwork(source: SubnetworkSource, options: SubnetworkOptions): Subnetwork {
	const maxNeighbours = options.maxNeighbours ?? 8;
	const bridgesPerStation = options.bridgesPerStation ?? 2;
	const allowed = options.allowed ?? (() => true);
	const { byLine, byBridge } = neighbourLists(source, options.rank ?? (() => 0));

	const distance = new Map<string, number>();
	const order: string[] = [];
	const linked = new Map<string, Set<string>>();
	const lineHops = new Set<string>();
	const bridgeHops = new Set<string>();
	const include = (s: string, d: number) => {
		if (distance.has(s)) return;
		distance.set(s, d);
		order.push(s);
	};
	const room = (s: string) => (linked.get(s)?.size ?? 0) < maxNeighbours;
	const bridgeRoom = (s: string) => (linked.get(s)?.size ?? 0) < maxNeighbours - 2;
	const isLinked = (a: string, b: string) => linked.get(a)?.has(b) ?? false;
	const link = (a: string, b: string, line: string | null) => {
		if (!isLinked(a, b)) {
			linked.set(a, (linked.get(a) ?? new Set()).add(b));
			linked.set(b, (linked.get(b) ?? new Set()).add(a));
		}
		(line === null ? bridgeHops : lineHops).add(pairKey(a, b));
	};

	for (const s of options.focus) include(s, 0);
	for (const hop of options.forced ?? []) {
		include(hop.from, 0);
		include(hop.to, 0);
		link(hop.from, hop.to, hop.line);
	}

	/** Takes the hop from `at` if the window and both stations have room; true when taken. */
	const tryHop = (at: string, n: Neighbour, level: number): boolean => {
		if (!allowed(n.station) && !distance.has(n.station)) return false;
		if (isLinked(at, n.station)) {
			if (n.line !== null) lineHops.add(pairKey(at, n.station));
			return false;
		}
		// A bridge only leads to a job not shown yet: walks between shown stations would knot
		// the map without showing more, and keep room on busy stations for their lines.
		if (n.line === null && (distance.has(n.station) || !bridgeRoom(at))) return false;
		if (!room(at) || !room(n.station)) return false;
		if (!distance.has(n.station)) {
			if (order.length >= options.maxStations) return false;
			include(n.station, level + 1);
		}
		link(at, n.station, n.line);
		return true;
	};

	for (let level = 0; level < options.radius; level++) {
		const atLevel = order.filter((s) => distance.get(s) === level);
		for (const at of atLevel) for (const n of byLine.get(at) ?? []) tryHop(at, n, level);
		for (const at of atLevel) {
			let walked = 0;
			const cap = level === 0 ? 2 * bridgesPerStation : bridgesPerStation;
			for (const n of byBridge.get(at) ?? []) {
				if (walked >= cap) break;
				if (tryHop(at, n, level)) walked++;
			}
		}
	}
	// Hops between two shown stations that the walk reached from elsewhere: a line leaving the
	// window and coming back in, or two neighbours on one line both reached through others.
	for (const at of order)
		for (const n of byLine.get(at) ?? []) if (distance.has(n.station) && !isLinked(at, n.station) && room(at) && room(n.station)) link(at, n.station, n.line);

	const lines = clipLines(source, lineHops, new Set(options.focus));
	// Bridges between stations that a kept line joins already are not drawn twice.
	const ridden = new Set(lines.flatMap((l) => l.stations.slice(1).map((s, i) => pairKey(l.stations[i]!, s))));
	const bridges: { from: string; to: string }[] = [];
	for (const key of bridgeHops) {
		if (ridden.has(key)) continue;
		const [from, to] = key.split('\u0000') as [string, string];
		bridges.push({ from, to });
	}
	const joined = new Set([...lines.flatMap((l) => l.stations), ...bridges.flatMap((b) => [b.from, b.to])]);
	const focus = new Set([...options.focus, ...(options.forced ?? []).flatMap((h) => [h.from, h.to])]);
	const stations = order.filter((s) => focus.has(s) || joined.has(s));
	const shown = new Set(stations);
	return {
		stations,
		distance: Object.fromEntries(stations.map((s) => [s, distance.get(s)!])),
		lines,
		bridges,
		omitted: countOmitted(byLine, byBridge, shown, new Set(lines.map((l) => l.id)))
	};
}

/**
 * Each line keeps one unbroken run of the hops taken: the run with the most focus stations,
 * then the longest. A line that leaves the window and comes back would otherwise need two
 * drawings under one name.
 */
function clipLines(source: SubnetworkSource, hops: ReadonlySet<string>, focus: ReadonlySet<string>): SubnetworkLine[] {
	const out: SubnetworkLine[] = [];
	for (const line of source.lines) {
		let best: string[] = [];
		let bestScore = -1;
		let run: string[] = [];
		const close = () => {
			if (run.length >= 2) {
				const score = run.filter((s) => focus.has(s)).length * 1000 + run.length;
				if (score > bestScore) [best, bestScore] = [run, score];
			}
			run = [];
		};
		for (let i = 1; i < line.stations.length; i++) {
			const a = line.stations[i - 1]!;
			const b = line.stations[i]!;
			if (hops.has(pairKey(a, b))) {
				if (run.length === 0) run.push(a);
				run.push(b);
			} else close();
		}
		close();
		if (best.length >= 2) out.push({ id: line.id, stations: best });
	}
	return out;
}

function countOmitted(
	byLine: Map<string, Neighbour[]>,
	byBridge: Map<string, Neighbour[]>,
	shown: ReadonlySet<string>,
	keptLines: ReadonlySet<string>
) {
	const nearby = new Set<string>();
	const lines = new Set<string>();
	for (const s of shown)
		for (const n of [...(byLine.get(s) ?? []), ...(byBridge.get(s) ?? [])]) {
			if (!shown.has(n.station)) nearby.add(n.station);
			if (n.line !== null && !keptLines.has(n.line)) lines.add(n.line);
		}
	return { stations: nearby.size, lines: lines.size };
}
