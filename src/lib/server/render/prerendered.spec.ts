import { describe, expect, it } from 'vitest';
import { prerenderedMarker } from '$lib/components/prerendered';
import { fillPage, fillPrerendered } from './prerendered';

describe('fillPrerendered', () => {
	const page = `<main>${prerenderedMarker('map')}<p>text</p>${prerenderedMarker('stations')}</main>`;

	it('puts each placed fragment in its marker’s place', () => {
		const fragments = new Map([
			[prerenderedMarker('map'), '<svg></svg>'],
			[prerenderedMarker('stations'), '<table></table>']
		]);
		expect(fillPrerendered(page, fragments)).toBe('<main><svg></svg><p>text</p><table></table></main>');
	});

	it('leaves markers of this page that have no fragment, and a page without fragments, as they are', () => {
		expect(fillPrerendered(page, new Map([[prerenderedMarker('map'), '<svg></svg>']]))).toBe(`<main><svg></svg><p>text</p>${prerenderedMarker('stations')}</main>`);
		expect(fillPrerendered(page, undefined)).toBe(page);
	});

	it('does not search a fragment for markers again, and never matches escaped text', () => {
		const fragments = new Map([
			[prerenderedMarker('map'), `<p>${prerenderedMarker('stations')}</p>`],
			[prerenderedMarker('stations'), '<table></table>']
		]);
		expect(fillPrerendered(prerenderedMarker('map'), fragments)).toBe(`<p>${prerenderedMarker('stations')}</p>`);
		// Text a user typed reaches the page escaped, so it cannot pose as a marker.
		expect(fillPrerendered('&lt;!--prerendered:map--&gt;', fragments)).toBe('&lt;!--prerendered:map--&gt;');
	});

	it('refuses a marker id that could break out of the comment', () => {
		expect(() => prerenderedMarker('map-->')).toThrow(/bad fragment id/);
	});
});

describe('fillPage', () => {
	it('fills <html lang> and the fragments in one pass, and leaves fragment text alone', () => {
		const fragments = new Map([[prerenderedMarker('map'), '<svg><text>%lang%</text></svg>']]);
		expect(fillPage(`<html lang="%lang%"><body>${prerenderedMarker('map')}</body></html>`, 'nl', fragments)).toBe(
			'<html lang="nl"><body><svg><text>%lang%</text></svg></body></html>'
		);
		expect(fillPage('<html lang="%lang%">', 'en')).toBe('<html lang="en">');
		expect(fillPage('<p>no markers</p>', 'en', fragments)).toBe('<p>no markers</p>');
	});
});
