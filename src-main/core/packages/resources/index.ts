import type { TableSchema } from '../table-schema';
import type { ResourceDef } from './types';
import { residentsResource } from './residents';
import { careEpisodesResource } from './care-episodes';
import { indicatorsResource } from './indicators';

/** The package schema version this build writes. */
export const PACKAGE_SCHEMA_VERSION = 1;

/**
 * The resources this build writes, in order: a resource comes after the ones its foreign keys
 * name. Adding one (staff, education plans, attendance aggregates, incidents…) is one definition
 * here and a new PACKAGE_SCHEMA_VERSION with its schemas frozen in KNOWN_SCHEMAS.
 */
export const RESOURCES: ResourceDef[] = [residentsResource, careEpisodesResource, indicatorsResource];

export interface KnownResource {
  name: string;
  description: string;
  schema: TableSchema;
}

/** Every schema version this build can verify, with its resources in order. */
export const KNOWN_SCHEMAS: Record<number, KnownResource[]> = {
  1: RESOURCES.map(({ name, description, schema }) => ({ name, description, schema })),
};

export type { ResourceDef, ResourceRow } from './types';
