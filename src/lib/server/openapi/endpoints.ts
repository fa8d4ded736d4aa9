import { z } from 'zod';
import { ModuleResponse, SkillResponse } from '$lib/schemas/api/catalogue';
import { ApiErrorBody } from '$lib/schemas/api/error';
import { MapResponse } from '$lib/schemas/api/map';
import { ItemConflictBody, ItemDeleteQuery, ItemDeletedResponse, ItemPutRequest, ItemResponse, ItemSavedResponse } from '$lib/schemas/api/network-items';
import { LineListResponse, LineResponse, SearchResponse, StationListResponse, StationResponse } from '$lib/schemas/api/network-views';
import {
	CommentRequest,
	CommentResponse,
	MeResponse,
	MyDataExport,
	PlanDetail,
	PlanListResponse,
	PlanPatch,
	PlanProgressView,
	ProgressRequest,
	SavedPlanResponse
} from '$lib/schemas/api/plans';
import { ReachResponse, RoutesResponse } from '$lib/schemas/api/routes';
import { EXPLORE_LIST_PARAMS, ExploreUrlQuery, NetworkQuery, ROUTE_LIST_PARAMS, RouteUrlQuery, SearchQuery } from '$lib/schemas/queries';
import { SavePlanRequest } from '$lib/schemas/plan';
import { MapQuery } from '../services/local-map/map-query';
import { KIND_SLUGS } from '../services/network-edit/kinds';
import type { Answer, Endpoint } from './endpoint';
import { OpenApiDocument } from './document-schema';

/**
 * Every endpoint under /api, one entry each (a new endpoint is one more entry; a spec fails when
 * a route folder has none). Schemas are the ones the endpoints parse and answer with.
 */

const NETWORK_READ = NetworkQuery.strict();
const badQuery: Answer = { description: 'A query parameter is unknown or out of range; `field` names it.' };
const unknownNetwork = 'No such network (`?network=`)';
const signIn: Answer = { description: 'Not signed in: sign in (POST /sign-in) and send the `session` cookie.' };
const notYours: Answer = { description: 'The plan does not exist or is not one this account may see.' };
const forbidden: Answer = { description: 'This account may not do this (the message says why and what role it takes).' };
const badBody: Answer = { description: 'The body is not JSON or a field is invalid; `field` names it, `issues` lists every problem.' };
const tooLarge: Answer = { description: 'The body is larger than the server accepts (BODY_SIZE_LIMIT).' };
const itemKind = z.enum(Object.values(KIND_SLUGS) as [string, ...string[]]);

export const ENDPOINTS: readonly Endpoint[] = [
	{
		method: 'get',
		path: '/api/openapi.json',
		summary: 'This description of the API (OpenAPI 3.1)',
		tag: 'meta',
		access: 'public',
		responses: { 200: { description: 'The OpenAPI document', schema: OpenApiDocument } }
	},
	{
		method: 'get',
		path: '/api/stations',
		summary: 'Every station of a network, with its salary band and lines',
		tag: 'network',
		access: 'public',
		query: NETWORK_READ,
		responses: { 200: { description: 'The stations', schema: StationListResponse }, 400: badQuery, 404: { description: unknownNetwork } }
	},
	{
		method: 'get',
		path: '/api/stations/{id}',
		summary: 'One station: what it requires (and which modules teach it), its lines, curricula, certificates and regions',
		description: 'A required skill no visible module and no curriculum teaches has `untaught: true`: learned on the job.',
		tag: 'network',
		access: 'public',
		query: NETWORK_READ,
		responses: { 200: { description: 'The station', schema: StationResponse }, 400: badQuery, 404: { description: 'No such station or network' } }
	},
	{
		method: 'get',
		path: '/api/lines',
		summary: 'Every line (career track) of a network',
		tag: 'network',
		access: 'public',
		query: NETWORK_READ,
		responses: { 200: { description: 'The lines', schema: LineListResponse }, 400: badQuery, 404: { description: unknownNetwork } }
	},
	{
		method: 'get',
		path: '/api/lines/{id}',
		summary: 'One line with its stops, months per hop and transfers',
		tag: 'network',
		access: 'public',
		query: NETWORK_READ,
		responses: { 200: { description: 'The line', schema: LineResponse }, 400: badQuery, 404: { description: 'No such line or network' } }
	},
	{
		method: 'get',
		path: '/api/skills/{id}',
		summary: 'One skill: the stations that require it, the modules and curricula that teach it',
		description: 'Stations are listed essential first, at most 500 (`stationCount` has the totals). `untaught: true`: no visible module or curriculum teaches it.',
		tag: 'network',
		access: 'public',
		query: NETWORK_READ,
		responses: { 200: { description: 'The skill', schema: SkillResponse }, 400: badQuery, 404: { description: 'No such skill or network' } }
	},
	{
		method: 'get',
		path: '/api/modules/{id}',
		summary: 'One module: provider, hours, price, what it teaches, the certificates it awards or keeps, its learning tracks',
		description: 'A module closed to an organisation answers 404 to anyone outside it, the same as an id that does not exist.',
		tag: 'network',
		access: 'public',
		query: NETWORK_READ,
		responses: { 200: { description: 'The module', schema: ModuleResponse }, 400: badQuery, 404: { description: 'No such module (or closed to this reader), or no such network' } }
	},
	{
		method: 'get',
		path: '/api/search',
		summary: 'Stations, skills and modules whose names start with the words of `q`',
		description: 'Case and accents are ignored; closed modules are found only by members of their organisation.',
		tag: 'network',
		access: 'public',
		query: SearchQuery,
		responses: { 200: { description: 'Ranked hits', schema: SearchResponse }, 400: badQuery, 404: { description: unknownNetwork } }
	},
	{
		method: 'get',
		path: '/api/routes',
		summary: 'The Pareto-optimal routes from one station to another, ranked and labelled',
		description:
			'Skills the traveller holds are `id` or `id:level`. With no route, `routes` is empty and `reason` says why. A signed-in member’s organisation’s closed modules count.',
		tag: 'planner',
		access: 'public',
		query: RouteUrlQuery,
		arrays: ROUTE_LIST_PARAMS,
		responses: { 200: { description: 'The routes, their names and the query as understood', schema: RoutesResponse }, 400: badQuery, 404: { description: 'No such station or network' } }
	},
	{
		method: 'get',
		path: '/api/reach',
		summary: 'Where one can get from a station within a time and study budget, best-paid first',
		tag: 'planner',
		access: 'public',
		query: ExploreUrlQuery,
		arrays: EXPLORE_LIST_PARAMS,
		responses: { 200: { description: 'The reachable destinations, each with its fastest route', schema: ReachResponse }, 400: badQuery, 404: { description: 'No such station or network' } }
	},
	{
		method: 'get',
		path: '/api/map',
		summary: 'The laid-out metro map of a network, or a local map around a station, a route or a sector',
		description: 'Give at most one of `around`, `route` and `group`; `radius` only with `around` or `route`.',
		tag: 'map',
		access: 'public',
		query: MapQuery,
		arrays: ['route'],
		responses: {
			200: { description: 'Positions, line order per hop, labels and names', schema: MapResponse },
			400: badQuery,
			404: { description: 'No such station, sector or network' },
			422: { description: 'The network is too big even for an overview map: ask for a local map.' },
			503: { description: 'The server is busy laying out other maps: try again in a moment.' }
		}
	},
	{
		method: 'get',
		path: '/api/me',
		summary: 'My account, memberships and the profile (skills, certificates) routes use',
		tag: 'account',
		access: 'signed-in',
		responses: { 200: { description: 'Me', schema: MeResponse }, 401: signIn }
	},
	{
		method: 'get',
		path: '/api/me/export',
		summary: 'Everything stored about me, as a JSON file to keep',
		tag: 'account',
		access: 'signed-in',
		responses: { 200: { description: 'My data (as a download)', schema: MyDataExport }, 401: signIn }
	},
	{
		method: 'get',
		path: '/api/plans',
		summary: 'My plans and the plans shared with me as an advisor',
		tag: 'plans',
		access: 'signed-in',
		responses: { 200: { description: 'Plan summaries', schema: PlanListResponse }, 401: signIn }
	},
	{
		method: 'post',
		path: '/api/plans',
		summary: 'Save a route as a plan, for me or (as an advisor) for an employee I guide',
		description: 'Send ids only: the server looks up every station, line and module in the current network.',
		tag: 'plans',
		access: 'signed-in',
		body: SavePlanRequest,
		responses: { 201: { description: 'The saved plan', schema: SavedPlanResponse }, 400: badBody, 401: signIn, 403: forbidden, 404: { description: 'A station, line or module of the route does not exist' }, 413: tooLarge }
	},
	{
		method: 'get',
		path: '/api/plans/{id}',
		summary: 'One plan as this viewer may see it: stops, progress, certificate upkeep, comments',
		tag: 'plans',
		access: 'signed-in',
		params: { id: z.string() },
		responses: { 200: { description: 'The plan', schema: PlanDetail }, 401: signIn, 404: notYours }
	},
	{
		method: 'patch',
		path: '/api/plans/{id}',
		summary: 'Owner only: rename, share with an organisation (or make private with null), accept a proposed plan',
		tag: 'plans',
		access: 'signed-in',
		params: { id: z.string() },
		body: PlanPatch,
		responses: { 200: { description: 'The plan after the change', schema: PlanDetail }, 400: badBody, 401: signIn, 403: forbidden, 404: notYours }
	},
	{
		method: 'delete',
		path: '/api/plans/{id}',
		summary: 'Owner only: delete a plan with its comments and progress',
		tag: 'plans',
		access: 'signed-in',
		params: { id: z.string() },
		responses: { 204: { description: 'Deleted' }, 401: signIn, 403: forbidden, 404: notYours }
	},
	{
		method: 'post',
		path: '/api/plans/{id}/comments',
		summary: 'Comment on a plan (its owner and the advisors it is shared with)',
		tag: 'plans',
		access: 'signed-in',
		params: { id: z.string() },
		body: CommentRequest,
		responses: { 201: { description: 'The comment', schema: CommentResponse }, 400: badBody, 401: signIn, 403: forbidden, 404: notYours }
	},
	{
		method: 'put',
		path: '/api/plans/{id}/progress',
		summary: 'Owner only: mark a module of the plan done on a day, or not done (doneOn null)',
		tag: 'plans',
		access: 'signed-in',
		params: { id: z.string() },
		body: ProgressRequest,
		responses: { 200: { description: 'The plan’s progress after the change', schema: PlanProgressView }, 400: badBody, 401: signIn, 403: forbidden, 404: notYours }
	},
	{
		method: 'get',
		path: '/api/networks/{network}/{kind}/{id}',
		summary: 'One network item for editors, with its revision, what uses it and its history',
		tag: 'editing',
		access: 'signed-in',
		params: { kind: itemKind },
		responses: { 200: { description: 'The item', schema: ItemResponse }, 401: signIn, 403: forbidden, 404: { description: 'No such network, kind or item (or one hidden from this account)' } }
	},
	{
		method: 'put',
		path: '/api/networks/{network}/{kind}/{id}',
		summary: 'Create (revision 0) or change an item; `item.id` must be the id in the URL',
		tag: 'editing',
		access: 'editor',
		params: { kind: itemKind },
		body: ItemPutRequest,
		responses: {
			200: { description: 'Saved', schema: ItemSavedResponse },
			201: { description: 'Created', schema: ItemSavedResponse },
			400: { description: 'A field of the item is invalid; `field` names it as `item.<field>`.' },
			401: signIn,
			403: { description: 'Outside what this account may edit, or sent from another site' },
			404: { description: 'No such network or kind' },
			409: { description: 'Someone else saved first (or the item exists): the stored version comes along', schema: ItemConflictBody },
			413: tooLarge
		}
	},
	{
		method: 'delete',
		path: '/api/networks/{network}/{kind}/{id}',
		summary: 'Delete an item nothing uses; `?revision=` refuses it when someone changed the item since',
		tag: 'editing',
		access: 'editor',
		params: { kind: itemKind },
		query: ItemDeleteQuery,
		responses: {
			200: { description: 'Deleted; the new network version', schema: ItemDeletedResponse },
			400: badQuery,
			401: signIn,
			403: { description: 'Outside what this account may edit, or sent from another site' },
			404: { description: 'No such network, kind or item' },
			409: { description: 'In use (the message names the users), or changed since `revision`', schema: z.union([ItemConflictBody, ApiErrorBody]) }
		}
	},
	{
		method: 'get',
		path: '/api/networks/{network}/export',
		summary: 'The whole network as one graph-seed YAML bundle, as this account may see it',
		description: 'Closed modules of organisations the account is not in are left out (administrators get everything).',
		tag: 'editing',
		access: 'signed-in',
		responses: {
			200: { description: 'The bundle (a download): `network` plus one list per kind, as in graph-seed/', mediaType: 'application/yaml' },
			401: signIn,
			403: forbidden,
			404: { description: 'No such network' }
		}
	}
];
