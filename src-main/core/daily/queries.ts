import type { ReadDb } from '../db/read';
import { inCareCondition } from '../care/queries';

// Kysely reads of the daily care records.

/**
 * The children in care on a date, by care's one rule (core/care/queries.ts inCareCondition: an
 * admission episode on or before the date and no exit since, so a child on leave, missing or
 * re-admitted is in care, and one discharged is not after the exit day), with a group; the group
 * is the register's. Returns a query of residents; callers add columns.
 */
export function inCareOn(db: ReadDb, date: string, group?: string) {
  let q = db.selectFrom('residents').where(inCareCondition('residents.id', date)).where('group_name', '!=', '');
  if (group !== undefined) q = q.where('group_name', '=', group);
  return q;
}

export const CHILD_COLUMNS = ['id', 'last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth', 'group_name', 'sort_key'] as const;

/** The children in care on a date in a group, in name order. */
export function childrenInCare(db: ReadDb, date: string, group: string) {
  return inCareOn(db, date, group).select(CHILD_COLUMNS).orderBy('sort_key').orderBy('id').execute();
}

/** The marks saved for a group's day (including children who have left the group or care since). */
export function marksOf(db: ReadDb, date: string, group: string) {
  return db
    .selectFrom('attendance')
    .select(['resident_id', 'status', 'note', 'created_at'])
    .where('date', '=', date)
    .where('group_name', '=', group)
    .execute();
}

export function rollCallOf(db: ReadDb, date: string, group: string) {
  return db.selectFrom('roll_calls').selectAll().where('date', '=', date).where('group_name', '=', group).executeTakeFirst();
}

/** These children as the roll call shows them (those with a mark that are no longer in the group). */
export function childrenByIds(db: ReadDb, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('residents').select(CHILD_COLUMNS).where('id', 'in', [...ids]).execute();
}

/** In-care children per group on a date, and when each group's first current child was admitted. */
export function groupsInCare(db: ReadDb, date: string) {
  return inCareOn(db, date)
    .select((eb) => ['group_name', eb.fn.countAll<number>().as('children'), eb.fn.min<string>('admission_date').as('since')])
    .groupBy('group_name')
    .execute();
}

export function rollCallsBetween(db: ReadDb, from: string, to: string) {
  return db.selectFrom('roll_calls').select(['date', 'group_name']).where('date', '>=', from).where('date', '<=', to).execute();
}

export function countsOfDay(db: ReadDb, date: string) {
  return db
    .selectFrom('attendance')
    .select((eb) => ['group_name', 'status', eb.fn.countAll<number>().as('n')])
    .where('date', '=', date)
    .groupBy(['group_name', 'status'])
    .execute();
}

const NOTE_COLUMNS = [
  'care_notes.id', 'care_notes.resident_id', 'residents.last_name', 'residents.first_name', 'care_notes.date', 'care_notes.time',
  'care_notes.kind', 'care_notes.text', 'care_notes.author', 'care_notes.created_at',
] as const;

export function notesOfDay(db: ReadDb, date: string, limit: number) {
  return db
    .selectFrom('care_notes')
    .innerJoin('residents', 'residents.id', 'care_notes.resident_id')
    .select(NOTE_COLUMNS)
    .where('care_notes.date', '=', date)
    .where('care_notes.voided_at', 'is', null)
    .orderBy('care_notes.time', 'desc')
    .orderBy('care_notes.id', 'desc')
    .limit(limit)
    .execute();
}

export function noteKindsOfDay(db: ReadDb, date: string) {
  return db
    .selectFrom('care_notes')
    .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
    .where('date', '=', date)
    .where('voided_at', 'is', null)
    .groupBy('kind')
    .execute();
}

export function notesOfChild(db: ReadDb, residentId: string, from: string, to: string) {
  return db
    .selectFrom('care_notes')
    .innerJoin('residents', 'residents.id', 'care_notes.resident_id')
    .select(NOTE_COLUMNS)
    .where('care_notes.resident_id', '=', residentId)
    .where('care_notes.date', '>=', from)
    .where('care_notes.date', '<=', to)
    .where('care_notes.voided_at', 'is', null)
    .orderBy('care_notes.date', 'desc')
    .orderBy('care_notes.time', 'desc')
    .execute();
}

export function marksOfChild(db: ReadDb, residentId: string, from: string, to: string) {
  return db
    .selectFrom('attendance')
    .select(['date', 'status', 'note'])
    .where('resident_id', '=', residentId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
}
