import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { ConsentsTable } from '../db/types';
import type { ReadDb } from '../db/read';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import {
  ageOn,
  ASSENT_AGE,
  consentState,
  type ConsentDto,
  type ConsentPurpose,
  type ConsentRecord,
  type ConsentState,
  type ConsentWithdraw,
  type ChildAssent,
  type ConsentGiver,
} from './schema';

// Consent as data (issue 15 §6): who gave it and as what, for what, to whom it may be shared and
// what is withheld from whom, the child's own assent, given and withdrawn. Recorded and withdrawn
// by the roles that handle the case (care.write), never deleted; each change audited on the child
// (entity resident, so the child's History shows it). What a consent changes elsewhere:
// `consentsOf` / `consentState` (schema.ts) — a photo leaves the institution (the life-story book,
// printed files) only with a photos consent in force.

function toDto(r: ConsentsTable): ConsentDto {
  const withdrawn = r.withdrawn_on ? { on: r.withdrawn_on, by: r.withdrawn_by ?? '', reason: r.withdraw_reason ?? '' } : null;
  return {
    id: r.id,
    residentId: r.resident_id,
    givenByName: r.given_by_name,
    givenByRole: r.given_by_role as ConsentGiver,
    purpose: r.purpose as ConsentPurpose,
    purposeDetail: r.purpose_detail,
    sharedWith: r.shared_with,
    withheldFrom: r.withheld_from,
    childAssent: r.child_assent as ChildAssent,
    givenOn: r.given_on,
    withdrawn,
    attachmentId: r.attachment_id,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    inForce: withdrawn === null && r.child_assent !== 'refused',
  };
}

/** What the audit log keeps of a consent. */
function audited(r: ConsentsTable) {
  return {
    consent: r.id, givenByName: r.given_by_name, givenByRole: r.given_by_role, purpose: r.purpose, purposeDetail: r.purpose_detail,
    sharedWith: r.shared_with, withheldFrom: r.withheld_from, childAssent: r.child_assent, givenOn: r.given_on,
    attachmentId: r.attachment_id, withdrawnOn: r.withdrawn_on, withdrawReason: r.withdraw_reason,
  };
}

/** A child's consents, newest first (given on, then recorded). */
export async function consentsOf(db: ReadDb, residentId: string): Promise<ConsentDto[]> {
  const rows = await db
    .selectFrom('consents')
    .selectAll()
    .where('resident_id', '=', residentId)
    .orderBy('given_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toDto);
}

export async function listConsents(ctx: Ctx, residentId: string): Promise<ConsentDto[]> {
  const r = await ctx.db.selectFrom('residents').select('id').where('id', '=', residentId).executeTakeFirst();
  if (!r) throw new AppError('not_found', 'residents.notFound');
  return consentsOf(ctx.db, residentId);
}

/** Where one purpose stands for a child, today. */
export async function childConsentState(db: ReadDb, residentId: string, purpose: ConsentPurpose): Promise<ConsentState> {
  return consentState(await consentsOf(db, residentId), purpose);
}

export async function recordConsent(ctx: Ctx, input: ConsentRecord): Promise<ConsentDto> {
  const today = todayOf(ctx);
  if (input.givenOn > today) throw invalid([{ path: 'givenOn', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const child = await trx.selectFrom('residents').select(['id', 'date_of_birth']).where('id', '=', input.residentId).executeTakeFirst();
    if (!child) throw new AppError('not_found', 'residents.notFound');
    if (input.givenOn < child.date_of_birth) throw invalid([{ path: 'givenOn', message: 'documents.consent.errors.beforeBirth' }]);
    if (input.childAssent === 'not_asked_too_young' && ageOn(child.date_of_birth, input.givenOn) >= ASSENT_AGE) {
      throw invalid([{ path: 'childAssent', message: 'documents.consent.errors.oldEnoughToAsk', params: { age: ASSENT_AGE } }]);
    }
    if (input.attachmentId) {
      const a = await trx
        .selectFrom('attachments')
        .select(['id', 'doc_type', 'voided_at'])
        .where('id', '=', input.attachmentId)
        .where('resident_id', '=', input.residentId)
        .executeTakeFirst();
      if (!a || a.voided_at || a.doc_type !== 'consent') throw invalid([{ path: 'attachmentId', message: 'documents.consent.errors.notAConsentScan' }]);
    }
    const row: ConsentsTable = {
      id: uuidv7(ctx.now().getTime()),
      resident_id: input.residentId,
      given_by_name: input.givenByName,
      given_by_role: input.givenByRole,
      purpose: input.purpose,
      purpose_detail: input.purposeDetail,
      shared_with: input.sharedWith,
      withheld_from: input.withheldFrom,
      child_assent: input.childAssent,
      given_on: input.givenOn,
      withdrawn_on: null,
      withdrawn_by: null,
      withdraw_reason: null,
      attachment_id: input.attachmentId,
      recorded_at: ctx.now().toISOString(),
      recorded_by: ctx.actor.username,
    };
    await trx.insertInto('consents').values(row).execute();
    await audit({ action: 'consent.record', entity: 'resident', entityId: row.resident_id, after: audited(row) });
    return toDto(row);
  });
}

export async function withdrawConsent(ctx: Ctx, input: ConsentWithdraw): Promise<ConsentDto> {
  if (input.withdrawnOn > todayOf(ctx)) throw invalid([{ path: 'withdrawnOn', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const r = await trx.selectFrom('consents').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!r) throw new AppError('not_found', 'documents.consent.errors.notFound');
    if (r.withdrawn_on) throw new AppError('conflict', 'documents.consent.errors.alreadyWithdrawn');
    if (input.withdrawnOn < r.given_on) throw invalid([{ path: 'withdrawnOn', message: 'documents.consent.errors.withdrawnBeforeGiven' }]);
    const after: ConsentsTable = { ...r, withdrawn_on: input.withdrawnOn, withdrawn_by: ctx.actor.username, withdraw_reason: input.reason };
    await trx
      .updateTable('consents')
      .set({ withdrawn_on: after.withdrawn_on, withdrawn_by: after.withdrawn_by, withdraw_reason: after.withdraw_reason })
      .where('id', '=', r.id)
      .execute();
    await audit({ action: 'consent.withdraw', entity: 'resident', entityId: r.resident_id, before: audited(r), after: audited(after) });
    return toDto(after);
  });
}
