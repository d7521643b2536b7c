import type { Selectable } from 'kysely';
import type { StaffTable, StaffTrainingsTable } from '../db/types';
import type { ReadDb } from '../db/read';
import { whereSearchTokens } from '../db/search';
import { searchTokens } from '../text/fold';
import type { StaffListQuery } from './schema';

export type StaffRow = Selectable<StaffTable>;
export type TrainingRow = Selectable<StaffTrainingsTable>;

export function findStaff(db: ReadDb, id: string): Promise<StaffRow | undefined> {
  return db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findStaffByFin(db: ReadDb, fin: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('staff').select('id').where('fin', '=', fin).executeTakeFirst();
}

export function findTraining(db: ReadDb, id: string): Promise<TrainingRow | undefined> {
  return db.selectFrom('staff_trainings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function trainingsOf(db: ReadDb, staffId: string): Promise<TrainingRow[]> {
  return db
    .selectFrom('staff_trainings')
    .selectAll()
    .where('staff_id', '=', staffId)
    .orderBy('date', 'desc')
    .orderBy('id')
    .execute();
}

export function accountOf(db: ReadDb, staffId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'active'])
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
}

const LIST_COLUMNS = [
  'id', 'fin', 'last_name', 'first_name', 'patronymic', 'sex', 'position', 'department', 'employment_type',
  'hired_date', 'left_date', 'phone',
] as const;

/** Current: no leaving date, or one after today. Former: left on or before today. */
function filtered(db: ReadDb, f: StaffListQuery, today: string) {
  let q = db.selectFrom('staff');
  if (f.status === 'current') q = q.where((eb) => eb.or([eb('left_date', 'is', null), eb('left_date', '>', today)]));
  else if (f.status === 'former') q = q.where('left_date', '<=', today);
  if (f.position) q = q.where('position', '=', f.position);
  return whereSearchTokens(q, searchTokens(f.query));
}

export async function listStaff(db: ReadDb, f: StaffListQuery, today: string) {
  const base = filtered(db, f, today);
  const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([...LIST_COLUMNS, 'search_key', 'sort_key'])
    .orderBy('sort_key')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(totalRow.n), rows };
}
