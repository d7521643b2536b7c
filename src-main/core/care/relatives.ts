import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { DB, RelativesTable } from '../db/types';
import { writeTx, type Audit } from '../db/write';
import { AppError, invalid, type FieldIssue } from '../contract/errors';
import { roleCan } from '../contract/permissions';
import { changedFields } from '../audit/diff';
import { uuidv7 } from '../ids';
import { toRelativeDto } from './rows';
import type { RelativeCreate, RelativeDto, RelativeUpdate } from './schema';

// A child's family: relatives, and siblings in care linked both ways. The address and phone of a
// relative whose contact a decision restricts reach only the roles that write care (the director
// and the social worker): a foster child's address must never reach a violent parent.

const mayKnowRestricted = (ctx: Ctx) => roleCan(ctx.actor.role, 'care.write');

type Fields = Omit<RelativeCreate, 'residentId'>;

export function relativeColumns(v: Fields): Omit<RelativesTable, 'id' | 'resident_id' | 'version' | 'created_at' | 'updated_at'> {
  return {
    relation: v.relation, last_name: v.lastName, first_name: v.firstName, patronymic: v.patronymic, sex: v.sex,
    date_of_birth: v.dateOfBirth, alive: v.alive, parental_rights: v.parentalRights, address: v.address, phone: v.phone,
    address_restricted: v.addressRestricted ? 1 : 0, is_caregiver: v.isCaregiver ? 1 : 0, willing_to_care: v.willingToCare,
    able_to_care: v.ableToCare, barriers: v.barriers, contact_frequency: v.contactFrequency, last_contact_on: v.lastContactOn,
    child_knows: v.childKnows, child_wants_to_live: v.childWantsToLive,
    sibling_resident_id: v.relation === 'sibling' ? v.siblingResidentId : null, notes: v.notes,
    contact_restricted: v.contactRestricted ? 1 : 0, restriction_decision_number: v.restrictionDecisionNumber,
    restriction_decision_date: v.restrictionDecisionDate, restriction_decided_by: v.restrictionDecidedBy ?? '',
  };
}

/** The rules of a relative's dates against today (the import runs them too). */
export function relativeDateIssues(v: Pick<Fields, 'dateOfBirth' | 'lastContactOn'>, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.dateOfBirth && v.dateOfBirth > today) issues.push({ path: 'dateOfBirth', message: 'validation.dateFuture' });
  if (v.lastContactOn && v.lastContactOn > today) issues.push({ path: 'lastContactOn', message: 'validation.dateFuture' });
  return issues;
}

function check(ctx: Ctx, v: Fields, residentId: string): void {
  const today = todayOf(ctx);
  const issues = relativeDateIssues(v, today);
  if (v.siblingResidentId && v.relation !== 'sibling') issues.push({ path: 'siblingResidentId', message: 'care.errors.siblingOnlyForSibling' });
  if (v.siblingResidentId === residentId) issues.push({ path: 'siblingResidentId', message: 'care.errors.siblingSelf' });
  // A restriction names its decision: daily care's refusal of a contact quotes it.
  if (v.contactRestricted && !v.restrictionDecisionNumber) issues.push({ path: 'restrictionDecisionNumber', message: 'validation.required' });
  if (v.contactRestricted && !v.restrictionDecisionDate) issues.push({ path: 'restrictionDecisionDate', message: 'validation.required' });
  if (v.restrictionDecisionDate && v.restrictionDecisionDate > today) issues.push({ path: 'restrictionDecisionDate', message: 'validation.dateFuture' });
  if (issues.length) throw invalid(issues);
}

/** The sibling's side of a link: the other child gets this child as a sibling, once. */
async function linkBack(trx: Kysely<DB>, ctx: Ctx, audit: Audit, childId: string, siblingId: string): Promise<void> {
  const exists = await trx.selectFrom('relatives').select('id').where('resident_id', '=', siblingId).where('sibling_resident_id', '=', childId).executeTakeFirst();
  if (exists) return;
  const child = await trx.selectFrom('residents').select(['last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth']).where('id', '=', childId).executeTakeFirstOrThrow();
  const at = ctx.now().toISOString();
  const row: RelativesTable = {
    id: uuidv7(ctx.now().getTime()), resident_id: siblingId, version: 1, created_at: at, updated_at: at,
    ...relativeColumns({
      relation: 'sibling', lastName: child.last_name, firstName: child.first_name, patronymic: child.patronymic, sex: child.sex,
      dateOfBirth: child.date_of_birth, alive: 'yes', parentalRights: null, address: '', phone: '', addressRestricted: false,
      isCaregiver: false, willingToCare: 'unknown', ableToCare: 'unknown', barriers: '', contactFrequency: 'none', lastContactOn: null,
      childKnows: 'yes', childWantsToLive: 'unknown', siblingResidentId: childId, notes: '',
      contactRestricted: false, restrictionDecisionNumber: '', restrictionDecisionDate: null, restrictionDecidedBy: null,
    }),
  };
  await trx.insertInto('relatives').values(row).execute();
  await audit({ action: 'relative.create', entity: 'relative', entityId: row.id, after: { ...toRelativeDto(row, true) } });
}

async function mustBeResident(trx: Kysely<DB>, id: string, path?: string): Promise<void> {
  if (await trx.selectFrom('residents').select('id').where('id', '=', id).executeTakeFirst()) return;
  if (path) throw invalid([{ path, message: 'residents.notFound' }]);
  throw new AppError('not_found', 'residents.notFound');
}

export async function listRelatives(ctx: Ctx, residentId: string): Promise<RelativeDto[]> {
  const rows = await ctx.db.selectFrom('relatives').selectAll().where('resident_id', '=', residentId).orderBy('created_at').execute();
  return rows.map((r) => toRelativeDto(r, mayKnowRestricted(ctx)));
}

export async function createRelative(ctx: Ctx, input: RelativeCreate): Promise<RelativeDto> {
  const { residentId, ...v } = input;
  check(ctx, v, residentId);
  return writeTx(ctx, async (trx, audit) => {
    await mustBeResident(trx, residentId);
    if (v.siblingResidentId) {
      await mustBeResident(trx, v.siblingResidentId, 'siblingResidentId');
      const linked = await trx.selectFrom('relatives').select('id').where('resident_id', '=', residentId).where('sibling_resident_id', '=', v.siblingResidentId).executeTakeFirst();
      if (linked) throw invalid([{ path: 'siblingResidentId', message: 'care.errors.siblingLinked' }]);
    }
    const at = ctx.now().toISOString();
    const row: RelativesTable = { id: uuidv7(ctx.now().getTime()), resident_id: residentId, version: 1, created_at: at, updated_at: at, ...relativeColumns(v) };
    await trx.insertInto('relatives').values(row).execute();
    await audit({ action: 'relative.create', entity: 'relative', entityId: row.id, after: { ...toRelativeDto(row, true) } });
    if (row.sibling_resident_id) await linkBack(trx, ctx, audit, residentId, row.sibling_resident_id);
    return toRelativeDto(row, mayKnowRestricted(ctx));
  });
}

export async function updateRelative(ctx: Ctx, input: RelativeUpdate): Promise<RelativeDto> {
  const { id, version, ...v } = input;
  return writeTx(ctx, async (trx, audit) => {
    const current = await trx.selectFrom('relatives').selectAll().where('id', '=', id).executeTakeFirst();
    if (!current) throw new AppError('not_found', 'care.errors.relativeNotFound');
    if (current.version !== version) throw new AppError('conflict', 'errors.staleVersion');
    check(ctx, v, current.resident_id);
    // A role that does not see a restricted address cannot have erased it by saving the form.
    if (current.address_restricted === 1 && !mayKnowRestricted(ctx)) {
      v.address = current.address;
      v.phone = current.phone;
    }
    if (v.siblingResidentId) await mustBeResident(trx, v.siblingResidentId, 'siblingResidentId');
    const row: RelativesTable = { ...current, ...relativeColumns(v), version: current.version + 1, updated_at: ctx.now().toISOString() };
    const diff = changedFields({ ...toRelativeDto(current, true) }, { ...toRelativeDto(row, true) });
    if (!diff) return toRelativeDto(current, mayKnowRestricted(ctx));
    delete diff.before.version;
    delete diff.after.version;
    await trx.updateTable('relatives').set(row).where('id', '=', id).execute();
    await audit({ action: 'relative.update', entity: 'relative', entityId: id, before: diff.before, after: diff.after });
    if (row.sibling_resident_id) await linkBack(trx, ctx, audit, current.resident_id, row.sibling_resident_id);
    return toRelativeDto(row, mayKnowRestricted(ctx));
  });
}
