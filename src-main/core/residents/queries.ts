import { sql, type Selectable } from 'kysely';
import { selectCompiledOnce } from '../db/compiled';
import type { ResidentsTable } from '../db/types';
import type { ReadDb } from '../db/read';
import { searchTokens } from '../text/fold';
import { prefixRange, whereResidentTokens } from '../db/search';
import { addYears, type ResidentListQuery } from './schema';

export type ResidentRow = Selectable<ResidentsTable>;

export function findResident(db: ReadDb, id: string): Promise<ResidentRow | undefined> {
  return db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByFin(db: ReadDb, fin: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('residents').select('id').where('fin', '=', fin).executeTakeFirst();
}

/** Same folded name and date of birth, or same birth certificate: a possible second record of one child. */
export function findPossibleDuplicates(
  db: ReadDb,
  v: { nameKey: string; dateOfBirth: string; birthCertificate: string | null },
  excludeId?: string,
) {
  let q = db
    .selectFrom('residents')
    .select(['id', 'last_name', 'first_name', 'patronymic', 'date_of_birth', 'birth_certificate', 'name_key'])
    .where((eb) => {
      const byName = eb.and([eb('name_key', '=', v.nameKey), eb('date_of_birth', '=', v.dateOfBirth)]);
      return v.birthCertificate ? eb.or([byName, eb('birth_certificate', '=', v.birthCertificate)]) : byName;
    });
  if (excludeId) q = q.where('id', '!=', excludeId);
  return q.limit(20).execute();
}

/** Every word of the query must begin some word of the search key (fold-tolerant, any order): by the word table. */
const whereTokens = whereResidentTokens;

function filtered(db: ReadDb, f: ResidentListQuery, today: string, onlyIds?: readonly string[]) {
  let q = db.selectFrom('residents');
  if (onlyIds) q = q.where('id', 'in', db.selectFrom(sql<{ value: string }>`json_each(${JSON.stringify(onlyIds)})`.as('j')).select('j.value'));
  if (f.status === 'current') q = q.where('status', 'in', ['resident', 'day_attendee']);
  else if (f.status !== 'all') q = q.where('status', '=', f.status);
  if (f.groupName) q = q.where('group_name', '=', f.groupName);
  if (f.sex) q = q.where('sex', '=', f.sex);
  if (f.disability !== undefined) q = q.where('disability', '=', f.disability ? 1 : 0);
  // Age in whole years today: age >= min ⇔ born on or before today − min years.
  if (f.ageMin !== undefined) q = q.where('date_of_birth', '<=', addYears(today, -f.ageMin));
  if (f.ageMax !== undefined) q = q.where('date_of_birth', '>', addYears(today, -(f.ageMax + 1)));
  return whereTokens(q, searchTokens(f.query));
}

const LIST_COLUMNS = [
  'id', 'fin', 'last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth', 'group_name', 'status',
  'admission_date', 'disability',
] as const;

/** `onlyIds`: a filter computed elsewhere (the children missing a document). */
export async function listResidents(db: ReadDb, f: ResidentListQuery, today: string, onlyIds?: readonly string[]) {
  const base = filtered(db, f, today, onlyIds);
  const totalRow = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let q = base.select(LIST_COLUMNS);
  const dir = f.dir;
  if (f.sort === 'name') q = q.orderBy('sort_key', dir);
  else if (f.sort === 'dateOfBirth') q = q.orderBy('date_of_birth', dir).orderBy('sort_key', 'asc');
  else q = q.orderBy('admission_date', dir).orderBy('sort_key', 'asc');
  const rows = await q.orderBy('id').limit(f.limit).offset(f.offset).execute();
  return { total: Number(totalRow.n), rows };
}

/** The list rows of these children, in the register's name order (a dashboard signal's list). */
export function listByIds(db: ReadDb, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('residents')
    .select(LIST_COLUMNS)
    .where('id', 'in', db.selectFrom(sql<{ value: string }>`json_each(${JSON.stringify(ids)})`.as('j')).select('j.value'))
    .orderBy('sort_key')
    .execute();
}

const SEARCH_COLUMNS = [...LIST_COLUMNS, 'search_key', 'sort_key', 'birth_certificate'] as const;
export type SearchCandidate = Pick<ResidentRow, (typeof SEARCH_COLUMNS)[number]>;

/** The candidates as Kysely builds them (whereResidentTokens): the reference of `searchCandidates`' SQL. */
export function searchCandidatesQuery(db: ReadDb, tokens: string[], includeFormer: boolean, cap: number) {
  let q = db.selectFrom('residents');
  if (!includeFormer) q = q.where('status', '!=', 'discharged');
  return whereTokens(q, tokens).select(SEARCH_COLUMNS).orderBy('sort_key').limit(cap);
}

/**
 * The hottest query of the register (every keystroke of the search box), compiled once per shape
 * (how many words, former children or not: db/compiled.ts); each call binds its words. The
 * parameters in Kysely's order: the status (when former children are left out), each word's
 * range, the cap.
 */
export function searchCandidates(db: ReadDb, tokens: string[], includeFormer: boolean, cap: number): Promise<SearchCandidate[]> {
  return selectCompiledOnce(db, `residents.search:${tokens.length}:${includeFormer}`, () => searchCandidatesQuery(db, tokens, includeFormer, cap), searchParameters(tokens, includeFormer, cap));
}

export function searchParameters(tokens: string[], includeFormer: boolean, cap: number): unknown[] {
  const params: unknown[] = includeFormer ? [] : ['discharged'];
  for (const t of tokens) params.push(...prefixRange(t));
  params.push(cap);
  return params;
}

export function distinctGroups(db: ReadDb) {
  return db
    .selectFrom('residents')
    .select('group_name')
    .distinct()
    .where('group_name', '!=', '')
    .where('status', '!=', 'discharged')
    .execute();
}
