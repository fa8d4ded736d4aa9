/**
 * Which SOC 2018 groups lead which, for the transition model's field component on O*NET. In the
 * service and trade major groups (33–53) the first minor group is the first-line supervisors of
 * that major group (35-1 supervisors of food preparation workers, 47-1 of construction workers,
 * 51-1 of production workers …): SOC's own structure. Managers (11) and the professionals over
 * technicians are listed from the SOC 2018 definitions. Field-level evidence, never a pair.
 */
export const SOC_LEADS: readonly { group: string; leads: readonly string[]; basis: string }[] = [
	{ group: '11-2022', leads: ['41'], basis: 'sales managers: sales workers' },
	{ group: '11-3012', leads: ['43'], basis: 'administrative services managers: office workers' },
	{ group: '11-3021', leads: ['15-12'], basis: 'computer and information systems managers: computer occupations' },
	{ group: '11-3031', leads: ['13-2', '43-3'], basis: 'financial managers: financial specialists and clerks' },
	{ group: '11-3051', leads: ['51'], basis: 'industrial production managers: production workers' },
	{ group: '11-3071', leads: ['53'], basis: 'transportation, storage and distribution managers: transportation and material moving workers' },
	{ group: '11-9013', leads: ['45'], basis: 'farmers, ranchers and agricultural managers: farming workers' },
	{ group: '11-9021', leads: ['47'], basis: 'construction managers: construction workers' },
	{ group: '11-903', leads: ['25'], basis: 'education administrators: teachers' },
	{ group: '11-9041', leads: ['17'], basis: 'architectural and engineering managers: engineers and technicians' },
	{ group: '11-9051', leads: ['35'], basis: 'food service managers: food preparation and serving workers' },
	{ group: '11-9081', leads: ['39-7', '43-4081'], basis: 'lodging managers: tour guides, hotel desk clerks' },
	{ group: '11-9111', leads: ['29', '31'], basis: 'medical and health services managers: healthcare practitioners and support' },
	{ group: '11-9121', leads: ['19'], basis: 'natural sciences managers: scientists and technicians' },
	{ group: '11-9151', leads: ['21'], basis: 'social and community service managers: social workers and counsellors' },
	{ group: '17-2', leads: ['17-3'], basis: 'engineers: drafters and engineering technicians' },
	{ group: '19-1', leads: ['19-4'], basis: 'life scientists: science technicians' },
	{ group: '19-2', leads: ['19-4'], basis: 'physical scientists: science technicians' },
	{ group: '29-1', leads: ['29-2', '31'], basis: 'healthcare diagnosing or treating practitioners: technologists, technicians and support' },
	{ group: '13-2011', leads: ['43-3031'], basis: 'accountants and auditors: bookkeeping clerks' }
];

/**
 * The SOC field of an O*NET-SOC code (`51-4121.00`): major, minor, broad and detailed group
 * (broad to narrow) and the groups it leads — its own major group when it is a first-line
 * supervisor (33–53), and what SOC_LEADS lists.
 */
export function socField(code: string): { path: string[]; leads: string[] } {
	const detailed = code.slice(0, 7);
	const path = [code.slice(0, 2), code.slice(0, 4), code.slice(0, 6), detailed];
	const leads = SOC_LEADS.filter((l) => code.startsWith(l.group)).flatMap((l) => l.leads);
	const major = Number(code.slice(0, 2));
	if (major >= 33 && major <= 53 && code[3] === '1') leads.push(code.slice(0, 2));
	return { path, leads: [...new Set(leads)] };
}

/** True when the O*NET-SOC code is a manager's (11) or a first-line supervisor's (xx-1 in 33–53). */
export function socLeadsPeople(code: string): boolean {
	const major = Number(code.slice(0, 2));
	return major === 11 || (major >= 33 && major <= 53 && code[3] === '1');
}
