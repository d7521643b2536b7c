import { sql } from 'kysely';
import type { ReadDb } from '../../db/read';
import type { Period } from '../format/period';

// THE children in a period's package, for every file of it and the pre-check: a child is in the
// package of period P when any admission of theirs (a care episode of kind 'admission', not
// voided) began on or before P's last day — or, for a child with no admission episode (older
// data), when residents.admission_date is on or before it. residents.admission_date alone is the
// *current* stay's: a child in care during P, gone, and re-admitted after P would be missing.
// A child who left before P began is still listed (the register is cumulative), as left.
// docs/package-format.md §13 says the same.

/** The alias of the `residents` table in the query the condition goes into. */
type ResidentsAlias = 'residents' | 'r';

const admissions = (alias: ResidentsAlias) =>
  sql`care_episodes a WHERE a.resident_id = ${sql.ref(`${alias}.id`)} AND a.kind = 'admission' AND a.voided_at IS NULL`;

/** The condition "this child is in the package of the period ending `end`", on `residents` (as `alias`). */
export function inPackageCondition(end: string, alias: ResidentsAlias = 'residents') {
  return sql<boolean>`(EXISTS (SELECT 1 FROM ${admissions(alias)} AND a.started_on <= ${end})
    OR (${sql.ref(`${alias}.admission_date`)} <= ${end} AND NOT EXISTS (SELECT 1 FROM ${admissions(alias)})))`;
}

/** The ids of the children in the period's package: a subquery, for `where('resident_id', 'in', …)`. */
export function packageChildIds(db: ReadDb, period: Period) {
  return db.selectFrom('residents').select('residents.id').where(inPackageCondition(period.end));
}

/** The ids of the children in the period's package, as a set. */
export async function packageChildSet(db: ReadDb, period: Period): Promise<Set<string>> {
  return new Set((await packageChildIds(db, period).execute()).map((r) => r.id));
}

/**
 * The stay that covered the period's last day (its latest admission begun by then), as columns of
 * `residents` (alias 'r'): its admission date, and the register's status as it stood that day —
 * discharged if the stay's exit came by then, else by the admission's placement. A child with no
 * admission episode keeps the register's own values.
 */
export function stayAtEnd(end: string) {
  const latest = (column: 'started_on' | 'placement') =>
    sql`(SELECT ${sql.ref(`a.${column}`)} FROM ${admissions('r')} AND a.started_on <= ${end} ORDER BY a.started_on DESC LIMIT 1)`;
  const admittedOn = sql<string>`coalesce(${latest('started_on')}, r.admission_date)`;
  const status = sql<string>`CASE
    WHEN NOT EXISTS (SELECT 1 FROM ${admissions('r')} AND a.started_on <= ${end}) THEN r.status
    WHEN EXISTS (SELECT 1 FROM care_episodes e WHERE e.resident_id = r.id AND e.kind = 'exit' AND e.voided_at IS NULL
      AND e.started_on <= ${end} AND e.started_on >= ${latest('started_on')}) THEN 'discharged'
    WHEN ${latest('placement')} = 'day_care' THEN 'day_attendee'
    ELSE 'resident' END`;
  return { admittedOn, status };
}
