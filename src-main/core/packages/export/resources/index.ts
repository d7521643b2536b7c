import type { ResourceDef } from './types';
import { residentsResource } from './residents';
import { careEpisodesResource } from './care-episodes';
import { indicatorsResource } from './indicators';
import { documentStatusResource } from './document-status';

/**
 * The resources this build writes: the tables of PACKAGE_SCHEMA_VERSION (format/schemas/), in
 * their order, each with the query of its rows (a test keeps the two lists equal). Adding one
 * (staff, education plans, attendance aggregates, incidents…) is one definition here and a new
 * PACKAGE_SCHEMA_VERSION with its tables in KNOWN_SCHEMAS.
 */
export const RESOURCES: ResourceDef[] = [residentsResource, careEpisodesResource, indicatorsResource, documentStatusResource];

export type { ResourceDef, ResourceRow } from './types';
