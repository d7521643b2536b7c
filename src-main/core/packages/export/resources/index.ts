import type { ResourceDef } from './types';
import { residentsResource } from './residents';
import { careEpisodesV2Resource, referralsResource, relativesResource } from './care';
import { indicatorsV2Resource } from './indicators-v2';
import { educationGoalsResource, educationPlansResource, schoolingSummaryResource } from './education';
import { dailyAggregatesResource } from './daily-aggregates';
import { documentStatusResource } from './document-status';

/**
 * The resources this build writes: the tables of PACKAGE_SCHEMA_VERSION (format/schemas/), in
 * their order, each with the query of its rows (a test keeps the two lists equal). Adding one
 * (staff, education plans, attendance aggregates, incidents…) is one definition here and a new
 * PACKAGE_SCHEMA_VERSION with its tables in KNOWN_SCHEMAS.
 */
export const RESOURCES: ResourceDef[] = [
  residentsResource, referralsResource, careEpisodesV2Resource, relativesResource, indicatorsV2Resource,
  educationPlansResource, educationGoalsResource, schoolingSummaryResource,
  dailyAggregatesResource, documentStatusResource,
];

export type { ResourceDef, ResourceRow } from './types';
