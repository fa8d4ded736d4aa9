export { layout } from './layout';
export { layoutMetrics, type LayoutMetrics, type MetricsOptions } from './metrics';
export { resolveSettings, DEFAULT_SETTINGS } from './settings';
export { estimateTextWidth } from './text-width';
export { layoutInputFromGeoJson } from './geojson';
export { LayoutInputError } from './errors';
export type * from './types';
export { overviewLayout } from './overview';
