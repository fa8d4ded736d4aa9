import { describe, expect, it } from 'vitest';
import { bodySizeLimit, describeLimit, isBodyTooLarge, tooLargeMessage } from './body-limit';

describe('the body size limit', () => {
	it('is read the way adapter-node reads BODY_SIZE_LIMIT', () => {
		expect(bodySizeLimit({})).toBe(512 * 1024);
		expect(bodySizeLimit({ BODY_SIZE_LIMIT: '2m' })).toBe(2 * 1024 * 1024);
		expect(bodySizeLimit({ BODY_SIZE_LIMIT: '1000' })).toBe(1000);
		expect(bodySizeLimit({ BODY_SIZE_LIMIT: 'Infinity' })).toBe(Infinity);
	});
	it('is named in words a person reads', () => {
		expect(describeLimit(512 * 1024)).toBe('512 KB');
		expect(describeLimit(1.5 * 1024 * 1024)).toBe('1.5 MB');
		expect(describeLimit(900)).toBe('900 bytes');
	});
	it("is named in the reader's language on pages", () => {
		expect(tooLargeMessage('en', {})).toContain('larger than the limit of 512 KB');
		expect(tooLargeMessage('nl', { BODY_SIZE_LIMIT: '1M' })).toContain('groter dan de grens van 1 MB');
	});
	it('is recognised by the status of the error reading the body throws', () => {
		expect(isBodyTooLarge(Object.assign(new Error('Content-length of 600000 exceeds limit of 524288 bytes.'), { status: 413 }))).toBe(true);
		expect(isBodyTooLarge(new SyntaxError('Unexpected end of JSON input'))).toBe(false);
	});
});
