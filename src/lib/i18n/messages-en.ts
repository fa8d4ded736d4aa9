import { byFeature } from './by-feature';

/** Every English message file, found by name: a new feature file needs no entry here. */
export default byFeature(import.meta.glob<Record<string, string>>('./en/*.json', { eager: true, import: 'default' }));
