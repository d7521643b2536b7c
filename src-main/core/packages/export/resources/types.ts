import type { Period } from '../../format/period';
import type { CellValue } from '../../format/table-schema';
import type { KnownResource } from '../../format/schemas/index';
import type { ReadDb } from '../../../db/read';

/** One row of a resource: typed values by field name. */
export type ResourceRow = Record<string, CellValue>;

/**
 * One CSV of the package, table-driven: adding a resource is one more definition in
 * `resources/index.ts` (and a new package schema version, since the ministry's reader must know it).
 */
export interface ResourceDef extends KnownResource {
  /** The rows for a period, ordered by primary key (the same data gives the same bytes). */
  rows(db: ReadDb, period: Period): Promise<ResourceRow[]>;
  /** The record a row comes from, for the pre-check's links; null for aggregates. */
  source(row: ResourceRow): { entity: string; id: string } | null;
}
