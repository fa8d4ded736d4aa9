import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import en from './messages-en';
import nl from './messages-nl';

describe('messages the browser loads per language', () => {
	it('are exactly the messages the server holds, feature by feature', () => {
		expect(en).toEqual(catalog.en);
		expect(nl).toEqual(catalog.nl);
	});
});
