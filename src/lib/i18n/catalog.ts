import enAccount from './en/account.json';
import enAdmin from './en/admin.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enEditor from './en/editor.json';
import enExplore from './en/explore.json';
import enHome from './en/home.json';
import enInput from './en/input.json';
import enLine from './en/line.json';
import enLocalmap from './en/localmap.json';
import enMap from './en/map.json';
import enPlanner from './en/planner.json';
import enPlan from './en/plan.json';
import enRegion from './en/region.json';
import enRoutes from './en/routes.json';
import enSearch from './en/search.json';
import enStation from './en/station.json';
import enCatalogue from './en/catalogue.json';
import enCoverage from './en/coverage.json';
import enSalary from './en/salary.json';
import nlAccount from './nl/account.json';
import nlAdmin from './nl/admin.json';
import nlAuth from './nl/auth.json';
import nlCommon from './nl/common.json';
import nlEditor from './nl/editor.json';
import nlExplore from './nl/explore.json';
import nlHome from './nl/home.json';
import nlInput from './nl/input.json';
import nlLine from './nl/line.json';
import nlLocalmap from './nl/localmap.json';
import nlMap from './nl/map.json';
import nlPlanner from './nl/planner.json';
import nlPlan from './nl/plan.json';
import nlRegion from './nl/region.json';
import nlRoutes from './nl/routes.json';
import nlSearch from './nl/search.json';
import nlStation from './nl/station.json';
import nlCatalogue from './nl/catalogue.json';
import nlCoverage from './nl/coverage.json';
import nlSalary from './nl/salary.json';

/**
 * Message files per feature and language (src/lib/i18n/{nl,en}/<feature>.json). A feature's
 * keys are prefixed with its name, so files can grow independently. English is the
 * reference for the key type; the spec checks that Dutch has exactly the same keys.
 */
export const catalog = {
	en: { account: enAccount, admin: enAdmin, auth: enAuth, common: enCommon, editor: enEditor, explore: enExplore, home: enHome, input: enInput, line: enLine, localmap: enLocalmap, map: enMap, planner: enPlanner, plan: enPlan, region: enRegion, routes: enRoutes, search: enSearch, station: enStation, catalogue: enCatalogue, coverage: enCoverage, salary: enSalary },
	nl: { account: nlAccount, admin: nlAdmin, auth: nlAuth, common: nlCommon, editor: nlEditor, explore: nlExplore, home: nlHome, input: nlInput, line: nlLine, localmap: nlLocalmap, map: nlMap, planner: nlPlanner, plan: nlPlan, region: nlRegion, routes: nlRoutes, search: nlSearch, station: nlStation, catalogue: nlCatalogue, coverage: nlCoverage, salary: nlSalary }
} as const;

type Features = (typeof catalog)['en'];
export type MessageKey = {
	[F in keyof Features]: `${F & string}.${keyof Features[F] & string}`;
}[keyof Features];
