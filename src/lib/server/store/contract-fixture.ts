import type { NetworkContent, NetworkMeta } from '$lib/schemas';

/** A tiny valid network the contract suite writes to every adapter. */
export function contractNetwork(id = 'contract'): { meta: NetworkMeta; content: NetworkContent } {
	const label = (nl: string, en: string) => ({ nl, en });
	return {
		meta: { id, label: label('Contracttest', 'Contract test'), source: 'contract suite' },
		content: {
			organisations: [{ id: 'acme', label: label('Acme BV', 'Acme Ltd'), kind: 'company' }],
			regions: [{ id: 'zuid-holland', label: label('Zuid-Holland', 'South Holland'), province: 'PV28', demand: [] }],
			skills: [
				{ id: 'welding', label: label('Lassen', 'Welding') },
				{ id: 'planning', label: label('Plannen', 'Planning') }
			],
			certificates: [{ id: 'vca', label: label('VCA', 'VCA'), validityYears: 10, pointsPerYear: 0 }],
			salaryBands: [
				{ id: 'band-a', label: label('Groep A', 'Group A'), min: 2200, median: 2500, max: 2800, currency: 'EUR', source: 'test', year: 2024, estimate: true },
				{ id: 'band-b', label: label('Groep B', 'Group B'), min: 2800, median: 3200, max: 3600, currency: 'EUR', source: 'test', year: 2024, estimate: true }
			],
			stations: [
				{
					id: 'welder',
					label: label('Lasser', 'Welder'),
					altLabels: { nl: ['Constructielasser'], en: ['Structural welder', 'Steel welder'] },
					requires: [{ skill: 'welding', essential: true, level: 2 }],
					salaryBand: 'band-a',
					regions: ['zuid-holland'],
					certificates: ['vca'],
					// A transition model's moves, one a direct move, round-trip through every adapter too.
					moves: [{ to: 'planner', score: 0.41, months: 12, desirable: true, direct: true }]
				},
				{
					id: 'planner',
					label: label('Werkvoorbereider', 'Work planner'),
					requires: [
						{ skill: 'welding', essential: false, level: 2 },
						{ skill: 'planning', essential: true, level: 3 }
					],
					salaryBand: 'band-b',
					regions: [],
					certificates: [],
					// Nested level data (a real network's) round-trips through every adapter too.
					profile: { jobZone: 3, experienceMonths: 24, educationLevel: 5, source: 'contract suite' }
				}
			],
			lines: [{ id: 'weld-line', label: label('Laslijn', 'Welding line'), colour: '#d62728', stops: [{ station: 'welder' }, { station: 'planner', months: 24 }] }],
			modules: [
				{
					id: 'plan-basics',
					label: label('Plannen basis', 'Planning basics'),
					kind: 'online',
					hours: 16,
					price: 250,
					currency: 'EUR',
					language: 'nl',
					provider: 'Test',
					visibility: 'closed',
					organisation: 'acme',
					teaches: [{ skill: 'planning', level: 3 }],
					awards: [],
					points: 4,
					certificates: []
				}
			],
			learningTracks: [{ id: 'planning-track', label: label('Planning', 'Planning'), modules: ['plan-basics'] }],
			curricula: []
		}
	};
}
