import { describe, expect, it } from 'vitest';
import { DEFAULT_HELD_LEVEL } from '$lib/schemas/held-level';
import { heldSkills } from './held-skills';

describe('heldSkills', () => {
	it('reads each skill with its level, the default level where none is given, and skips empty values', () => {
		expect([...heldSkills(['weld-tig:4', 'read-drawings', ''])]).toEqual([
			['weld-tig', '4'],
			['read-drawings', String(DEFAULT_HELD_LEVEL)]
		]);
	});
});
