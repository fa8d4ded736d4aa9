/** Rows or items left out for one reason, with a few examples to look up in the source files. */
export interface SkippedRows {
	reason: string;
	count: number;
	examples: string[];
}

/**
 * Collects what an import left out, grouped by reason. Keeps only a few examples per reason so a
 * file with a systematic problem yields one readable group, not thousands of lines.
 */
export class SkipLog {
	private readonly byReason = new Map<string, SkippedRows>();

	constructor(private readonly examplesPerReason = 3) {}

	skip(reason: string, example: string): void {
		const group = this.byReason.get(reason);
		if (!group) {
			this.byReason.set(reason, { reason, count: 1, examples: [example] });
			return;
		}
		group.count++;
		if (group.examples.length < this.examplesPerReason) group.examples.push(example);
	}

	count(reason: string): number {
		return this.byReason.get(reason)?.count ?? 0;
	}

	list(): SkippedRows[] {
		return [...this.byReason.values()].map((g) => ({ ...g, examples: [...g.examples] }));
	}
}
