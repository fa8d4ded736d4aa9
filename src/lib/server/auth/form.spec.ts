import { isActionFailure } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { SkillForm } from '../accounts/profile';
import { parseForm } from './form';
import { SignUpForm } from './sign-up';

function form(entries: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.set(k, v);
	return data;
}

describe('parsing a posted form', () => {
	it('returns the typed data when every field is valid', () => {
		const r = parseForm(form({ email: ' Anna@Example.NL ', name: 'Anna', password: 'long enough secret' }), SignUpForm, 'en');
		expect(r.ok && r.data).toEqual({ email: 'anna@example.nl', name: 'Anna', password: 'long enough secret' });
	});

	it('refuses with 400, a translated reason per field, and never echoes the password', () => {
		const r = parseForm(form({ email: 'nope', name: '', password: 'short' }), SignUpForm, 'nl');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(isActionFailure(r.failure)).toBe(true);
		expect(r.failure.status).toBe(400);
		expect(r.failure.data.errors).toEqual({
			email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
			name: 'Dit veld is verplicht.',
			password: 'Gebruik minstens 10 tekens.'
		});
		expect(r.failure.data.values).toEqual({ email: 'nope', name: '' });
	});

	it('calls a number out of range invalid, not too long', () => {
		const r = parseForm(form({ skill: 'welding', level: '9' }), SkillForm, 'en', 'skill');
		expect(!r.ok && r.failure.data).toMatchObject({ form: 'skill', errors: { level: 'This value is not valid. Check it and try again.' } });
	});

	it('says which field holds an invisible control or text-direction character', () => {
		const r = parseForm(form({ email: 'eve@example.nl', name: 'Eve \u202Eliam', password: 'long enough secret' }), SignUpForm, 'en');
		expect(!r.ok && r.failure.data.errors).toEqual({ name: 'Contains an invisible control or text-direction character; remove it.' });
	});
});
