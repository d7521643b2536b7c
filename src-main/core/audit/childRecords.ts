import type { SelectQueryBuilder } from 'kysely';
import type { ReadDb } from '../db/read';
import type { DB } from '../db/types';

// A child's History tab shows every audit entry about the child: the entries on the child's own
// record (entity `resident`, where the daily, education and residents domains write) and those
// on records that belong to the child in other domains (a care episode, a case plan, a relative, a
// document…). Each domain that audits such records under its own entity names them here, as a
// subquery of the record ids of one child; `core/residents/historySources.ts` lists the domains.

export interface ChildRecordSource {
  /** The audit entity, e.g. `care_episode`. */
  entity: string;
  /** The ids of this child's records of that entity (one column). */
  ids(db: ReadDb, residentId: string): SelectQueryBuilder<DB, keyof DB, { id: string }>;
}
