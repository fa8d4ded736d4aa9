/**
 * SOC 2010 codes of the crosswalk (O*NET 2010 taxonomy) that O*NET 29.2 (SOC 2018) replaced by
 * a different code, after the BLS 2010 → 2018 SOC crosswalk; only codes that neither keep their
 * number nor their title in O*NET 29.2 need a row here.
 */
const SOC_2010_TO_2018: Readonly<Record<string, string>> = {
	'11-2031.00': '11-2032.00',
	'45-3011.00': '45-3031.00',
	'45-3021.00': '45-3031.00',
	'15-1199.01': '15-1253.00',
	'25-9041.00': '25-9042.00',
	'53-3041.00': '53-3054.00',
	'25-4021.00': '25-4022.00',
	'15-1132.00': '15-1252.00',
	'15-1133.00': '15-1252.00',
	'19-4041.01': '19-4043.00',
	'29-2071.00': '29-2072.00',
	'51-4012.00': '51-9162.00',
	'51-4011.00': '51-9161.00',
	'13-2021.01': '13-2023.00',
	'13-2021.02': '13-2023.00',
	'39-1011.00': '39-1013.00',
	'43-5081.01': '53-7065.00',
	'43-5081.03': '53-7065.00',
	'53-4021.00': '53-4022.00',
	'15-1199.04': '15-1299.02',
	'29-1062.00': '29-1215.00',
	'29-1067.00': '29-1249.00',
	'19-3031.02': '19-3033.00',
	'27-3022.00': '27-3023.00',
	'29-2041.00': '29-2042.00',
	'51-9122.00': '51-9124.00',
	'53-7032.00': '47-5022.00'
};

export type OnetResolution = 'same code' | 'base code' | 'same title' | 'SOC 2018 successor';

/**
 * The O*NET 29.2 occupation for a crosswalk code: the code itself, its base occupation (`.00`),
 * the occupation with the same title, or its SOC 2018 successor. Undefined when none exists.
 */
export function resolveOnetCode(
	code: string,
	title: string,
	current: ReadonlySet<string>,
	byTitle: ReadonlyMap<string, string>
): { code: string; how: OnetResolution } | undefined {
	if (current.has(code)) return { code, how: 'same code' };
	const base = `${code.slice(0, 7)}.00`;
	if (current.has(base)) return { code: base, how: 'base code' };
	const titled = byTitle.get(title.toLowerCase());
	if (titled) return { code: titled, how: 'same title' };
	const successor = SOC_2010_TO_2018[code];
	if (successor && current.has(successor)) return { code: successor, how: 'SOC 2018 successor' };
	return undefined;
}
