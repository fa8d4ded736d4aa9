import { describe, expect, it } from 'vitest';
import { iscoSkillLevel, sharedIscoDigits } from './isco';
import { BRC_CLASSES, ISCO_TO_BRC, brcClassOf } from './isco-brc-map';

describe('ISCO-08 → BRC 2014 mapping', () => {
	it('maps each prefix once, to a known class, with its basis', () => {
		expect(new Set(ISCO_TO_BRC.map((r) => r.isco)).size).toBe(ISCO_TO_BRC.length);
		for (const row of ISCO_TO_BRC) {
			expect(BRC_CLASSES[row.brc], row.isco).toBeDefined();
			expect(row.basis.length).toBeGreaterThan(3);
		}
	});

	it('lets the longest matching prefix win', () => {
		expect(brcClassOf('7212')).toBe('07'); // welders: craft workers
		expect(brcClassOf('8322')).toBe('12'); // car drivers: transport, not machine operators
		expect(brcClassOf('3434')).toBe('11'); // chefs, not artistic associate professionals
		expect(brcClassOf('1321')).toBe('05');
		expect(brcClassOf('1111')).toBe('06');
	});

	it('leaves doubtful groups unmapped', () => {
		expect(brcClassOf('0110')).toBeUndefined();
		expect(brcClassOf('2636')).toBeUndefined();
		expect(brcClassOf('9621')).toBeUndefined();
	});
});

describe('ISCO skill levels', () => {
	it('follow the major group, and the sub-major group for armed forces', () => {
		expect([iscoSkillLevel('1321'), iscoSkillLevel('2144'), iscoSkillLevel('3115'), iscoSkillLevel('7212'), iscoSkillLevel('9329')]).toEqual([4, 4, 3, 2, 1]);
		expect([iscoSkillLevel('0110'), iscoSkillLevel('0210'), iscoSkillLevel('0310')]).toEqual([4, 2, 1]);
	});

	it('count shared leading digits', () => {
		expect(sharedIscoDigits('7212', '7212')).toBe(4);
		expect(sharedIscoDigits('7212', '7223')).toBe(2);
		expect(sharedIscoDigits('7212', '3115')).toBe(0);
	});
});
