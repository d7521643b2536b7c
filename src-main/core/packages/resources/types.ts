import type { ReadDb } from '../../db/read';
import type { Period } from '../period';
import type { CellValue, TableSchema } from '../table-schema';

/** One row of a resource: typed values by field name. */
export type ResourceRow = Record<string, CellValue>;

/**
 * One CSV of the package, table-driven: adding a resource is one more definition in
 * `resources/index.ts` (and a new package schema version, since the ministry's reader must know it).
 */
export interface ResourceDef {
  name: string;
  description: string;
  schema: TableSchema;
  /** The rows for a period, ordered by primary key (the same data gives the same bytes). */
  rows(db: ReadDb, period: Period): Promise<ResourceRow[]>;
  /** The record a row comes from, for the pre-check's links; null for aggregates. */
  source(row: ResourceRow): { entity: string; id: string } | null;
}
