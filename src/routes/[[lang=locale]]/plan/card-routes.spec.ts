import { describe, expect, it } from 'vitest';
import { RouteUrlQuery } from '$lib/schemas/queries';
import { seedSnapshot } from '$lib/server/plans/plan-fixture';
import { planFor } from '$lib/server/services/routes';
import { ANONYMOUS } from '$lib/server/viewer';
import { cardRoutes } from './card-routes';
import { salaryPoints } from './salary-points';
import { salaryStory } from './salary-story';

const snap = seedSnapshot();
const plan = (q: Record<string, unknown>) => planFor(snap, RouteUrlQuery.parse({ k: 5, ...q }), ANONYMOUS);

describe('the planner page carries the routes as its cards read them', () => {
	it('keeps what a card shows per hop, its names, and its salary story, and drops the rest', () => {
		const planned = plan({ from: 'welder', to: 'project-leader' });
		const cards = cardRoutes(planned, 'en');
		expect(cards.routes.map((r) => r.rank)).toEqual(planned.routes.map((r) => r.rank));
		const full = planned.routes.flatMap((r) => [r, ...r.variants]);
		const shown = cards.routes.flatMap((r) => [r, ...r.variants]);
		expect(shown.length).toBe(full.length);
		full.forEach((r, i) => {
			const card = shown[i]!;
			expect(card.hops.map((h) => [h.from, h.to, h.line, h.months, h.salaryStep, h.modules, h.untaught])).toEqual(
				r.hops.map((h) => [h.from, h.to, h.line, h.months, h.salaryStep, h.modules, h.untaught])
			);
			expect(card.legs.map((l) => l.line)).toEqual(r.legs.map((l) => l.line));
			expect([card.totals, card.explanations, card.labels]).toEqual([r.totals, r.explanations, r.labels]);
			expect(card.text).toEqual({ versus: r.text.versus?.en ?? null, variant: r.text.variant?.en ?? null, setbacks: r.text.setbacks?.en ?? null });
			// The salary story and curve come out the same from the card as from the whole route.
			expect(salaryStory(card)).toEqual(salaryStory(r));
			expect(salaryPoints(card, 120)).toEqual(salaryPoints(r, 120));
		});
		const hop = shown[0]!.hops[0]! as Record<string, unknown>;
		for (const dropped of ['skillsLearned', 'optionalSkipped', 'certificatesEarned', 'earnings', 'studyHours']) expect(hop).not.toHaveProperty(dropped);
		expect(shown[0]).not.toHaveProperty('stations');
		expect(cards).not.toHaveProperty('stats');
		expect(shown.some((r) => r.text.versus !== null)).toBe(true);
		// Every module a card links is named in the reader's language, with whether it is closed; kinds and providers stay in the API.
		for (const m of shown.flatMap((r) => r.hops.flatMap((h) => h.modules)))
			expect(cards.names.modules[m.id]).toEqual({ label: planned.names.modules[m.id]!.label.en, closed: planned.names.modules[m.id]!.closed });
		for (const [id, label] of Object.entries(planned.names.stations)) expect(cards.names.stations[id]).toBe(label.en);
		for (const [id, line] of Object.entries(planned.names.lines)) expect(cards.names.lines[id]).toEqual({ label: line.label.en, colour: line.colour });
		expect(cardRoutes(planned, 'nl').names.stations['project-leader']).toBe('Projectleider');
		expect(cards.names).not.toHaveProperty('certificates');
		// Only the skills a card names (untaught, a reason's top shared and missing), a fraction of the route's.
		const named = new Set(shown.flatMap((r) => [...r.hops.flatMap((h) => h.untaught), ...r.explanations.flatMap((e) => [...e.reason.topShared, ...e.reason.topMissing])]));
		expect(Object.keys(cards.names.skills).every((id) => named.has(id))).toBe(true);
		for (const id of named) if (planned.names.skills[id]) expect(cards.names.skills[id]).toBe(planned.names.skills[id].en);
		expect(Object.keys(cards.names.skills).length).toBeLessThan(Object.keys(planned.names.skills).length);
		expect(JSON.stringify(cards).length).toBeLessThan(JSON.stringify(planned).length * 0.6);
	});

	it('keeps the reason and the names of the question when there is no route', () => {
		const planned = plan({ from: 'welder', to: 'project-leader', maxTransfers: 0 });
		const cards = cardRoutes(planned, 'en');
		expect(cards.routes).toEqual([]);
		expect(cards.reason).toBe(planned.reason);
		expect(cards.names.stations['project-leader']).toBe('Project leader');
	});
});
