import { z } from 'zod';

// zod compiles object schemas with `new Function` when it can, and finds out by trying once. The
// pages' Content-Security-Policy forbids eval, so the try would be refused and reported as a
// violation on every page that parses; without eval zod is just as correct, a little slower.
z.config({ jitless: true });
