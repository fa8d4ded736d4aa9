import type { LocalizedText } from '$lib/schemas';

/**
 * ISCO-08 → BRC 2014 beroepsklasse, for salary estimates on ESCO stations.
 *
 * Basis: CBS built the BRC 2014 (Beroepenclassificatie ROA-CBS 2014) by regrouping ISCO-08 unit
 * groups by field of work. The 13 beroepsklassen are fields (technical, ICT, care …), whereas ISCO
 * major groups are skill levels, so a class cannot be read from the major group alone. This table
 * maps ISCO-08 prefixes (sub-major, minor or unit group) to the class whose published description
 * covers them, and the longest matching prefix wins. It is Vakmetro's approximation, not the CBS
 * crosswalk (which is not among the data sets here). Groups whose class is doubtful are left out
 * on purpose — armed forces (0), religious professionals (2636), street and other elementary
 * workers (95, 96), sociologists and philosophers (2632, 2633) — and their stations get no band.
 */
export const ISCO_TO_BRC: readonly { isco: string; brc: string; basis: string }[] = [
	{ isco: '1', brc: '05', basis: 'managers' },
	{ isco: '111', brc: '06', basis: 'legislators and senior officials: openbaar bestuur' },
	{ isco: '21', brc: '07', basis: 'science and engineering professionals: engineers and researchers' },
	{ isco: '2163', brc: '02', basis: 'product and garment designers: creative' },
	{ isco: '2166', brc: '02', basis: 'graphic and multimedia designers: grafisch vormgevers' },
	{ isco: '22', brc: '10', basis: 'health professionals' },
	{ isco: '23', brc: '01', basis: 'teaching professionals: docenten' },
	{ isco: '241', brc: '04', basis: 'finance professionals: accountants, financial specialists' },
	{ isco: '242', brc: '04', basis: 'administration professionals: policy, HR, organisation advisors' },
	{ isco: '243', brc: '03', basis: 'sales, marketing and PR professionals: commercial' },
	{ isco: '25', brc: '08', basis: 'ICT professionals' },
	{ isco: '261', brc: '06', basis: 'legal professionals: juristen' },
	{ isco: '262', brc: '02', basis: 'librarians, archivists and curators' },
	{ isco: '2631', brc: '04', basis: 'economists: financieel specialisten en economen' },
	{ isco: '2634', brc: '10', basis: 'psychologists: care' },
	{ isco: '2635', brc: '10', basis: 'social work professionals: welfare' },
	{ isco: '264', brc: '02', basis: 'authors, journalists and linguists' },
	{ isco: '265', brc: '02', basis: 'creative and performing artists' },
	{ isco: '31', brc: '07', basis: 'science and engineering technicians' },
	{ isco: '315', brc: '12', basis: 'ship and aircraft officers, pilots, controllers: transport' },
	{ isco: '32', brc: '10', basis: 'health associate professionals' },
	{ isco: '331', brc: '04', basis: 'financial and mathematical associate professionals' },
	{ isco: '332', brc: '03', basis: 'sales and purchasing agents: vertegenwoordigers en inkopers' },
	{ isco: '333', brc: '04', basis: 'business services agents' },
	{ isco: '334', brc: '04', basis: 'administrative and specialised secretaries' },
	{ isco: '335', brc: '06', basis: 'government regulatory associate professionals' },
	{ isco: '3411', brc: '06', basis: 'legal associate professionals' },
	{ isco: '3412', brc: '10', basis: 'social work associate professionals' },
	{ isco: '342', brc: '01', basis: 'sports and fitness workers: sportinstructeurs' },
	{ isco: '343', brc: '02', basis: 'artistic and cultural associate professionals' },
	{ isco: '3434', brc: '11', basis: 'chefs: koks (dienstverlenend)' },
	{ isco: '35', brc: '08', basis: 'ICT technicians' },
	{ isco: '4', brc: '04', basis: 'clerical support workers: administratief' },
	{ isco: '4222', brc: '03', basis: 'contact centre information clerks: callcentermedewerkers' },
	{ isco: '432', brc: '12', basis: 'material-recording and transport clerks: logistiek' },
	{ isco: '51', brc: '11', basis: 'personal service workers' },
	{ isco: '52', brc: '03', basis: 'sales workers: verkopers' },
	{ isco: '531', brc: '01', basis: 'child care workers and teachers aides: kinderopvang en onderwijsassistenten' },
	{ isco: '532', brc: '10', basis: 'personal care workers in health services' },
	{ isco: '54', brc: '06', basis: 'protective services workers: veiligheid' },
	{ isco: '6', brc: '09', basis: 'skilled agricultural, forestry and fishery workers' },
	{ isco: '7', brc: '07', basis: 'craft and related trades workers' },
	{ isco: '81', brc: '07', basis: 'stationary plant and machine operators' },
	{ isco: '82', brc: '07', basis: 'assemblers' },
	{ isco: '83', brc: '12', basis: 'drivers and mobile plant operators: transport' },
	{ isco: '91', brc: '11', basis: 'cleaners and helpers: schoonmakers' },
	{ isco: '92', brc: '09', basis: 'agricultural, forestry and fishery labourers' },
	{ isco: '93', brc: '07', basis: 'labourers in mining, construction and manufacturing: hulpkrachten bouw en industrie' },
	{ isco: '933', brc: '12', basis: 'transport and storage labourers: hulpkrachten transport en logistiek' },
	{ isco: '94', brc: '11', basis: 'food preparation assistants' }
];

/** The BRC 2014 beroepsklassen, named in full (the CBS file truncates long names). */
export const BRC_CLASSES: Readonly<Record<string, LocalizedText>> = {
	'01': { nl: 'Pedagogische beroepen', en: 'Education occupations' },
	'02': { nl: 'Creatieve en taalkundige beroepen', en: 'Creative and language occupations' },
	'03': { nl: 'Commerciële beroepen', en: 'Commercial occupations' },
	'04': { nl: 'Bedrijfseconomische en administratieve beroepen', en: 'Business and administrative occupations' },
	'05': { nl: 'Managers', en: 'Managers' },
	'06': { nl: 'Openbaar bestuur, veiligheid en juridische beroepen', en: 'Public administration, security and legal occupations' },
	'07': { nl: 'Technische beroepen', en: 'Technical occupations' },
	'08': { nl: 'ICT-beroepen', en: 'ICT occupations' },
	'09': { nl: 'Agrarische beroepen', en: 'Agricultural occupations' },
	'10': { nl: 'Zorg- en welzijnsberoepen', en: 'Care and welfare occupations' },
	'11': { nl: 'Dienstverlenende beroepen', en: 'Service occupations' },
	'12': { nl: 'Transport- en logistiekberoepen', en: 'Transport and logistics occupations' },
	'13': { nl: 'Overige beroepen', en: 'Other occupations' }
};

/** The beroepsklasse of an ISCO-08 code by longest matching prefix; undefined when unmapped. */
export function brcClassOf(isco: string): string | undefined {
	let best: { isco: string; brc: string } | undefined;
	for (const row of ISCO_TO_BRC) if (isco.startsWith(row.isco) && (!best || row.isco.length > best.isco.length)) best = row;
	return best?.brc;
}
