import {
	prepareNetwork,
	type PreparedNetwork,
	type RoutingBridge,
	type RoutingLine,
	type RoutingModule,
	type RoutingNetworkData,
	type RoutingSkillNeed,
	type RoutingStation
} from './network';

/*
 * Tiny networks for tests, written the way one draws them:
 *
 *   network()
 *     .line('a', ['s1', 's2', 's3'], [12, 24])
 *     .station('s2', { salary: 3000, requires: ['weld@2', '~drawing'] })
 *     .module('m1', ['weld@3'], { hours: 40, price: 500 })
 *
 * Skill shorthand: 'weld' = essential level 1, 'weld@3' = level 3, '~weld' = optional.
 * Stations a line names are created on the fly (no salary, no requirements).
 */

export function need(spec: string): RoutingSkillNeed {
	const optional = spec.startsWith('~');
	const [skill, level] = (optional ? spec.slice(1) : spec).split('@');
	return { skill: skill!, essential: !optional, level: level === undefined ? 1 : Number(level) };
}

export interface StationSpec {
	salary?: number | null;
	/** How far the salary may be off (an estimate), as a share. */
	margin?: number;
	requires?: readonly string[];
	certificates?: readonly string[];
	/** Study hours of the education the job asks for. */
	education?: number;
}

export interface ModuleSpec {
	hours?: number;
	price?: number;
	/** The organisation the module is closed to; public when absent. */
	org?: string;
	/** Certificates the module awards. */
	awards?: readonly string[];
}

export class NetworkBuilder {
	private readonly stations = new Map<string, RoutingStation>();
	private readonly lines: RoutingLine[] = [];
	private readonly modules: RoutingModule[] = [];
	private readonly bridges: RoutingBridge[] = [];

	station(id: string, spec: StationSpec = {}): this {
		const old = this.stations.get(id);
		this.stations.set(id, {
			id,
			salaryMedian: spec.salary !== undefined ? spec.salary : (old?.salaryMedian ?? null),
			...(spec.margin !== undefined ? { salaryMargin: spec.margin } : old?.salaryMargin !== undefined ? { salaryMargin: old.salaryMargin } : {}),
			requires: spec.requires ? spec.requires.map(need) : (old?.requires ?? []),
			certificates: spec.certificates ?? old?.certificates ?? [],
			...(spec.education !== undefined ? { educationHours: spec.education } : old?.educationHours !== undefined ? { educationHours: old.educationHours } : {})
		});
		return this;
	}

	/** `months` per hop; a single number is used for every hop. Defaults to 12 per hop. */
	line(id: string, stops: readonly string[], months: readonly number[] | number = 12): this {
		for (const s of stops) if (!this.stations.has(s)) this.station(s);
		const hopMonths = typeof months === 'number' ? stops.slice(1).map(() => months) : months;
		this.lines.push({ id, stops, hopMonths });
		return this;
	}

	module(id: string, teaches: readonly string[], spec: ModuleSpec = {}): this {
		this.modules.push({
			id,
			hours: spec.hours ?? 10,
			price: spec.price ?? 0,
			organisation: spec.org ?? null,
			teaches: teaches.map((t) => {
				const n = need(t);
				return { skill: n.skill, level: n.level };
			}),
			awards: spec.awards ?? []
		});
		return this;
	}

	bridge(from: string, to: string, months = 0): this {
		for (const s of [from, to]) if (!this.stations.has(s)) this.station(s);
		this.bridges.push({ from, to, months });
		return this;
	}

	build(): RoutingNetworkData {
		return {
			stations: [...this.stations.values()],
			lines: [...this.lines],
			modules: [...this.modules],
			bridges: [...this.bridges]
		};
	}

	prepare(): PreparedNetwork {
		return prepareNetwork(this.build());
	}
}

export function network(): NetworkBuilder {
	return new NetworkBuilder();
}
