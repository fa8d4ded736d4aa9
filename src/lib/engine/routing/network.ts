import { RoutingError } from './errors';

/*
 * The data the planner needs, and nothing more — the engine's side of the data-provider seam.
 * A service adapts whatever the app stores (a snapshot of the graph store, a seed directory,
 * a generated benchmark network) to these plain readonly shapes; the engine never sees zod,
 * the store or the app.
 */

export interface RoutingSkillNeed {
	readonly skill: string;
	/** Essential skills are always charged; optional ones only when the query asks for them. */
	readonly essential: boolean;
	/** 1 (basic) … 5 (expert). A skill held at a higher level satisfies a lower requirement. */
	readonly level: number;
}

export interface RoutingStation {
	readonly id: string;
	/** Monthly gross median of the station's salary band; null when the band is unknown. */
	readonly salaryMedian: number | null;
	/**
	 * How far the median may be off, as a share (0.1 = 10 %), when it is an estimate; 0 or absent
	 * when it is a measured figure. Pay differences within it are no pay cut and no climb above
	 * the destination: the data cannot tell them apart (see `paysLess`).
	 */
	readonly salaryMargin?: number;
	readonly requires: readonly RoutingSkillNeed[];
	/** Certificates the job requires; they are charged like essential skills. */
	readonly certificates?: readonly string[];
	/**
	 * Study hours of the formal education the job asks for (its required level of education, as
	 * an estimate; real networks only). A hop to a station asking more than the traveller has
	 * reached on the route charges the difference; absent: unknown, never charged.
	 */
	readonly educationHours?: number;
}

export interface RoutingLine {
	readonly id: string;
	/** Station ids in riding order; a station appears at most once. */
	readonly stops: readonly string[];
	/** Experience months of each hop: `hopMonths[i]` is the hop stops[i] → stops[i+1]. */
	readonly hopMonths: readonly number[];
}

export interface RoutingSkillTaught {
	readonly skill: string;
	readonly level: number;
}

export interface RoutingModule {
	readonly id: string;
	readonly hours: number;
	readonly price: number;
	/** null for a public module, otherwise the only organisation that may see and use it. */
	readonly organisation: string | null;
	readonly teaches: readonly RoutingSkillTaught[];
	/**
	 * Certificates passing the module obtains (an exam, or a course that ends in the
	 * certificate). Upkeep points towards certificates already held are not the planner's
	 * business: they never obtain a certificate, so they are not part of this data.
	 */
	readonly awards?: readonly string[];
}

/**
 * A transfer-like walk between two stations that share most skills but no line. Walkable both
 * ways, like a footpath between two metro stations; it always counts as a transfer.
 */
export interface RoutingBridge {
	readonly from: string;
	readonly to: string;
	readonly months: number;
	/** Walkable from `from` to `to` only (a move a transition model found viable in that direction). */
	readonly oneWay?: boolean;
}

export interface RoutingNetworkData {
	readonly stations: readonly RoutingStation[];
	readonly lines: readonly RoutingLine[];
	readonly modules: readonly RoutingModule[];
	readonly bridges?: readonly RoutingBridge[];
	/**
	 * Moves a transition model rates viable but that are no bridge: each is walked only by a
	 * traveller whose destination it leads to, straight from their start (see `withDirectMove`).
	 * One way by nature. Every bridge widens every search, so a model keeps few; a direct move
	 * costs a search nothing unless it is the step the traveller asks for.
	 */
	readonly directMoves?: readonly Omit<RoutingBridge, 'oneWay'>[];
	/**
	 * Estimated study hours per skill, charged for a missing skill no visible module teaches
	 * (real networks have no modules). A module that teaches the skill replaces the estimate.
	 */
	readonly skillHours?: ReadonlyMap<string, number>;
}

/**
 * The indexed form the search runs on. Everything is an integer index into typed arrays; every
 * list of ids is sorted, so "lowest index" is "first by id" and tie-breaks by index are
 * tie-breaks by id. Skills and certificates share one index space ("items"): skills first,
 * certificates after, because the planner treats a missing certificate exactly like a missing
 * skill (charged, covered by modules, or reported as not taught).
 *
 * Built once per network version and shared by every query; queries never write to it.
 */
export interface PreparedNetwork {
	readonly stationIds: readonly string[];
	readonly stationIndex: ReadonlyMap<string, number>;
	/** Median monthly salary per station; NaN when unknown. */
	readonly salary: Float64Array;
	/** Per station the share its salary may be off (0 for measured pay). */
	readonly salaryMargin: Float64Array;
	/** Per station the study hours of the education it asks for; -1 when unknown. */
	readonly education: Float64Array;

	readonly skillCount: number;
	/** Item ids: skills [0, skillCount), then certificates. */
	readonly itemIds: readonly string[];
	readonly skillIndex: ReadonlyMap<string, number>;
	readonly certificateIndex: ReadonlyMap<string, number>;

	/** Requirements per station (CSR), sorted by item. */
	readonly reqStart: Int32Array;
	readonly reqItem: Int32Array;
	readonly reqLevel: Uint8Array;
	readonly reqEssential: Uint8Array;

	readonly lineIds: readonly string[];
	readonly lineIndex: ReadonlyMap<string, number>;
	/** Stops of line l are the slots lineStart[l] … lineStart[l+1]-1. */
	readonly lineStart: Int32Array;
	readonly stopStation: Int32Array;
	readonly stopLine: Int32Array;
	/** Experience months of the hop that arrives at this slot from the previous one (0 on the first). */
	readonly stopMonths: Float64Array;
	/** Stop slots per station (CSR), ordered by line index. */
	readonly stationSlotStart: Int32Array;
	readonly stationSlot: Int32Array;

	readonly moduleIds: readonly string[];
	readonly moduleHours: Float64Array;
	readonly modulePrice: Float64Array;
	/** Organisation index a closed module is closed to; -1 when public. */
	readonly moduleOrg: Int32Array;
	readonly organisationIndex: ReadonlyMap<string, number>;
	/** What each module teaches (CSR), sorted by item, one entry per item at its highest level. */
	readonly teachStart: Int32Array;
	readonly teachItem: Int32Array;
	readonly teachLevel: Uint8Array;
	/** Modules per item (CSR), sorted by module index, with the level they teach it at. */
	readonly itemModuleStart: Int32Array;
	readonly itemModule: Int32Array;
	readonly itemModuleLevel: Uint8Array;

	/** Bridges per station (CSR, both directions), sorted by the far station. */
	readonly bridgeStart: Int32Array;
	readonly bridgeTo: Int32Array;
	readonly bridgeMonths: Float64Array;
	/** Bridges arriving at each station (CSR), by the station they leave: one-way bridges make it differ. */
	readonly bridgeInStart: Int32Array;
	readonly bridgeInFrom: Int32Array;
	/** Direct moves per station (CSR), sorted by destination: see `RoutingNetworkData.directMoves`. */
	readonly directStart: Int32Array;
	readonly directTo: Int32Array;
	readonly directMonths: Float64Array;
	/** Estimated study hours per item when no module teaches it (0: none, the seed's case). */
	readonly itemHours: Float64Array;
}

function fail(field: string, message: string): never {
	throw new RoutingError('invalid-network', field, message);
}

function indexIds(ids: readonly string[], noun: string): { sorted: string[]; index: Map<string, number> } {
	const sorted = [...ids].sort(compareIds);
	const index = new Map<string, number>();
	sorted.forEach((id, i) => {
		if (index.has(id)) fail(`${noun}s`, `duplicate ${noun} id '${id}'`);
		index.set(id, i);
	});
	return { sorted, index };
}

/** Plain code-unit order: locale-independent, so the same data sorts the same everywhere. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function isLevel(level: number): boolean {
	return Number.isInteger(level) && level >= 1 && level <= 5;
}

function checkAmount(value: number, field: string, positive = false): number {
	if (!Number.isFinite(value) || value < 0 || (positive && value === 0))
		fail(field, `${field}: ${value} is not a ${positive ? 'positive' : 'non-negative'} number`);
	return value;
}

/** Turns a list of (key, payload) pairs grouped by key into CSR offsets; pairs must be sorted by key. */
function offsets(keys: Int32Array, groups: number): Int32Array {
	const start = new Int32Array(groups + 1);
	for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]!++;
	for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
	return start;
}

/**
 * Builds the indexed network. Throws `RoutingError('invalid-network')` naming the item when the
 * data is inconsistent (a line stopping at an unknown station, a duplicate id, a bad level).
 */
export function prepareNetwork(data: RoutingNetworkData): PreparedNetwork {
	const stations = indexIds(
		data.stations.map((s) => s.id),
		'station'
	);
	const lines = indexIds(
		data.lines.map((l) => l.id),
		'line'
	);
	const modules = indexIds(
		data.modules.map((m) => m.id),
		'module'
	);
	const stationCount = stations.sorted.length;
	const stationById = new Map(data.stations.map((s) => [s.id, s]));
	const lineById = new Map(data.lines.map((l) => [l.id, l]));
	const moduleById = new Map(data.modules.map((m) => [m.id, m]));

	// Items: every skill and certificate mentioned anywhere, sorted so indexes are stable. One
	// pass hands out provisional numbers in order of appearance (one string lookup per
	// requirement, the dominant cost at 120,000 requirements); sorting the names then renumbers.
	const provisional = new Map<string, number>();
	const names: string[] = [];
	const number = (id: string): number => {
		let n = provisional.get(id);
		if (n === undefined) {
			n = names.length;
			names.push(id);
			provisional.set(id, n);
		}
		return n;
	};
	const salary = new Float64Array(stationCount);
	const salaryMargin = new Float64Array(stationCount);
	const education = new Float64Array(stationCount).fill(-1);
	const reqStart = new Int32Array(stationCount + 1);
	const orderedStations = stations.sorted.map((id) => stationById.get(id)!);
	orderedStations.forEach((st, s) => {
		reqStart[s + 1] = reqStart[s]! + st.requires.length + (st.certificates?.length ?? 0);
	});
	// One buffer: first the provisional skill numbers, then (in place) the packed requirements.
	const packed = new Int32Array(reqStart[stationCount]!);
	for (let s = 0; s < stationCount; s++) {
		let k = reqStart[s]!;
		for (const r of orderedStations[s]!.requires) packed[k++] = number(r.skill);
	}
	for (const m of data.modules) for (const t of m.teaches) number(t.skill);
	const byName = names.map((_, i) => i).sort((a, b) => compareIds(names[a]!, names[b]!));
	const rank = new Int32Array(names.length);
	byName.forEach((n, i) => (rank[n] = i));
	const skillIds = byName.map((n) => names[n]!);
	const skillIndex = new Map(skillIds.map((id, i) => [id, i]));
	const certSet = new Set<string>();
	for (const st of orderedStations) for (const c of st.certificates ?? []) certSet.add(c);
	for (const m of data.modules) for (const c of m.awards ?? []) certSet.add(c);
	const certIds = [...certSet].sort(compareIds);
	const certificateIndex = new Map(certIds.map((id, i) => [id, skillIds.length + i]));
	const itemIds = [...skillIds, ...certIds];
	const itemCount = itemIds.length;

	// Station requirements, sorted by item: packed as item * 16 + level * 2 + essential so one
	// numeric sort per station orders them (no per-requirement objects). Stations are compacted
	// towards the front as duplicate certificates drop out.
	const seenAt = new Int32Array(itemCount).fill(-1);
	let reqTotal = 0;
	for (let s = 0; s < stationCount; s++) {
		const st = orderedStations[s]!;
		const id = st.id;
		const median = st.salaryMedian;
		salary[s] = median === null ? NaN : checkAmount(median, `station '${id}' salaryMedian`);
		const margin = st.salaryMargin ?? 0;
		if (!(margin >= 0 && margin < 1)) throw new RoutingError('invalid-network', `stations['${id}'].salaryMargin`, `station '${id}' salaryMargin ${margin} is not a share in [0, 1)`);
		salaryMargin[s] = margin;
		if (st.educationHours !== undefined) education[s] = checkAmount(st.educationHours, `station '${id}' educationHours`);
		const first = reqTotal;
		const from = reqStart[s]!;
		for (let i = 0; i < st.requires.length; i++) {
			const r = st.requires[i]!;
			const item = rank[packed[from + i]!]!;
			if (seenAt[item] === s) fail(`stations.${id}.requires`, `station '${id}' requires skill '${r.skill}' twice`);
			seenAt[item] = s;
			if (!isLevel(r.level))
				fail(`stations.${id}.requires`, `station '${id}' requires[${i}]: level ${r.level} is not an integer 1..5`);
			packed[reqTotal++] = item * 16 + r.level * 2 + (r.essential ? 1 : 0);
		}
		for (const c of st.certificates ?? []) {
			const item = certificateIndex.get(c)!;
			if (seenAt[item] === s) continue;
			seenAt[item] = s;
			packed[reqTotal++] = item * 16 + 1 * 2 + 1;
		}
		packed.subarray(first, reqTotal).sort();
		reqStart[s] = first;
	}
	reqStart[stationCount] = reqTotal;
	const reqItem = new Int32Array(reqTotal);
	const reqLevel = new Uint8Array(reqTotal);
	const reqEssential = new Uint8Array(reqTotal);
	for (let k = 0; k < reqTotal; k++) {
		const v = packed[k]!;
		reqItem[k] = v >> 4;
		reqLevel[k] = (v >> 1) & 7;
		reqEssential[k] = v & 1;
	}

	// Lines: stops as global slots.
	const lineCount = lines.sorted.length;
	const lineStart = new Int32Array(lineCount + 1);
	for (let l = 0; l < lineCount; l++) {
		const line = lineById.get(lines.sorted[l]!)!;
		if (line.stops.length < 2) fail(`lines.${line.id}.stops`, `line '${line.id}' needs at least two stops`);
		if (line.hopMonths.length !== line.stops.length - 1)
			fail(
				`lines.${line.id}.hopMonths`,
				`line '${line.id}' has ${line.stops.length} stops but ${line.hopMonths.length} hop months (expected ${line.stops.length - 1})`
			);
		lineStart[l + 1] = lineStart[l]! + line.stops.length;
	}
	const slotCount = lineStart[lineCount]!;
	const stopStation = new Int32Array(slotCount);
	const stopLine = new Int32Array(slotCount);
	const stopMonths = new Float64Array(slotCount);
	for (let l = 0; l < lineCount; l++) {
		const line = lineById.get(lines.sorted[l]!)!;
		const seen = new Set<string>();
		line.stops.forEach((stationId, i) => {
			const s = stations.index.get(stationId);
			if (s === undefined) fail(`lines.${line.id}.stops`, `line '${line.id}' stops at unknown station '${stationId}'`);
			if (seen.has(stationId))
				fail(`lines.${line.id}.stops`, `line '${line.id}' stops at station '${stationId}' twice`);
			seen.add(stationId);
			const slot = lineStart[l]! + i;
			stopStation[slot] = s;
			stopLine[slot] = l;
			stopMonths[slot] = i === 0 ? 0 : checkAmount(line.hopMonths[i - 1]!, `line '${line.id}' hopMonths[${i - 1}]`);
		});
	}
	// Slots per station, in line order (slots are already in line order, so a stable pass suffices).
	const slotKeys = new Int32Array(stopStation);
	const stationSlotStart = offsets(slotKeys, stationCount);
	const stationSlot = new Int32Array(slotCount);
	{
		const fill = stationSlotStart.slice(0, stationCount);
		for (let slot = 0; slot < slotCount; slot++) stationSlot[fill[stopStation[slot]!]!++] = slot;
	}

	// Modules.
	const moduleCount = modules.sorted.length;
	const moduleHours = new Float64Array(moduleCount);
	const modulePrice = new Float64Array(moduleCount);
	const moduleOrg = new Int32Array(moduleCount);
	const orgIds = [...new Set(data.modules.map((m) => m.organisation).filter((o): o is string => o !== null))].sort(
		compareIds
	);
	const organisationIndex = new Map(orgIds.map((id, i) => [id, i]));
	const teachStart = new Int32Array(moduleCount + 1);
	const teachLists: { item: number; level: number }[][] = [];
	for (let m = 0; m < moduleCount; m++) {
		const id = modules.sorted[m]!;
		const mod = moduleById.get(id)!;
		moduleHours[m] = checkAmount(mod.hours, `module '${id}' hours`, true);
		modulePrice[m] = checkAmount(mod.price, `module '${id}' price`);
		moduleOrg[m] = mod.organisation === null ? -1 : organisationIndex.get(mod.organisation)!;
		const best = new Map<number, number>();
		mod.teaches.forEach((t, i) => {
			const item = skillIndex.get(t.skill)!;
			if (!isLevel(t.level)) fail(`modules.${id}.teaches`, `module '${id}' teaches[${i}]: level ${t.level} is not an integer 1..5`);
			best.set(item, Math.max(best.get(item) ?? 0, t.level));
		});
		for (const c of mod.awards ?? []) best.set(certificateIndex.get(c)!, 1);
		const list = [...best].map(([item, level]) => ({ item, level })).sort((a, b) => a.item - b.item);
		teachLists.push(list);
		teachStart[m + 1] = teachStart[m]! + list.length;
	}
	const teachTotal = teachStart[moduleCount]!;
	const teachItem = new Int32Array(teachTotal);
	const teachLevel = new Uint8Array(teachTotal);
	for (let m = 0, k = 0; m < moduleCount; m++) {
		for (const t of teachLists[m]!) {
			teachItem[k] = t.item;
			teachLevel[k] = t.level;
			k++;
		}
	}
	// Modules per item: counting sort by item keeps module order within an item.
	const itemModuleStart = offsets(teachItem, itemCount);
	const itemModule = new Int32Array(teachTotal);
	const itemModuleLevel = new Uint8Array(teachTotal);
	{
		const fill = itemModuleStart.slice(0, itemCount);
		for (let m = 0; m < moduleCount; m++) {
			for (let k = teachStart[m]!; k < teachStart[m + 1]!; k++) {
				const at = fill[teachItem[k]!]!++;
				itemModule[at] = m;
				itemModuleLevel[at] = teachLevel[k]!;
			}
		}
	}

	// Bridges, both directions; a repeated pair keeps its shortest walk.
	const walks = new Map<number, number>();
	const pairOf = (b: { from: string; to: string; months: number }, i: number, field: string, noun: string) => {
		const a = stations.index.get(b.from);
		const c = stations.index.get(b.to);
		if (a === undefined) fail(`${field}[${i}].from`, `${noun} ${i} starts at unknown station '${b.from}'`);
		if (c === undefined) fail(`${field}[${i}].to`, `${noun} ${i} ends at unknown station '${b.to}'`);
		if (a === c) fail(`${field}[${i}]`, `${noun} ${i} joins station '${b.from}' to itself`);
		return { a, c, months: checkAmount(b.months, `${noun} ${i} months`) };
	};
	(data.bridges ?? []).forEach((b, i) => {
		const { a, c, months } = pairOf(b, i, 'bridges', 'bridge');
		for (const key of b.oneWay ? [a * stationCount + c] : [a * stationCount + c, c * stationCount + a])
			walks.set(key, Math.min(walks.get(key) ?? Infinity, months));
	});
	const { keys: walkKeys, start: bridgeStart, to: bridgeTo, months: bridgeMonths } = byStart(walks, stationCount);
	const inKeys = walkKeys.map((k) => (k % stationCount) * stationCount + Math.floor(k / stationCount)).sort((x, y) => x - y);
	const bridgeInStart = offsets(new Int32Array(inKeys.map((k) => Math.floor(k / stationCount))), stationCount);
	const bridgeInFrom = new Int32Array(inKeys.map((k) => k % stationCount));
	const directs = new Map<number, number>();
	(data.directMoves ?? []).forEach((b, i) => {
		const { a, c, months } = pairOf(b, i, 'directMoves', 'direct move');
		const key = a * stationCount + c;
		directs.set(key, Math.min(directs.get(key) ?? Infinity, months));
	});
	const { start: directStart, to: directTo, months: directMonths } = byStart(directs, stationCount);
	const itemHours = new Float64Array(itemCount);
	for (const [skill, hours] of data.skillHours ?? []) {
		const item = skillIndex.get(skill);
		if (item !== undefined) itemHours[item] = checkAmount(hours, `skill '${skill}' estimated hours`);
	}

	return {
		stationIds: stations.sorted,
		stationIndex: stations.index,
		salary,
		salaryMargin,
		education,
		skillCount: skillIds.length,
		itemIds,
		skillIndex,
		certificateIndex,
		reqStart,
		reqItem,
		reqLevel,
		reqEssential,
		lineIds: lines.sorted,
		lineIndex: lines.index,
		lineStart,
		stopStation,
		stopLine,
		stopMonths,
		stationSlotStart,
		stationSlot,
		moduleIds: modules.sorted,
		moduleHours,
		modulePrice,
		moduleOrg,
		organisationIndex,
		teachStart,
		teachItem,
		teachLevel,
		itemModuleStart,
		itemModule,
		itemModuleLevel,
		bridgeStart,
		bridgeTo,
		bridgeMonths,
		bridgeInStart,
		bridgeInFrom,
		directStart,
		directTo,
		directMonths,
		itemHours
	};
}

/**
 * Walks keyed `from * stationCount + to` (with their months) as CSR by the station they leave,
 * sorted by the one they reach; `keys` in that order.
 */
function byStart(walks: ReadonlyMap<number, number>, stationCount: number): { keys: number[]; start: Int32Array; to: Int32Array; months: Float64Array } {
	const keys = [...walks.keys()].sort((x, y) => x - y);
	return {
		keys,
		start: offsets(new Int32Array(keys.map((k) => Math.floor(k / stationCount))), stationCount),
		to: new Int32Array(keys.map((k) => k % stationCount)),
		months: new Float64Array(keys.map((k) => walks.get(k)!))
	};
}

/**
 * True when station b pays less than station a by more than either estimate may be off: a pay
 * cut the data really shows. Unknown pay (NaN) never is. With measured pay (margin 0) any drop is.
 */
export function paysLess(net: Pick<PreparedNetwork, 'salary' | 'salaryMargin'>, a: number, b: number): boolean {
	const margin = Math.max(net.salaryMargin[a]!, net.salaryMargin[b]!);
	return net.salary[b]! < net.salary[a]! * (1 - margin);
}
