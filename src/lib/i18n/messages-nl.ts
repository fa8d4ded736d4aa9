import { byFeature } from './by-feature';

/** Every Dutch message file, found by name: a new feature file needs no entry here. */
export default byFeature(import.meta.glob<Record<string, string>>('./nl/*.json', { eager: true, import: 'default' }));
