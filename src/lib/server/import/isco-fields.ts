/**
 * Which ISCO-08 groups lead which: the supervisors, managers and professionals whose group
 * definitions (ILO, ISCO-08 vol. 1) say they supervise, manage or are the professional level of
 * the workers of another group. ISCO files a supervisor far from the workers it leads (bricklayers
 * are 7112, construction supervisors 3123, restaurant managers 1412), so the code alone does not
 * show that "bricklayer → bricklaying supervisor" stays in one field; this table does. Prefixes
 * (sub-major, minor or unit group) on both sides. Evidence for the transition model's field
 * component — field-level, never a particular pair of occupations. Vakmetro's reading of the
 * definitions, not an ILO table.
 */
export const ISCO_LEADS: readonly { group: string; leads: readonly string[]; basis: string }[] = [
	// Managers: the unit groups their definitions say they plan, direct and coordinate.
	{ group: '1211', leads: ['241', '331', '431'], basis: 'finance managers: finance professionals, financial associates, numerical clerks' },
	{ group: '1212', leads: ['2423', '3333', '4416'], basis: 'human resource managers: personnel professionals and clerks' },
	{ group: '1221', leads: ['243', '332', '522'], basis: 'sales and marketing managers: sales and marketing professionals, sales agents' },
	{ group: '1311', leads: ['2132', '3142', '61', '92'], basis: 'agricultural production managers: farming advisers, agricultural technicians, farm workers' },
	{ group: '1312', leads: ['2132', '3143', '622'], basis: 'aquaculture and fisheries managers: fishery workers' },
	{ group: '1321', leads: ['2141', '3122', '72', '73', '75', '81', '82'], basis: 'manufacturing managers: production engineers, supervisors, craft and plant workers' },
	{ group: '1322', leads: ['2146', '3121', '811'], basis: 'mining managers: mining engineers, supervisors and plant operators' },
	{ group: '1323', leads: ['2142', '3123', '71'], basis: 'construction managers: civil engineers, construction supervisors and trades' },
	{ group: '1324', leads: ['4321', '4323', '8344', '9333', '83'], basis: 'supply, distribution and related managers: stock and transport clerks, freight handlers, drivers' },
	{ group: '1330', leads: ['25', '35'], basis: 'ICT service managers: ICT professionals and technicians' },
	{ group: '1341', leads: ['5311'], basis: 'child care services managers: child care workers' },
	{ group: '1342', leads: ['22', '32'], basis: 'health services managers: health professionals and associate professionals' },
	{ group: '1343', leads: ['2221', '3221', '5321', '5322'], basis: 'aged care services managers: nurses and personal care workers' },
	{ group: '1344', leads: ['2635', '3412'], basis: 'social welfare managers: social workers' },
	{ group: '1345', leads: ['23'], basis: 'education managers: teaching professionals' },
	{ group: '1346', leads: ['331', '4211', '4312'], basis: 'financial and insurance services branch managers: tellers and financial associates' },
	{ group: '1411', leads: ['4224', '5151', '5131'], basis: 'hotel managers: receptionists, housekeeping supervisors, waiters' },
	{ group: '1412', leads: ['3434', '512', '513', '941'], basis: 'restaurant managers: chefs, cooks, waiters and bartenders, kitchen helpers' },
	{ group: '1420', leads: ['52'], basis: 'retail and wholesale trade managers: sales workers' },
	{ group: '1431', leads: ['342'], basis: 'sports, recreation and cultural centre managers: sports and fitness workers' },
	// Supervisors: the workers they coordinate and supervise.
	{ group: '3121', leads: ['811', '931'], basis: 'mining supervisors: miners, plant operators and labourers' },
	{ group: '3122', leads: ['72', '73', '74', '75', '81', '82', '932'], basis: 'manufacturing supervisors: production craft workers, machine operators, assemblers, labourers' },
	{ group: '3123', leads: ['71', '741', '9312', '9313'], basis: 'construction supervisors: building trades, electricians, construction labourers' },
	{ group: '3341', leads: ['41', '42', '43', '44'], basis: 'office supervisors: clerical support workers' },
	{ group: '3434', leads: ['512', '941'], basis: 'chefs: cooks and kitchen helpers' },
	{ group: '3355', leads: ['5412'], basis: 'police inspectors and detectives: police officers' },
	{ group: '5151', leads: ['91', '5152'], basis: 'cleaning and housekeeping supervisors: cleaners and housekeepers' },
	{ group: '5222', leads: ['52'], basis: 'shop supervisors: sales workers' },
	{ group: '5120', leads: ['941'], basis: 'cooks: kitchen helpers' },
	// Professionals: the associate professionals (technicians) of the same field.
	{ group: '2141', leads: ['3115', '3119', '3122'], basis: 'industrial and production engineers: engineering technicians, production supervisors' },
	{ group: '2142', leads: ['3112'], basis: 'civil engineers: civil engineering technicians' },
	{ group: '2144', leads: ['3115'], basis: 'mechanical engineers: mechanical engineering technicians' },
	{ group: '2145', leads: ['3116'], basis: 'chemical engineers: chemical engineering technicians' },
	{ group: '2146', leads: ['3117'], basis: 'mining engineers: mining technicians' },
	{ group: '2151', leads: ['3113'], basis: 'electrical engineers: electrical engineering technicians' },
	{ group: '2152', leads: ['3114'], basis: 'electronics engineers: electronics engineering technicians' },
	{ group: '2153', leads: ['3522'], basis: 'telecommunications engineers: telecommunications technicians' },
	{ group: '2132', leads: ['3142', '3143'], basis: 'farming and forestry advisers: agricultural and forestry technicians' },
	{ group: '2221', leads: ['3221', '5321'], basis: 'nursing professionals: nursing associates, health care assistants' },
	{ group: '2222', leads: ['3222'], basis: 'midwifery professionals: midwifery associates' },
	{ group: '2262', leads: ['3213'], basis: 'pharmacists: pharmaceutical technicians' },
	{ group: '3213', leads: ['5329'], basis: 'pharmaceutical technicians: pharmacy aides' },
	{ group: '2411', leads: ['3313', '4311'], basis: 'accountants: accounting associates, bookkeeping clerks' },
	{ group: '2412', leads: ['3311', '3312'], basis: 'financial advisers: securities dealers, credit officers' },
	{ group: '251', leads: ['351', '3512', '3514'], basis: 'software and applications developers: ICT operations and user support technicians' },
	{ group: '252', leads: ['3511', '3513', '352'], basis: 'database and network professionals: network and systems technicians' },
	{ group: '2635', leads: ['3412'], basis: 'social work professionals: social work associates' },
	{ group: '2341', leads: ['5312'], basis: 'primary school teachers: teachers\' aides' },
	{ group: '3221', leads: ['5321'], basis: 'nursing associates: health care assistants' },
	{ group: '3152', leads: ['835'], basis: 'ships\' deck officers: deck crews' }
];

/** Groups whose definitions say they supervise (the supervisors' part of ISCO_LEADS); managers are major group 1. */
export const ISCO_SUPERVISORS: readonly string[] = ['3121', '3122', '3123', '3341', '3355', '3434', '5120', '5151', '5222'];

/** True when the ISCO-08 code is a manager's (major group 1) or a supervisor's (ISCO_SUPERVISORS). */
export const iscoLeadsPeople = (code: string) => code.startsWith('1') || ISCO_SUPERVISORS.some((g) => code.startsWith(g));

/** The ISCO field of an occupation: its code's prefixes (broad to narrow) and the prefixes it leads. */
export function iscoField(code: string): { path: string[]; leads: string[] } {
	const path = Array.from({ length: code.length }, (_, i) => code.slice(0, i + 1));
	const leads = ISCO_LEADS.filter((l) => code.startsWith(l.group)).flatMap((l) => l.leads);
	return { path, leads: [...new Set(leads)] };
}
