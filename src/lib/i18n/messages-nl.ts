import { byFeature } from './by-feature';

/**
 * Every Dutch message file a page can show, found by name: a new feature file needs no entry here.
 * `input` is left out: it words the server's refusals of bad input, which reach a page already
 * translated, so the browser need not load it (messages.spec.ts checks that no component uses it).
 * `editor`, `plan`, `account` and `admin` come only with the routes that show them (LAZY in index.ts).
 */
export default byFeature(import.meta.glob<Record<string, string>>(['./nl/*.json', '!./nl/input.json', '!./nl/editor.json', '!./nl/plan.json', '!./nl/account.json', '!./nl/admin.json'], { eager: true, import: 'default' }));
