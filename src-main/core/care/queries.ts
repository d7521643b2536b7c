import { sql, type Kysely, type Selectable } from 'kysely';
import { oncePerSnapshot, type ReadDb } from '../db/read';
import type { CareEpisodesTable, DB } from '../db/types';
import type { CareStatus } from './schema';

// Kysely reads of care episodes, and the pure rules that derive a child's status from them. Other
// domains ask "who is in care on this day" here (daily care's roll call, reports): inCareOn,
// residentsInCare.

export type EpisodeRow = Selectable<CareEpisodesTable>;
type Db = ReadDb | Kysely<DB>;

/** A child's episodes (voided ones left out) in the order they happened. */
export async function episodesOf(db: Db, residentId: string): Promise<EpisodeRow[]> {
  const rows = await db
    .selectFrom('care_episodes')
    .selectAll()
    .where('resident_id', '=', residentId)
    .where('voided_at', 'is', null)
    .execute();
  return sortEpisodes(rows);
}

const KIND_ORDER: Record<string, number> = { admission: 0, leave: 1, missing: 1, exit: 2 };

/** Date order; on one day an admission first and an exit last. */
export function sortEpisodes<T extends Pick<EpisodeRow, 'started_on' | 'kind' | 'created_at'>>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      a.started_on.localeCompare(b.started_on) ||
      (KIND_ORDER[a.kind] ?? 1) - (KIND_ORDER[b.kind] ?? 1) ||
      a.created_at.localeCompare(b.created_at),
  );
}

/** The last stay: its admission, its exit if it has one, and what happened in between. */
export function lastStay(sorted: readonly EpisodeRow[]): { admission: EpisodeRow; exit: EpisodeRow | null; events: EpisodeRow[] } | null {
  let start = -1;
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (sorted[i]!.kind === 'admission') {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  const events = sorted.slice(start + 1);
  return { admission: sorted[start]!, exit: events.find((e) => e.kind === 'exit') ?? null, events: events.filter((e) => e.kind !== 'exit') };
}

/** The open leave or missing episode of a stay in progress. */
export function openAbsence(sorted: readonly EpisodeRow[]): EpisodeRow | null {
  const stay = lastStay(sorted);
  if (!stay || stay.exit) return null;
  return stay.events.find((e) => (e.kind === 'leave' || e.kind === 'missing') && e.ended_on === null) ?? null;
}

/** The child's status, from the episodes alone. */
export function deriveStatus(sorted: readonly EpisodeRow[]): CareStatus {
  const stay = lastStay(sorted);
  if (!stay) return 'referred';
  if (stay.exit) return 'discharged';
  const away = openAbsence(sorted);
  if (away) return away.kind === 'missing' ? 'missing' : 'on_leave';
  return stay.admission.placement === 'day_care' ? 'day_attendee' : 'resident';
}

/** The register's coarser status (residents.status, which packages and lists read). */
export function registerStatus(s: CareStatus): 'resident' | 'day_attendee' | 'discharged' {
  if (s === 'day_attendee' || s === 'discharged') return s;
  return 'resident';
}

/**
 * THE rule "in care on a day", as a condition on a column holding a resident's id: an admission
 * on or before the day with no exit between it and the day (the exit day is the first day out of
 * care). A child on leave or missing is in care; a re-admitted child is in care again from the new
 * admission. Daily care's roll call (core/daily/queries.ts) and inCareOn below both use it.
 */
export function inCareCondition(residentIdColumn: string, date: string) {
  return sql<boolean>`EXISTS (SELECT 1 FROM care_episodes a
    WHERE a.resident_id = ${sql.ref(residentIdColumn)} AND a.kind = 'admission' AND a.voided_at IS NULL AND a.started_on <= ${date}
      AND NOT EXISTS (SELECT 1 FROM care_episodes e WHERE e.resident_id = a.resident_id AND e.kind = 'exit'
        AND e.voided_at IS NULL AND e.started_on >= a.started_on AND e.started_on <= ${date}))`;
}

/** The children in care on a day (inCareCondition's rule). A pure query, for daily care and reports. */
export async function inCareOn(db: Db, date: string): Promise<string[]> {
  const rows = await db.selectFrom('residents').select('id').where(inCareCondition('residents.id', date)).orderBy('id').execute();
  return rows.map((r) => r.id);
}

export interface InCareRow {
  residentId: string;
  placement: 'resident' | 'day_care';
  /** Where the child is that day: here, on leave, or missing. */
  presence: 'in' | 'on_leave' | 'missing';
  groupName: string;
}

/** The children in care on a day (optionally of one group), with their placement and whether they are away. */
export async function residentsInCare(db: Db, date: string, group?: string): Promise<InCareRow[]> {
  const rows = await sql<{ resident_id: string; placement: 'resident' | 'day_care'; group_name: string; away: string | null }>`
    SELECT a.resident_id, a.placement, r.group_name,
      (SELECT x.kind FROM care_episodes x WHERE x.resident_id = a.resident_id AND x.kind IN ('leave','missing')
         AND x.voided_at IS NULL AND x.started_on <= ${date} AND (x.ended_on IS NULL OR x.ended_on > ${date})
         AND x.started_on >= a.started_on ORDER BY x.started_on DESC LIMIT 1) AS away
    FROM care_episodes a JOIN residents r ON r.id = a.resident_id
    WHERE a.kind = 'admission' AND a.voided_at IS NULL AND a.started_on <= ${date}
      AND NOT EXISTS (SELECT 1 FROM care_episodes e WHERE e.resident_id = a.resident_id AND e.kind = 'exit'
        AND e.voided_at IS NULL AND e.started_on >= a.started_on AND e.started_on <= ${date})
      AND (${group ?? null} IS NULL OR r.group_name = ${group ?? null})
    ORDER BY r.sort_key, a.resident_id`.execute(db);
  return rows.rows.map((r) => ({
    residentId: r.resident_id,
    placement: r.placement,
    presence: r.away === 'missing' ? 'missing' : r.away === 'leave' ? 'on_leave' : 'in',
    groupName: r.group_name,
  }));
}

/**
 * Each child in care today with the admission that began the current stay (for the signals:
 * long stays, orders, emergency admissions).
 */
export async function currentAdmissions(db: Db, today: string): Promise<EpisodeRow[]> {
  // Six dashboard signals ask this within one snapshot: once per readTx (db/read.ts), not six times.
  // The rows are shared: callers filter and map, never change them.
  return oncePerSnapshot(db, `care.currentAdmissions:${today}`, () => currentAdmissionsNow(db, today));
}

function currentAdmissionsNow(db: Db, today: string): Promise<EpisodeRow[]> {
  return db
    .selectFrom('care_episodes as a')
    .selectAll('a')
    .where('a.kind', '=', 'admission')
    .where('a.voided_at', 'is', null)
    .where('a.started_on', '<=', today)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('care_episodes as n')
            .select('n.id')
            .whereRef('n.resident_id', '=', 'a.resident_id')
            .where('n.voided_at', 'is', null)
            .where((eb) => eb.or([eb('n.kind', '=', 'exit'), eb('n.kind', '=', 'admission')]))
            .whereRef('n.started_on', '>=', 'a.started_on')
            .whereRef('n.id', '!=', 'a.id')
            .where('n.started_on', '<=', today),
        ),
      ),
    )
    .execute();
}
