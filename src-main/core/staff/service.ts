import type { Kysely } from 'kysely';
import type { ReadDb } from '../db/read';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { DB, StaffTable, StaffTrainingsTable } from '../db/types';
import { writeTx } from '../db/write';
import { whereSearchTokens } from '../db/search';
import { AppError, invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import { buildSearchKey, searchTokens } from '../text/fold';
import { byScoreThenSortKey, personSortKey, searchScore } from '../text/person';
import { changedFields } from '../audit/diff';
import {
  staffDateIssues,
  type StaffDto,
  type StaffFields,
  type StaffListItem,
  type StaffListQuery,
  type StaffPage,
  type StaffTrainingDto,
  type StaffUpdate,
  type TrainingAdd,
  type TrainingFields,
  type TrainingUpdate,
} from './schema';
import { accountOf, findStaff, findStaffByFin, findTraining, listStaff, trainingsOf, type StaffRow, type TrainingRow } from './queries';
import { personOf } from '../person/row';

type ListRow = Pick<
  StaffRow,
  | 'id' | 'fin' | 'last_name' | 'first_name' | 'patronymic' | 'sex' | 'position' | 'department'
  | 'employment_type' | 'hired_date' | 'left_date' | 'phone'
>;

function toListItem(r: ListRow, today: string): StaffListItem {
  return {
    ...personOf(r),
    position: r.position as StaffListItem['position'],
    department: r.department,
    employmentType: r.employment_type as StaffListItem['employmentType'],
    hiredDate: r.hired_date,
    leftDate: r.left_date,
    phone: r.phone,
    current: r.left_date === null || r.left_date > today,
  };
}

function toTrainingDto(r: TrainingRow): StaffTrainingDto {
  return {
    id: r.id,
    staffId: r.staff_id,
    version: r.version,
    title: r.title,
    provider: r.provider,
    date: r.date,
    hours: r.hours,
    certificateNumber: r.certificate_number,
  };
}

/** The staff member's own fields, as the audit log records them (no trainings, no account). */
export function auditView(r: StaffRow) {
  return {
    fin: r.fin,
    lastName: r.last_name,
    firstName: r.first_name,
    patronymic: r.patronymic,
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    position: r.position,
    department: r.department,
    employmentType: r.employment_type,
    hiredDate: r.hired_date,
    leftDate: r.left_date,
    education: r.education === '' ? null : r.education,
    qualification: r.qualification,
    phone: r.phone,
    email: r.email,
    notes: r.notes,
  };
}

function trainingAuditView(r: TrainingRow) {
  return {
    trainingId: r.id,
    title: r.title,
    provider: r.provider,
    date: r.date,
    hours: r.hours,
    certificateNumber: r.certificate_number,
  };
}

/** Columns derived from the fields: what SQL searches and sorts by. */
export function staffColumns(v: StaffFields): Omit<StaffTable, 'id' | 'version' | 'created_at' | 'updated_at'> {
  return {
    fin: v.fin,
    last_name: v.lastName,
    first_name: v.firstName,
    patronymic: v.patronymic,
    sex: v.sex,
    date_of_birth: v.dateOfBirth,
    position: v.position,
    department: v.department,
    employment_type: v.employmentType,
    hired_date: v.hiredDate,
    left_date: v.leftDate,
    education: v.education ?? '',
    qualification: v.qualification,
    phone: v.phone,
    email: v.email,
    notes: v.notes,
    search_key: buildSearchKey([v.lastName, v.firstName, v.patronymic, v.fin, v.department]),
    sort_key: personSortKey(v),
  };
}

async function checkRules(trx: Kysely<DB>, ctx: Ctx, v: StaffFields, selfId?: string) {
  const issues = staffDateIssues(v, todayOf(ctx));
  if (issues.length) throw invalid(issues);
  if (v.fin) {
    const other = await findStaffByFin(trx, v.fin);
    if (other && other.id !== selfId) {
      throw new AppError('conflict', 'staff.finTaken', { fin: v.fin }, [{ path: 'fin', message: 'staff.finTakenField' }]);
    }
  }
}

async function toDto(db: ReadDb, r: StaffRow, today: string): Promise<StaffDto> {
  const [trainings, account] = await Promise.all([trainingsOf(db, r.id), accountOf(db, r.id)]);
  return {
    ...toListItem(r, today),
    version: r.version,
    dateOfBirth: r.date_of_birth,
    education: r.education === '' ? null : (r.education as StaffDto['education']),
    qualification: r.qualification,
    email: r.email,
    notes: r.notes,
    trainings: trainings.map(toTrainingDto),
    account: account ? { userId: account.id, username: account.username, role: account.role, active: account.active === 1 } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function fieldsOf(input: StaffUpdate): StaffFields {
  const { id: _id, version: _v, ...rest } = input;
  return rest;
}

export async function createStaff(ctx: Ctx, v: StaffFields): Promise<StaffDto> {
  const row = await writeTx(ctx, async (trx, audit) => {
    await checkRules(trx, ctx, v);
    const now = ctx.now().toISOString();
    const row: StaffTable = { id: uuidv7(ctx.now().getTime()), version: 1, created_at: now, updated_at: now, ...staffColumns(v) };
    await trx.insertInto('staff').values(row).execute();
    await audit({ action: 'staff.create', entity: 'staff', entityId: row.id, after: auditView(row) });
    return row;
  });
  return toDto(ctx.db, row, todayOf(ctx));
}

export async function updateStaff(ctx: Ctx, input: StaffUpdate): Promise<StaffDto> {
  const v = fieldsOf(input);
  const row = await writeTx(ctx, async (trx, audit) => {
    const current = await findStaff(trx, input.id);
    if (!current) throw new AppError('not_found', 'staff.notFound');
    if (current.version !== input.version) throw new AppError('conflict', 'errors.staleVersion');
    await checkRules(trx, ctx, v, input.id);
    const row: StaffTable = { ...current, ...staffColumns(v), version: current.version + 1, updated_at: ctx.now().toISOString() };
    const diff = changedFields(auditView(current), auditView(row));
    if (!diff) return current;
    await trx.updateTable('staff').set(row).where('id', '=', input.id).execute();
    await audit({ action: 'staff.update', entity: 'staff', entityId: input.id, before: diff.before, after: diff.after });
    return row;
  });
  return toDto(ctx.db, row, todayOf(ctx));
}

export async function getStaff(ctx: Ctx, id: string): Promise<StaffDto> {
  const r = await findStaff(ctx.db, id);
  if (!r) throw new AppError('not_found', 'staff.notFound');
  return toDto(ctx.db, r, todayOf(ctx));
}

export async function listStaffPage(ctx: Ctx, q: StaffListQuery): Promise<StaffPage> {
  const today = todayOf(ctx);
  const { total, rows } = await listStaff(ctx.db, q, today);
  return { total, rows: rows.map((r) => toListItem(r, today)) };
}

/** Name, FIN or department search, best first; people still working here before former staff. */
export async function searchStaff(ctx: Ctx, input: { query: string; limit: number }): Promise<StaffListItem[]> {
  const tokens = searchTokens(input.query);
  if (tokens.length === 0) return [];
  const today = todayOf(ctx);
  const rows = await whereSearchTokens(ctx.db.selectFrom('staff'), tokens).selectAll().orderBy('sort_key').limit(2000).execute();
  const scored = rows.map((r) => {
    const item = toListItem(r, today);
    return { item, sortKey: r.sort_key, score: searchScore(r.search_key, tokens) + (item.current ? 1 : 0) };
  });
  scored.sort(byScoreThenSortKey);
  return scored.slice(0, input.limit).map((s) => s.item);
}

function trainingColumns(v: TrainingFields) {
  return { title: v.title, provider: v.provider, date: v.date, hours: v.hours, certificate_number: v.certificateNumber };
}

function trainingIssues(ctx: Ctx, v: TrainingFields) {
  if (v.date > todayOf(ctx)) throw invalid([{ path: 'date', message: 'validation.dateFuture' }]);
}

// Trainings are audited on their staff member (entity "staff"), so the staff page's history
// shows them together with the profile's changes.
export async function addTraining(ctx: Ctx, input: TrainingAdd): Promise<StaffTrainingDto> {
  const { staffId, ...v } = input;
  trainingIssues(ctx, v);
  return writeTx(ctx, async (trx, audit) => {
    if (!(await findStaff(trx, staffId))) throw new AppError('not_found', 'staff.notFound');
    const now = ctx.now().toISOString();
    const row: StaffTrainingsTable = {
      id: uuidv7(ctx.now().getTime()),
      staff_id: staffId,
      version: 1,
      created_at: now,
      updated_at: now,
      ...trainingColumns(v),
    };
    await trx.insertInto('staff_trainings').values(row).execute();
    await audit({ action: 'staff.trainingAdd', entity: 'staff', entityId: staffId, after: trainingAuditView(row) });
    return toTrainingDto(row);
  });
}

export async function updateTraining(ctx: Ctx, input: TrainingUpdate): Promise<StaffTrainingDto> {
  const { id, version, ...v } = input;
  trainingIssues(ctx, v);
  return writeTx(ctx, async (trx, audit) => {
    const current = await findTraining(trx, id);
    if (!current) throw new AppError('not_found', 'staff.trainingNotFound');
    if (current.version !== version) throw new AppError('conflict', 'errors.staleVersion');
    const row: TrainingRow = { ...current, ...trainingColumns(v), version: current.version + 1, updated_at: ctx.now().toISOString() };
    const diff = changedFields(trainingAuditView(current), trainingAuditView(row));
    if (!diff) return toTrainingDto(current);
    await trx.updateTable('staff_trainings').set(row).where('id', '=', id).execute();
    await audit({
      action: 'staff.trainingUpdate',
      entity: 'staff',
      entityId: current.staff_id,
      before: { trainingId: id, ...diff.before },
      after: { trainingId: id, ...diff.after },
    });
    return toTrainingDto(row);
  });
}
