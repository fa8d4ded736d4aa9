/*
 * The route planner: pure TypeScript, plain data in and out. The app adapts its network
 * snapshot to RoutingNetworkData, prepares it once per network version, and plans routes
 * against the prepared form.
 */
export { prepareNetwork, compareIds } from './network';
export type {
	PreparedNetwork,
	RoutingNetworkData,
	RoutingStation,
	RoutingLine,
	RoutingModule,
	RoutingBridge,
	RoutingSkillNeed,
	RoutingSkillTaught
} from './network';
export { EXPLORE_LIMITS, QUERY_DEFAULTS, QUERY_LIMITS, WEEKS_PER_MONTH } from './query';
export type { RouteQuery, SkillHeld } from './query';
export { planRoutes } from './plan';
export { explore } from './explore';
export type { ExploreDestination, ExploreQuery, ExploreResult } from './explore';
export { ROUTE_LABELS } from './route';
export type {
	Direction,
	NoRouteReason,
	Route,
	RouteCertificate,
	RouteHop,
	RouteLabel,
	RouteLeg,
	RouteModule,
	RouteResult,
	RouteSetback,
	RouteSkill,
	RouteTotals,
	RouteTradeOff,
	RouteTransfer,
	TradeOffCriterion
} from './route';
export type { SearchStats } from './search';
export { BAG_CAP, TARGET_CAP, LABEL_BUDGET } from './search';
export { RoutingError } from './errors';
export type { RoutingErrorCode } from './errors';
