import type { ImportProgress } from './progress';

const WIDTH = 24;
const REDRAW_MS = 100;
/** Without a terminal (CI logs, redirected stderr) a file reports only at these percentages. */
const LOG_STEPS = [25, 50, 75];

/**
 * A plain-text progress bar: per file the rows read and the share of its bytes, redrawn in place
 * on a terminal and written as a few log lines otherwise. Stages after reading print with the
 * elapsed time, which makes a slow step easy to spot.
 */
export function textProgressBar(out: NodeJS.WritableStream & { isTTY?: boolean }, now: () => number = () => performance.now()): ImportProgress {
	const started = now();
	const sizes = new Map<string, number>();
	const logged = new Map<string, number>();
	let drawnAt = 0;
	const elapsed = () => `${((now() - started) / 1000).toFixed(1).padStart(5)} s`;
	const line = (file: string, rows: number, percent: number) => {
		const filled = Math.round((percent / 100) * WIDTH);
		return `${elapsed()}  ${file.padEnd(40)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(percent)).padStart(3)}%  ${rows.toLocaleString('en-US')} rows`;
	};
	return {
		start(file, bytes) {
			sizes.set(file, bytes);
			logged.set(file, 0);
			if (out.isTTY) out.write(`\r${line(file, 0, 0)}`);
		},
		advance(file, rows, bytesRead) {
			const percent = Math.min(100, (bytesRead / Math.max(1, sizes.get(file) ?? 1)) * 100);
			if (out.isTTY) {
				if (now() - drawnAt < REDRAW_MS) return;
				drawnAt = now();
				out.write(`\r${line(file, rows, percent)}`);
				return;
			}
			const step = LOG_STEPS.filter((s) => percent >= s).pop();
			if (step !== undefined && step > logged.get(file)!) {
				logged.set(file, step);
				out.write(`${line(file, rows, percent)}\n`);
			}
		},
		finish(file, rows) {
			out.write(`${out.isTTY ? '\r' : ''}${line(file, rows, 100)}\n`);
		},
		stage(name) {
			out.write(`${elapsed()}  ${name}\n`);
		}
	};
}
