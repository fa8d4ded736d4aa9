import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The longest stretches a thread was busy without a break, read from a V8 CPU profile
 * (`node --cpu-prof`): consecutive samples that are not "(idle)". On the request thread such a
 * stretch is what a request arriving meanwhile waits behind (several tasks in a row without idle
 * time between them count as one, which is also what a waiting request feels). Each stretch is
 * named by the functions that took most of it (self time) and the slowest bit of its stack.
 */
interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	endTime: number;
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface BusyStretch {
	ms: number;
	/** The functions with the most samples in the stretch, with their share in ms. */
	top: { name: string; ms: number }[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function frameName(node: ProfileNode): string {
	const { functionName, url, lineNumber } = node.callFrame;
	const file = url.replace(/^.*\//, '');
	return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** The `count` longest stretches in the last `lastMs` of the profile (the measured part of a run, not start-up). */
export function busyStretches(profile: CpuProfile, count = 5, lastMs = Infinity): BusyStretch[] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	// A sample's time is the delta to the next sample.
	const stretches: { ms: number; self: Map<number, number> }[] = [];
	let current: { ms: number; self: Map<number, number> } | null = null;
	const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
	let at = profile.endTime - total;
	for (let i = 0; i < profile.samples.length; i++) {
		at += profile.timeDeltas[i]!;
		if ((profile.endTime - at) / 1000 > lastMs) continue;
		const node = byId.get(profile.samples[i]!)!;
		const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		// "(program)" is native work outside JS, also between tasks; GC inside a task counts when surrounded by JS.
		if (node.callFrame.functionName === '(idle)' || (IDLE.has(node.callFrame.functionName) && !current)) {
			if (current) stretches.push(current);
			current = null;
			continue;
		}
		current ??= { ms: 0, self: new Map() };
		current.ms += ms;
		current.self.set(node.id, (current.self.get(node.id) ?? 0) + ms);
	}
	if (current) stretches.push(current);
	// Self time summed per function name, and per the nearest frame from the app's own code.
	return stretches
		.sort((a, b) => b.ms - a.ms)
		.slice(0, count)
		.map((s) => {
			const byName = new Map<string, number>();
			for (const [id, ms] of s.self) {
				let at: number | undefined = id;
				let app: ProfileNode | null = null;
				while (at !== undefined && !app) {
					const n = byId.get(at)!;
					if (/\/(server|build)\/.*\.js$/.test(n.callFrame.url) && !n.callFrame.url.includes('node_modules')) app = n;
					at = parent.get(at);
				}
				const name = `${frameName(byId.get(id)!)}${app && app.id !== id ? ` ← ${frameName(app)}` : ''}`;
				byName.set(name, (byName.get(name) ?? 0) + ms);
			}
			const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, ms]) => ({ name, ms }));
			return { ms: s.ms, top };
		});
}

/** The request thread's profile in a --cpu-prof folder: worker threads write theirs with a thread id other than 0. */
export function mainThreadProfile(dir: string): CpuProfile {
	const file = readdirSync(dir).find((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f));
	if (!file) throw new Error(`no request-thread profile (CPU.*.0.*.cpuprofile) in ${dir}`);
	return JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
}
