import { describe, expect, it } from 'vitest';
import { Line, Station } from '$lib/schemas';
import { issuesFromZod } from '$lib/schemas/issues';
import { fieldMessage, fieldMessages } from './field-errors';

describe('field problems in the reader’s language', () => {
	it('words schema problems for the field they belong to', () => {
		const r = Station.safeParse({ id: 'Bad Id', label: { nl: '', en: 'x' }, level: 12 });
		const messages = fieldMessages(issuesFromZod(r.error!), 'en');
		expect(messages).toMatchObject({ id: expect.stringContaining('lowercase letters'), 'label.nl': 'Fill this in.', level: 'At most 8.' });
		expect(fieldMessages(issuesFromZod(r.error!), 'nl').level).toBe('Hoogstens 8.');
	});

	it('words line rules and unknown references of every kind', () => {
		const r = Line.safeParse({ id: 'l', label: { nl: 'x', en: 'x' }, colour: 'red', stops: [{ station: 'a', months: 3 }, { station: 'a' }] });
		const m = fieldMessages(issuesFromZod(r.error!), 'en');
		expect(m.colour).toBe('Write the colour as #rrggbb, e.g. #00a19a.');
		expect(m['stops.1.station']).toContain('already on the line');
		expect(fieldMessage("unknown salary band 'x'", 'nl')).toBe('Er is geen salarisschaal “x”.');
		expect(fieldMessage("unknown learning track 'y'", 'en')).toBe('There is no learning track “y”.');
	});

	it('words an invisible character in a label or description', () => {
		const r = Station.safeParse({ id: 'w', label: { nl: 'Lasser', en: 'Welder\u202E' }, description: { nl: 'x\u0000', en: 'y' } });
		const m = fieldMessages(issuesFromZod(r.error!), 'nl');
		expect(m).toEqual({ 'label.en': 'Bevat een onzichtbaar stuur- of schrijfrichtingsteken; haal het weg.', 'description.nl': 'Bevat een onzichtbaar stuur- of schrijfrichtingsteken; haal het weg.' });
	});

	it('keeps an unrecognised problem’s own words', () => {
		expect(fieldMessage('something odd', 'en')).toBe('something odd');
		expect(fieldMessage('something odd', 'nl')).toBe('Dit klopt niet: something odd. Verbeter het en sla opnieuw op.');
	});
});
