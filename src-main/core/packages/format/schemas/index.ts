import type { TableSchema } from '../table-schema';
import { residentsTable } from './residents';
import { careEpisodesTable } from './care-episodes';
import { indicatorsTable } from './indicators';
import { indicatorsV2Table } from './indicators-v2';
import { educationGoalsTable, educationPlansTable, schoolingSummaryTable } from './education';
import { careEpisodesV2Table, referralsTable, relativesTable } from './care-v2';
import { dailyAggregatesTable } from './daily-aggregates';
import { documentStatusTable } from './document-status';

// The tables of each package schema version: what the exporter writes and the verifier checks,
// in order (a table comes after the ones its foreign keys name). A version, once released, is
// frozen: a new table or field is a new PACKAGE_SCHEMA_VERSION with its own list here.

/** The package schema version this build writes. */
export const PACKAGE_SCHEMA_VERSION = 2;

export interface KnownResource {
  name: string;
  description: string;
  schema: TableSchema;
}

/** Every schema version this build can verify, with its resources in order. */
export const KNOWN_SCHEMAS: Record<number, KnownResource[]> = {
  1: [residentsTable, careEpisodesTable, indicatorsTable],
  /**
   * 2: care's own episodes, relatives and referrals (format/schemas/care-v2.ts); indicators.csv is the whole
   * indicator report (core/reports), small numbers suppressed; the education plans, their goals, each
   * child's schooling (issue 10); daily care's per-child monthly aggregates (issue 11);
   * per child, the document types on file and missing (issue 15).
   */
  2: [
    residentsTable, referralsTable, careEpisodesV2Table, relativesTable, indicatorsV2Table,
    educationPlansTable, educationGoalsTable, schoolingSummaryTable,
    dailyAggregatesTable, documentStatusTable,
  ],
};
