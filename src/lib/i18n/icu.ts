/**
 * The part of ICU MessageFormat the message files use, as a small compiler: text, `{name}`,
 * `{n, plural, =0 {…} one {…} other {…}}` with `#` for the number, and `{kind, select, a {…}
 * other {…}}`, nested. It replaces FormatJS's intl-messageformat (a full ICU parser, a tenth of
 * every page's JavaScript); the spec checks every message against it. Anything else in a message
 * (another argument type, a stray brace) is an error when the message is compiled, so a new kind
 * of message fails the spec rather than a page.
 */
export type MessageValues = Record<string, string | number | Date>;
export type CompiledMessage = (values?: MessageValues) => string;

type Part =
	| string
	| { arg: string }
	| { pound: true }
	| { arg: string; plural: Map<string, Part[]> }
	| { arg: string; select: Map<string, Part[]> };

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
	let made = map.get(locale);
	if (!made) map.set(locale, (made = make()));
	return made;
}

class Parser {
	private i = 0;
	constructor(private readonly text: string) {}

	fail(what: string): never {
		throw new SyntaxError(`message: ${what} at ${this.i} in "${this.text}"`);
	}

	/** Parts until the end, or until the `}` closing a branch (inPlural: `#` is the number). */
	parts(inPlural: boolean, nested: boolean): Part[] {
		const parts: Part[] = [];
		let literal = '';
		const flush = () => {
			if (literal) parts.push(literal);
			literal = '';
		};
		while (this.i < this.text.length) {
			const c = this.text[this.i]!;
			if (c === "'") literal += this.quoted(inPlural);
			else if (c === '{') {
				flush();
				parts.push(this.argument());
			} else if (c === '}') {
				if (!nested) this.fail("a '}' without its '{'");
				break;
			} else if (c === '#' && inPlural) {
				flush();
				parts.push({ pound: true });
				this.i++;
			} else {
				literal += c;
				this.i++;
			}
		}
		flush();
		return parts;
	}

	/** An apostrophe: doubled it is one; before a brace (or `#` in a plural) it quotes up to the next one; else itself. */
	private quoted(inPlural: boolean): string {
		const next = this.text[this.i + 1];
		if (next === "'") {
			this.i += 2;
			return "'";
		}
		if (next === '{' || next === '}' || (next === '#' && inPlural)) {
			let out = '';
			this.i++;
			while (this.i < this.text.length) {
				if (this.text[this.i] === "'") {
					if (this.text[this.i + 1] === "'") {
						out += "'";
						this.i += 2;
						continue;
					}
					this.i++;
					return out;
				}
				out += this.text[this.i++];
			}
			return out;
		}
		this.i++;
		return "'";
	}

	private skipSpace(): void {
		while (/\s/.test(this.text[this.i] ?? '')) this.i++;
	}

	private word(what: string): string {
		this.skipSpace();
		const match = /^[^\s{}',#]+/.exec(this.text.slice(this.i));
		if (!match) this.fail(`no ${what}`);
		this.i += match[0].length;
		return match[0];
	}

	private expect(c: string): void {
		this.skipSpace();
		if (this.text[this.i] !== c) this.fail(`'${c}' expected`);
		this.i++;
	}

	private argument(): Part {
		this.i++; // {
		const arg = this.word('argument name');
		this.skipSpace();
		if (this.text[this.i] === '}') {
			this.i++;
			return { arg };
		}
		this.expect(',');
		const type = this.word('argument type');
		if (type !== 'plural' && type !== 'select') this.fail(`argument type '${type}' is not supported`);
		this.expect(',');
		const options = new Map<string, Part[]>();
		for (;;) {
			this.skipSpace();
			if (this.text[this.i] === '}') break;
			const key = this.word('option');
			this.expect('{');
			options.set(key, this.parts(type === 'plural', true));
			this.expect('}');
		}
		this.i++; // }
		if (!options.has('other')) this.fail(`'${arg}' has no 'other' option`);
		return type === 'plural' ? { arg, plural: options } : { arg, select: options };
	}
}

function valueOf(values: MessageValues | undefined, arg: string, text: string): string | number | Date {
	if (!values || !(arg in values)) throw new Error(`message: no value for '${arg}' in "${text}"`);
	return values[arg]!;
}

/** Compiles one message of one language; the result formats it with values. */
export function compileMessage(text: string, locale: string): CompiledMessage {
	const parts = new Parser(text).parts(false, false);
	const render = (parts: Part[], values: MessageValues | undefined, count: number | null): string => {
		let out = '';
		for (const part of parts) {
			if (typeof part === 'string') out += part;
			else if ('pound' in part) out += cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count ?? 0);
			else if ('plural' in part) {
				const n = Number(valueOf(values, part.arg, text));
				const branch =
					part.plural.get(`=${n}`) ??
					part.plural.get(cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(n)) ??
					part.plural.get('other')!;
				out += render(branch, values, n);
			} else if ('select' in part) {
				const key = String(valueOf(values, part.arg, text));
				out += render(part.select.get(key) ?? part.select.get('other')!, values, count);
			} else out += String(valueOf(values, part.arg, text) ?? '');
		}
		return out;
	};
	// Text alone (most headings and labels) needs no walk at all.
	if (parts.length === 0) return () => '';
	if (parts.length === 1 && typeof parts[0] === 'string') {
		const only = parts[0];
		return () => only;
	}
	return (values) => render(parts, values, null);
}
