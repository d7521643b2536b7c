import { sql, type Kysely, type Selectable } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { DB, FamilyContactsTable, RelativesTable } from '../db/types';
import type { ReadDb } from '../db/read';
import { writeTx, type Audit } from '../db/write';
import { AppError, invalid, type FieldIssue } from '../contract/errors';
import { uuidv7 } from '../ids';
import { inCareCondition } from '../care/queries';
import { inCareOn } from './queries';
import { CONTACT_RESTRICTED_BY } from './i18n/labels';
import {
  addDays,
  type ContactKind,
  type FamilyContactAdd,
  type FamilyContactDto,
  type FamilyContactUpdate,
  type FamilyContactVoid,
} from './schema';

// The family contact log (issue 11 §3): which relative, when, how (visit at the institution, home
// visit, phone or video call, letter), supervised or not, how it went and the child's reaction.
// A contact with a relative whose contact a decision restricts (care's relatives) is refused with
// the decision named. Adding or editing a contact moves the relative's last contact date forward
// (care's relatives.last_contact_on, audited as a change of the relative); voiding the contact
// that set it moves it back to the latest contact left (or none). Every change is audited on the
// child. It feeds the "no family contact in 90 days" signal and the family-contact indicators.

type ContactRow = Selectable<FamilyContactsTable>;
type RelativeRow = Selectable<RelativesTable>;

/** The days without a recorded contact after which a child in care shows on the dashboard. */
export const NO_CONTACT_DAYS = 90;

function toDto(r: ContactRow, rel: Pick<RelativeRow, 'last_name' | 'first_name' | 'relation'> | undefined): FamilyContactDto {
  return {
    id: r.id,
    version: r.version,
    residentId: r.resident_id,
    relativeId: r.relative_id,
    relativeName: rel ? `${rel.last_name} ${rel.first_name}` : r.relative_name,
    relation: rel?.relation ?? null,
    date: r.date,
    time: r.time,
    kind: r.kind as ContactKind,
    supervised: r.supervised === 1,
    howItWent: r.how_it_went,
    childReaction: r.child_reaction,
    notes: r.notes,
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
  };
}

const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

/** Who, when and how: what the audit entry records of a contact. */
function fieldsOf(r: ContactRow) {
  return {
    relativeId: r.relative_id, date: r.date, time: r.time, kind: r.kind, supervised: r.supervised === 1,
    howItWent: r.how_it_went, childReaction: r.child_reaction, notes: r.notes,
  };
}

/**
 * The checks of a contact, on the transaction's snapshot: not after today, the child in care that
 * day, the relative one of this child's, and the relative's contact not restricted by a decision
 * taken on or before that day (refused naming the decision: its number, date and body).
 */
async function check(trx: Kysely<DB>, ctx: Ctx, residentId: string, v: { relativeId: string; date: string }): Promise<RelativeRow> {
  const issues: FieldIssue[] = [];
  if (v.date > todayOf(ctx)) throw invalid([{ path: 'date', message: 'validation.dateFuture' }]);
  const child = await trx.selectFrom('residents').select('id').where('id', '=', residentId).executeTakeFirst();
  if (!child) throw new AppError('not_found', 'residents.notFound');
  const inCare = await inCareOn(trx, v.date).select('id').where('id', '=', residentId).executeTakeFirst();
  if (!inCare) issues.push({ path: 'date', message: 'daily.errors.notInCare', params: { date: v.date } });
  const rel = await trx.selectFrom('relatives').selectAll().where('id', '=', v.relativeId).executeTakeFirst();
  if (!rel || rel.resident_id !== residentId) issues.push({ path: 'relativeId', message: 'daily.family.errors.notRelative' });
  else if (rel.contact_restricted === 1 && (rel.restriction_decision_date === null || rel.restriction_decision_date <= v.date)) {
    const body = (rel.restriction_decided_by || 'none') as keyof typeof CONTACT_RESTRICTED_BY;
    issues.push({
      path: 'relativeId',
      message: CONTACT_RESTRICTED_BY[body] ?? CONTACT_RESTRICTED_BY.none,
      params: {
        name: `${rel.last_name} ${rel.first_name}`,
        number: rel.restriction_decision_number || '—',
        date: rel.restriction_decision_date ? ddmmyyyy(rel.restriction_decision_date) : '—',
      },
    });
  }
  if (issues.length) throw invalid(issues);
  return rel!;
}

/** The relative's last contact date moves to `date` when that is later (audited on the relative). */
async function moveLastContact(trx: Kysely<DB>, ctx: Ctx, audit: Audit, rel: RelativeRow, next: string | null): Promise<void> {
  if (rel.last_contact_on === next) return;
  await trx
    .updateTable('relatives')
    .set({ last_contact_on: next, version: rel.version + 1, updated_at: ctx.now().toISOString() })
    .where('id', '=', rel.id)
    .execute();
  await audit({ action: 'relative.update', entity: 'relative', entityId: rel.id, before: { lastContactOn: rel.last_contact_on }, after: { lastContactOn: next } });
}

/** The columns a contact's input sets (add and edit alike). */
function columnsOf(v: Omit<FamilyContactUpdate, 'id' | 'version'>) {
  return {
    relative_id: v.relativeId, date: v.date, time: v.time, kind: v.kind, supervised: v.supervised ? 1 : 0,
    how_it_went: v.howItWent, child_reaction: v.childReaction, notes: v.notes,
  };
}

const later = (a: string | null, b: string) => (a !== null && a > b ? a : b);

export async function addFamilyContact(ctx: Ctx, input: FamilyContactAdd): Promise<FamilyContactDto> {
  return writeTx(ctx, async (trx, audit) => {
    const rel = await check(trx, ctx, input.residentId, input);
    const now = ctx.now().toISOString();
    const row: FamilyContactsTable = {
      id: uuidv7(ctx.now().getTime()),
      resident_id: input.residentId,
      relative_name: '',
      ...columnsOf(input),
      recorded_by: ctx.actor.username,
      version: 1,
      created_at: now,
      updated_at: now,
      voided_at: null,
      void_reason: '',
    };
    await trx.insertInto('family_contacts').values(row).execute();
    await audit({ action: 'family_contact.create', entity: 'resident', entityId: input.residentId, after: { contactId: row.id, ...fieldsOf(row) } });
    await moveLastContact(trx, ctx, audit, rel, later(rel.last_contact_on, input.date));
    return toDto(row, rel);
  });
}

async function current(trx: Kysely<DB>, id: string, version: number): Promise<ContactRow> {
  const r = await trx.selectFrom('family_contacts').selectAll().where('id', '=', id).where('voided_at', 'is', null).executeTakeFirst();
  if (!r) throw new AppError('not_found', 'daily.family.errors.notFound');
  if (r.version !== version) throw new AppError('conflict', 'errors.staleVersion');
  return r;
}

export async function updateFamilyContact(ctx: Ctx, input: FamilyContactUpdate): Promise<FamilyContactDto> {
  return writeTx(ctx, async (trx, audit) => {
    const was = await current(trx, input.id, input.version);
    const rel = await check(trx, ctx, was.resident_id, input);
    const row: ContactRow = {
      ...was,
      ...columnsOf(input),
      version: was.version + 1,
      updated_at: ctx.now().toISOString(),
    };
    const before = fieldsOf(was);
    const after = fieldsOf(row);
    const keys = (Object.keys(after) as Array<keyof typeof after>).filter((k) => before[k] !== after[k]);
    if (keys.length === 0) return toDto(was, rel);
    await trx.updateTable('family_contacts').set(row).where('id', '=', row.id).execute();
    await audit({
      action: 'family_contact.update', entity: 'resident', entityId: row.resident_id,
      before: { contactId: row.id, ...Object.fromEntries(keys.map((k) => [k, before[k]])) },
      after: { contactId: row.id, ...Object.fromEntries(keys.map((k) => [k, after[k]])) },
    });
    await moveLastContact(trx, ctx, audit, rel, later(rel.last_contact_on, input.date));
    return toDto(row, rel);
  });
}

/** A mistaken contact is voided with a reason, never deleted. */
export async function voidFamilyContact(ctx: Ctx, input: FamilyContactVoid): Promise<{ id: string }> {
  return writeTx(ctx, async (trx, audit) => {
    const was = await current(trx, input.id, input.version);
    const now = ctx.now().toISOString();
    await trx
      .updateTable('family_contacts')
      .set({ voided_at: now, void_reason: input.reason, version: was.version + 1, updated_at: now })
      .where('id', '=', was.id)
      .execute();
    await audit({ action: 'family_contact.void', entity: 'resident', entityId: was.resident_id, before: { contactId: was.id, ...fieldsOf(was) }, after: { contactId: was.id, reason: input.reason } });
    if (was.relative_id) {
      const rel = await trx.selectFrom('relatives').selectAll().where('id', '=', was.relative_id).executeTakeFirstOrThrow();
      if (rel.last_contact_on === was.date) {
        const left = await trx
          .selectFrom('family_contacts')
          .select((eb) => eb.fn.max<string | null>('date').as('d'))
          .where('relative_id', '=', rel.id)
          .where('voided_at', 'is', null)
          .executeTakeFirst();
        await moveLastContact(trx, ctx, audit, rel, left?.d ?? null);
      }
    }
    return { id: was.id };
  });
}

/** A child's contacts, newest first (voided ones left out). */
export async function listFamilyContacts(ctx: Ctx, input: { residentId: string; limit: number }): Promise<FamilyContactDto[]> {
  const rows = await ctx.db
    .selectFrom('family_contacts')
    .selectAll()
    .where('resident_id', '=', input.residentId)
    .where('voided_at', 'is', null)
    .orderBy('date', 'desc')
    .orderBy('time', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit)
    .execute();
  const relIds = [...new Set(rows.map((r) => r.relative_id).filter((x): x is string => x !== null))];
  const rels = relIds.length
    ? new Map((await ctx.db.selectFrom('relatives').select(['id', 'last_name', 'first_name', 'relation']).where('id', 'in', relIds).execute()).map((r) => [r.id, r]))
    : new Map();
  return rows.map((r) => toDto(r, r.relative_id ? rels.get(r.relative_id) : undefined));
}

/**
 * Children living here (placement resident; a day attendee goes home every day) in care today for
 * at least NO_CONTACT_DAYS with no contact recorded in the last NO_CONTACT_DAYS days: the
 * dashboard's "no family contact in 90 days". A child admitted more recently is not counted yet.
 */
export async function childrenWithoutContact(db: ReadDb, today: string): Promise<string[]> {
  const since = addDays(today, -(NO_CONTACT_DAYS - 1));
  const rows = await db
    .selectFrom('residents')
    .select('residents.id')
    .where(inCareCondition('residents.id', today))
    .where('residents.status', '=', 'resident')
    .where('residents.admission_date', '<', since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('family_contacts as f')
            .select(sql<number>`1`.as('one'))
            .whereRef('f.resident_id', '=', 'residents.id')
            .where('f.voided_at', 'is', null)
            .where('f.date', '>=', since)
            .where('f.date', '<=', today),
        ),
      ),
    )
    .orderBy('residents.sort_key')
    .execute();
  return rows.map((r) => r.id);
}
