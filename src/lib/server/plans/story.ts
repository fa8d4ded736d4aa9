import type { MapData, MapRoute } from '$lib/components/map/types';
import type { Locale } from '$lib/schemas/common';
import { mapOrBusy } from '../http/page';
import { mapUnavailable, mapView } from '../services/map-layout';
import type { PlanDeps } from './deps';
import { planMapRoute, planSalaryStory, type PlanSalaryStory, type StoryRoute } from './route-views';

export interface PlanStory {
	/** The plan's network as a metro map; null when it is gone or too big to draw as one map. */
	map: MapData | null;
	mapRoute: MapRoute;
	salary: PlanSalaryStory;
}

/** The route on the map and its salary story, for the plan page and its print view alike. */
export async function planStory(deps: PlanDeps, plan: StoryRoute & { network: string }, locale: Locale): Promise<PlanStory> {
	const snap = await deps.snapshot(plan.network);
	return {
		map: snap && !mapUnavailable(snap) ? await mapOrBusy(locale, mapView(snap, locale)) : null,
		mapRoute: planMapRoute(plan),
		salary: planSalaryStory(plan)
	};
}
