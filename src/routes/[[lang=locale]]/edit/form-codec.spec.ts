import { afterEach, describe, expect, it } from 'vitest';
import { Station } from '$lib/schemas';
import { FormFieldError, MAX_FORM_FIELDS, MAX_FORM_ROWS, arrange, decodeForm, encodeForm, listValues, parseArrange, rowCount } from './form-codec';

function form(entries: [string, string][]): FormData {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

describe('editor form fields', () => {
	it('turn into a station the schema accepts, dropping blank rows and groups', () => {
		const draft = decodeForm(
			'stations',
			form([
				['id', 'welder'],
				['label.nl', 'Lasser'],
				['label.en', ' Welder '],
				['description.nl', ''],
				['description.en', ''],
				['level', '3'],
				['requires.0.skill', 'mma-welding'],
				['requires.0.level', '2'],
				['requires.0.essential', 'true'],
				['requires.1.skill', 'tig'],
				['requires.1.level', '3'],
				['requires.2.skill', ''],
				['requires.2.level', ''],
				['regions', 'gelderland'],
				['regions', 'limburg'],
				['position.x', ''],
				['position.y', '']
			])
		);
		expect(draft).toEqual({
			id: 'welder',
			label: { nl: 'Lasser', en: 'Welder' },
			level: 3,
			requires: [
				{ skill: 'mma-welding', level: 2, essential: true },
				{ skill: 'tig', level: 3, essential: false }
			],
			regions: ['gelderland', 'limburg'],
			certificates: []
		});
		expect(Station.safeParse(draft).success).toBe(true);
	});

	it('keep what is not a number as text, so the schema names the field', () => {
		const draft = decodeForm('stations', form([['id', 'x'], ['label.nl', 'x'], ['label.en', 'x'], ['level', 'three']]));
		const r = Station.safeParse(draft);
		expect(r.success).toBe(false);
		expect(r.error!.issues[0]!.path).toEqual(['level']);
	});

	it('leave an unticked optional flag out, and skip named fields', () => {
		expect(decodeForm('stations', form([['revision', '3'], ['pinned', 'true']]), ['revision'])).toEqual({ pinned: true, regions: [], certificates: [] });
		expect(decodeForm('stations', form([['id', 'x']]))).toEqual({ id: 'x', regions: [], certificates: [] });
	});

	it('come back from an item unchanged', () => {
		const station = Station.parse({ id: 'w', label: { nl: 'L', en: 'W' }, requires: [{ skill: 's', level: 2, essential: false }], regions: ['a', 'b'], pinned: true, position: { x: 1, y: -2 } });
		const values = encodeForm(station);
		expect(values['requires.0.essential']).toBeUndefined();
		expect(rowCount(values, 'requires')).toBe(1);
		expect(listValues(values, 'regions')).toEqual(['a', 'b']);
		const back = form(Object.entries(values).flatMap(([k, v]): [string, string][] => (k.startsWith('regions.') ? [['regions', v]] : [[k, v]])));
		expect(decodeForm('stations', back)).toEqual(station);
	});

	it("carry a station's alternative labels through the form, even with one language empty", () => {
		const station = Station.parse({ id: 'w', label: { nl: 'L', en: 'W' }, altLabels: { nl: [], en: ['arc welder', 'gas welder'] } });
		expect(Station.parse(decodeForm('stations', form(Object.entries(encodeForm(station)))))).toEqual(station);
	});
});

describe('arranging rows', () => {
	const line = { stops: [{ station: 'a' }, { station: 'b', months: 12 }, { station: 'c', months: 6 }] };
	it('moves, removes and ignores moves past the ends', () => {
		expect(arrange(line, parseArrange('up:stops.2')!).stops).toEqual([{ station: 'a' }, { station: 'c', months: 6 }, { station: 'b', months: 12 }]);
		expect(arrange(line, parseArrange('down:stops.2')!).stops).toEqual(line.stops);
		expect(arrange(line, parseArrange('remove:stops.0')!).stops).toEqual([{ station: 'b', months: 12 }, { station: 'c', months: 6 }]);
		expect(parseArrange('explode:stops.1')).toBeNull();
	});
});

describe('hostile form fields', () => {
	const polluted = () => (({}) as Record<string, unknown>).polluted ?? (({}) as Record<string, unknown>).x;

	// Were the decoder to write through a prototype, every later test in this worker would see it.
	afterEach(() => {
		delete (Object.prototype as Record<string, unknown>).polluted;
		delete (Object.prototype as Record<string, unknown>).x;
	});

	it.each([['__proto__.polluted'], ['constructor.prototype.x'], ['label.__proto__.polluted'], ['requires.0.constructor'], ['prototype']])(
		'refuse the reserved key in %s and leave every object as it was',
		(name) => {
			let thrown: unknown;
			try {
				decodeForm('stations', form([['id', 'x'], [name, '1']]));
			} catch (e) {
				thrown = e;
			}
			expect(polluted()).toBeUndefined();
			expect(thrown).toBeInstanceOf(FormFieldError);
			expect(thrown).toMatchObject({ field: name, reason: 'reservedKey' });
		}
	);

	it('refuse a row index beyond what a form holds, before building any rows', () => {
		for (const name of ['requires.4294967294.skill', `requires.${MAX_FORM_ROWS}.skill`, 'requires.1e3.skill', 'requires.-1.skill'])
			expect(() => decodeForm('stations', form([[name, 'x']])), name).toThrow(FormFieldError);
		const last = MAX_FORM_ROWS - 1;
		expect(decodeForm('stations', form([[`requires.${last}.skill`, 'x']])).requires).toEqual([{ skill: 'x', essential: false }]);
	});

	it('refuse more fields than a form has', () => {
		const many = Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i): [string, string] => [`requires.${i % MAX_FORM_ROWS}.skill${i}`, 'x']);
		const e = (() => {
			try {
				decodeForm('stations', form(many));
			} catch (e) {
				return e as FormFieldError;
			}
		})();
		expect(e).toBeInstanceOf(FormFieldError);
		expect(e!.reason).toBe('tooManyFields');
	});

	it('refuse the same keys when rows are arranged', () => {
		expect(parseArrange('add:__proto__')).toBeNull();
		expect(parseArrange('up:constructor.1')).toBeNull();
		expect(parseArrange(`remove:stops.${MAX_FORM_ROWS}`)).toBeNull();
	});
});
