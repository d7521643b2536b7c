import { sql } from 'kysely';
import { oncePerSnapshot, type ReadDb } from '../../db/read';
import type { Period } from '../format/period';

// THE children in a period's package, for every file of it and the pre-check: a child is in the
// package of period P when any admission of theirs (a care episode of kind 'admission', not
// voided) began on or before P's last day — or, for a child with no admission episode (older
// data), when residents.admission_date is on or before it. residents.admission_date alone is the
// *current* stay's: a child in care during P, gone, and re-admitted after P would be missing.
// A child who left before P began is still listed (the register is cumulative), as left.
// docs/package-format.md §13a ("Which children") says the same.

/** The alias of the `residents` table in the query the condition goes into. */
type ResidentsAlias = 'residents' | 'r';

const admissions = (alias: ResidentsAlias) =>
  sql`care_episodes a WHERE a.resident_id = ${sql.ref(`${alias}.id`)} AND a.kind = 'admission' AND a.voided_at IS NULL`;

/** The condition "this child is in the package of the period ending `end`", on `residents` (as `alias`). */
export function inPackageCondition(end: string, alias: ResidentsAlias = 'residents') {
  return sql<boolean>`(EXISTS (SELECT 1 FROM ${admissions(alias)} AND a.started_on <= ${end})
    OR (${sql.ref(`${alias}.admission_date`)} <= ${end} AND NOT EXISTS (SELECT 1 FROM ${admissions(alias)})))`;
}

/**
 * The children of the period's package (`residents` as 'r'), each with the stay that covered the
 * period's last day (its latest admission begun by then, joined as 's'): `admitted_at_end`, that
 * admission's date, and `status_at_end`, the register's status as it stood that day — discharged
 * if the stay's exit came by then (the exit day is the first day out of care), else by the
 * admission's placement. A child with no admission episode keeps the register's own values.
 */
function childrenAtEnd(db: ReadDb, period: Period) {
  const end = period.end;
  return db
    .selectFrom('residents as r')
    .leftJoin('care_episodes as s', (join) =>
      join.on(sql<boolean>`s.id = (SELECT a.id FROM ${admissions('r')} AND a.started_on <= ${end} ORDER BY a.started_on DESC LIMIT 1)`),
    )
    .where(inPackageCondition(end, 'r'))
    .select([
      sql<string>`coalesce(s.started_on, r.admission_date)`.as('admitted_at_end'),
      sql<string>`CASE WHEN s.id IS NULL THEN r.status
        WHEN EXISTS (SELECT 1 FROM care_episodes e WHERE e.resident_id = r.id AND e.kind = 'exit' AND e.voided_at IS NULL
          AND e.started_on >= s.started_on AND e.started_on <= ${end}) THEN 'discharged'
        WHEN s.placement = 'day_care' THEN 'day_attendee'
        ELSE 'resident' END`.as('status_at_end'),
    ]);
}

/**
 * The children of the period's package with their register row (the columns residents.csv and
 * document_status.csv read) and their stay at the period's end, ordered by id: read once per
 * export (one snapshot), shared by the files. Callers must not change the rows.
 */
export function packageChildren(db: ReadDb, period: Period) {
  return oncePerSnapshot(db, `packages.children:${period.end}`, () =>
    childrenAtEnd(db, period)
      .select([
        'r.id', 'r.fin', 'r.birth_certificate', 'r.last_name', 'r.first_name', 'r.patronymic', 'r.sex', 'r.date_of_birth',
        'r.place_of_birth', 'r.citizenship', 'r.legal_status', 'r.disability', 'r.disability_degree',
      ])
      .orderBy('r.id')
      .execute(),
  );
}

/** The ids of the children in the period's package, as a set. */
export async function packageChildSet(db: ReadDb, period: Period): Promise<Set<string>> {
  return new Set((await packageChildren(db, period)).map((r) => r.id));
}
