import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { DB, ResidentsTable } from '../db/types';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { roleCan } from '../contract/permissions';
import { uuidv7 } from '../ids';
import { guardClosedResident } from './closed';
import { azCollator, buildSearchKey, foldForSearch, searchTokens } from '../text/fold';
import { byScoreThenSortKey, personSortKey, searchScore } from '../text/person';
import {
  residentDateIssues,
  type DuplicateCandidate,
  type ResidentCreate,
  type ResidentDto,
  type ResidentFields,
  type ResidentListItem,
  type ResidentListQuery,
  type ResidentPage,
  type ResidentUpdate,
} from './schema';
import {
  distinctGroups,
  findByFin,
  findPossibleDuplicates,
  findResident,
  listResidents,
  searchCandidates,
  type ResidentRow,
  listByIds,
} from './queries';
import { personOf } from '../person/row';
import { followAdmissionEdit, registerEpisodes } from '../care/register';
import { childrenMissingDocuments } from '../documents/service';

type ListRow = Pick<
  ResidentRow,
  | 'id' | 'fin' | 'last_name' | 'first_name' | 'patronymic' | 'sex' | 'date_of_birth' | 'group_name'
  | 'status' | 'admission_date' | 'disability'
>;

function toListItem(r: ListRow): ResidentListItem {
  const p = personOf(r);
  return {
    id: p.id,
    fin: p.fin,
    lastName: p.lastName,
    firstName: p.firstName,
    patronymic: p.patronymic,
    sex: p.sex,
    dateOfBirth: r.date_of_birth,
    groupName: r.group_name,
    status: r.status as ResidentListItem['status'],
    admissionDate: r.admission_date,
    disability: r.disability === 1,
  };
}

/** Row → DTO. Diagnosis only for roles that may see medical details. */
export function toResidentDto(r: ResidentRow, canSeeMedical: boolean): ResidentDto {
  return {
    ...toListItem(r),
    version: r.version,
    birthCertificate: r.birth_certificate,
    placeOfBirth: r.place_of_birth,
    citizenship: r.citizenship,
    legalStatus: r.legal_status as ResidentDto['legalStatus'],
    disabilityDegree: r.disability_degree as ResidentDto['disabilityDegree'],
    disabilityDiagnosis: canSeeMedical ? r.disability_diagnosis : null,
    room: r.room,
    keyWorker: r.key_worker,
    admissionBasis: r.admission_basis as ResidentDto['admissionBasis'],
    admissionDecisionNumber: r.admission_decision_number,
    admissionDecisionDate: r.admission_decision_date,
    admissionAuthority: r.admission_authority,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const canSeeMedical = (ctx: Ctx) => roleCan(ctx.actor.role, 'residents.medical');

export function nameKeyOf(v: { lastName: string; firstName: string; patronymic: string }): string {
  return foldForSearch(`${v.lastName} ${v.firstName} ${v.patronymic}`);
}

/** Columns derived from the fields: what SQL searches, sorts and matches duplicates by. */
export function residentColumns(v: ResidentFields): Omit<ResidentsTable, 'id' | 'version' | 'created_at' | 'updated_at'> {
  const compactCert = v.birthCertificate?.replace(/[^A-Z0-9]/g, '') ?? null;
  return {
    fin: v.fin,
    birth_certificate: v.birthCertificate,
    last_name: v.lastName,
    first_name: v.firstName,
    patronymic: v.patronymic,
    sex: v.sex,
    date_of_birth: v.dateOfBirth,
    place_of_birth: v.placeOfBirth,
    citizenship: v.citizenship,
    legal_status: v.legalStatus,
    disability: v.disability ? 1 : 0,
    disability_degree: v.disability ? v.disabilityDegree : null,
    disability_diagnosis: v.disability ? v.disabilityDiagnosis : '',
    group_name: v.groupName,
    room: v.room,
    key_worker: v.keyWorker,
    status: v.status,
    admission_date: v.admissionDate,
    admission_basis: v.admissionBasis,
    admission_decision_number: v.admissionDecisionNumber,
    admission_decision_date: v.admissionDecisionDate,
    admission_authority: v.admissionAuthority,
    notes: v.notes,
    search_key: buildSearchKey([v.lastName, v.firstName, v.patronymic, v.fin, v.birthCertificate, compactCert]),
    name_key: nameKeyOf(v),
    sort_key: personSortKey(v),
  };
}

function fieldsOf(input: ResidentCreate | ResidentUpdate): ResidentFields {
  const { confirmDuplicate: _c, ...rest } = input as ResidentCreate & { id?: string; version?: number };
  delete (rest as { id?: string }).id;
  delete (rest as { version?: number }).version;
  delete (rest as { reason?: string }).reason;
  return rest;
}

async function checkRules(trx: Kysely<DB>, ctx: Ctx, v: ResidentFields, confirm: boolean, selfId?: string) {
  const issues = residentDateIssues(v, todayOf(ctx));
  if (issues.length) throw invalid(issues);
  if (v.fin) {
    const other = await findByFin(trx, v.fin);
    if (other && other.id !== selfId) {
      throw new AppError('conflict', 'residents.finTaken', { fin: v.fin }, [{ path: 'fin', message: 'residents.finTakenField' }]);
    }
  }
  if (confirm) return;
  const dups = await findPossibleDuplicates(
    trx,
    { nameKey: nameKeyOf(v), dateOfBirth: v.dateOfBirth, birthCertificate: v.birthCertificate },
    selfId,
  );
  if (dups.length) {
    const details: DuplicateCandidate[] = dups.map((d) => ({
      id: d.id,
      lastName: d.last_name,
      firstName: d.first_name,
      patronymic: d.patronymic,
      dateOfBirth: d.date_of_birth,
      birthCertificate: d.birth_certificate,
      reason: d.birth_certificate && d.birth_certificate === v.birthCertificate ? 'birth_certificate' : 'name_and_birth_date',
    }));
    throw new AppError('duplicate', 'residents.possibleDuplicate', { count: details.length }, undefined, details);
  }
}

export async function createResident(ctx: Ctx, input: ResidentCreate): Promise<ResidentDto> {
  const v = fieldsOf(input);
  return writeTx(ctx, async (trx, audit) => {
    await checkRules(trx, ctx, v, input.confirmDuplicate);
    const now = ctx.now().toISOString();
    const row: ResidentsTable = { id: uuidv7(ctx.now().getTime()), version: 1, created_at: now, updated_at: now, ...residentColumns(v) };
    await trx.insertInto('residents').values(row).execute();
    // A child entered straight into the register: its admission (and exit) as care episodes.
    await registerEpisodes(trx, row, ctx.now());
    const dto = toResidentDto(row, true);
    await audit({ action: 'resident.create', entity: 'resident', entityId: row.id, after: dto });
    // A child admitted in a period whose package is already exported is missing from it.
    await guardClosedResident(trx, ctx, audit, { id: row.id, before: dto, after: dto, changed: Object.keys(dto), reason: input.reason });
    return toResidentDto(row, canSeeMedical(ctx));
  });
}

export async function updateResident(ctx: Ctx, input: ResidentUpdate): Promise<ResidentDto> {
  const v = fieldsOf(input);
  return writeTx(ctx, async (trx, audit) => {
    const current = await findResident(trx, input.id);
    if (!current) throw new AppError('not_found', 'residents.notFound');
    if (current.version !== input.version) throw new AppError('conflict', 'errors.staleVersion');
    // A role that cannot see the diagnosis cannot have erased it by saving a form without it.
    if (!canSeeMedical(ctx)) {
      v.disabilityDiagnosis = v.disability ? current.disability_diagnosis : '';
    }
    await checkRules(trx, ctx, v, input.confirmDuplicate, input.id);
    const now = ctx.now().toISOString();
    const row: ResidentsTable = {
      ...current,
      ...residentColumns(v),
      // The status is derived from the care episodes (core/care), never typed here.
      status: current.status,
      version: current.version + 1,
      updated_at: now,
    };
    const before = toResidentDto(current, true);
    const after = toResidentDto(row, true);
    const changed = Object.keys(after).filter(
      (k) => k !== 'version' && k !== 'updatedAt' && JSON.stringify(before[k as keyof ResidentDto]) !== JSON.stringify(after[k as keyof ResidentDto]),
    );
    if (changed.length === 0) return toResidentDto(current, canSeeMedical(ctx));
    await guardClosedResident(trx, ctx, audit, { id: input.id, before, after, changed, reason: input.reason });
    await trx.updateTable('residents').set(row).where('id', '=', input.id).execute();
    const pick = (d: ResidentDto) => Object.fromEntries(changed.map((k) => [k, d[k as keyof ResidentDto]]));
    await audit({ action: 'resident.update', entity: 'resident', entityId: input.id, before: pick(before), after: pick(after) });
    // The admission fields are the current stay's admission episode's: it moves with them.
    await followAdmissionEdit(trx, audit, current, row, ctx.now());
    return toResidentDto(row, canSeeMedical(ctx));
  });
}

export async function getResident(ctx: Ctx, id: string): Promise<ResidentDto> {
  const r = await findResident(ctx.db, id);
  if (!r) throw new AppError('not_found', 'residents.notFound');
  return toResidentDto(r, canSeeMedical(ctx));
}

export async function listResidentPage(ctx: Ctx, q: ResidentListQuery): Promise<ResidentPage> {
  let onlyIds: string[] | undefined;
  if (q.documentsMissing) {
    // Who lacks which document is the documents' to say, and only to the roles that read them.
    if (!roleCan(ctx.actor.role, 'documents.read')) throw new AppError('forbidden', 'errors.forbidden');
    onlyIds = await childrenMissingDocuments(ctx.db, todayOf(ctx));
  }
  const { total, rows } = await listResidents(ctx.db, q, todayOf(ctx), onlyIds);
  return { total, rows: rows.map(toListItem) };
}

/** These children as list rows, in name order; ids of no child are left out. */
export async function residentsByIds(ctx: Ctx, ids: readonly string[]): Promise<ResidentListItem[]> {
  return (await listByIds(ctx.db, ids)).map(toListItem);
}

export async function residentGroups(ctx: Ctx): Promise<string[]> {
  const rows = await distinctGroups(ctx.db);
  return rows.map((r) => r.group_name).sort(azCollator.compare);
}

/**
 * Name, patronymic, FIN or birth-certificate search, best first: whole-word matches before
 * prefixes, surname before given name, current children before former ones, then az order.
 */
export async function searchResidents(
  ctx: Ctx,
  input: { query: string; limit: number; includeFormer: boolean },
): Promise<ResidentListItem[]> {
  const tokens = searchTokens(input.query);
  if (tokens.length === 0) return [];
  const rows = await searchCandidates(ctx.db, tokens, input.includeFormer, 2000);
  const scored = rows.map((r) => ({
    r,
    sortKey: r.sort_key,
    score: searchScore(r.search_key, tokens) + (r.status !== 'discharged' ? 1 : 0),
  }));
  scored.sort(byScoreThenSortKey);
  return scored.slice(0, input.limit).map((s) => toListItem(s.r));
}
