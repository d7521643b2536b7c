import type { Kysely, Selectable } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { DB, MedicationsTable } from '../db/types';
import { readTx } from '../db/read';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import type { AllergyVoid, FirstAidVoid, PrescriptionDto, PrescriptionStop, PrescriptionVoid, Route } from './schema';

// Correcting a child's medical records (daily care → medication). A mistaken allergy, prescription
// or first-aid entry is voided with a reason — kept, marked voided, left out of every list, of the
// medication round and of the allergy check — never deleted. A medicine the doctor stops gets its
// end date: it stays on the round that day and leaves it from the next; the doses recorded stay.
// A prescription with doses recorded against it was real: it is stopped, never voided. Every
// change is audited on the child in the same transaction; the reasons can name medical details,
// so they are audited as medical fields (voidReason, stopReason: core/audit/medical.ts).

type MedicationRow = Selectable<MedicationsTable>;

const ddmmyyyy = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

function checkVersion(row: { version: number }, seen: number | undefined): void {
  if (seen !== undefined && row.version !== seen) throw new AppError('conflict', 'errors.staleVersion');
}

/** An allergy entered by mistake: voided, so it no longer blocks a prescription of that medicine. */
export async function voidAllergy(ctx: Ctx, input: AllergyVoid): Promise<{ id: string }> {
  return writeTx(ctx, async (trx, audit) => {
    const was = await trx.selectFrom('allergies').selectAll().where('id', '=', input.id).where('voided_at', 'is', null).executeTakeFirst();
    if (!was) throw new AppError('not_found', 'daily.errors.allergyNotFound');
    checkVersion(was, input.version);
    const now = ctx.now().toISOString();
    await trx.updateTable('allergies').set({ voided_at: now, void_reason: input.reason, version: was.version + 1, updated_at: now }).where('id', '=', was.id).execute();
    await audit({
      action: 'allergy.void',
      entity: 'resident',
      entityId: was.resident_id,
      before: { allergyId: was.id, allergen: was.allergen, kind: was.kind, reaction: was.reaction, severity: was.severity, notedDate: was.noted_date },
      after: { allergyId: was.id, voidReason: input.reason },
    });
    return { id: was.id };
  });
}

async function currentPrescription(trx: Kysely<DB>, id: string, version: number | undefined): Promise<MedicationRow> {
  const m = await trx.selectFrom('medications').selectAll().where('id', '=', id).where('voided_at', 'is', null).executeTakeFirst();
  if (!m) throw new AppError('not_found', 'daily.errors.prescriptionNotFound');
  checkVersion(m, version);
  return m;
}

/** What the audit entry records of a prescription. */
const prescriptionFields = (m: MedicationRow) => ({
  medicationId: m.id, medicine: m.medicine, dose: m.dose, route: m.route, times: JSON.parse(m.times) as string[], asNeeded: m.as_needed === 1,
  startDate: m.start_date, endDate: m.end_date, prescriber: m.prescriber,
});

/**
 * The doctor stopped the medicine: its end date becomes `endDate` — today or a past day, not
 * before it started, before its current end (a prescription that already ended by then is not
 * stopped again), and not before a dose already recorded (the doses stay, inside the prescription).
 */
export async function stopPrescription(ctx: Ctx, input: PrescriptionStop): Promise<{ id: string }> {
  if (input.endDate > todayOf(ctx)) throw invalid([{ path: 'endDate', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const m = await currentPrescription(trx, input.id, input.version);
    if (input.endDate < m.start_date) throw invalid([{ path: 'endDate', message: 'daily.errors.stopBeforeStart', params: { start: ddmmyyyy(m.start_date) } }]);
    if (m.end_date !== null && input.endDate >= m.end_date) throw invalid([{ path: 'endDate', message: 'daily.errors.alreadyEnds', params: { end: ddmmyyyy(m.end_date) } }]);
    const last = await trx
      .selectFrom('medication_doses')
      .select((eb) => eb.fn.max<string | null>('date').as('d'))
      .where('medication_id', '=', m.id)
      .where('voided_at', 'is', null)
      .executeTakeFirst();
    if (last?.d && last.d > input.endDate) throw invalid([{ path: 'endDate', message: 'daily.errors.dosesAfterStop', params: { date: ddmmyyyy(last.d) } }]);
    const now = ctx.now().toISOString();
    await trx.updateTable('medications').set({ end_date: input.endDate, version: m.version + 1, updated_at: now }).where('id', '=', m.id).execute();
    await audit({
      action: 'medication.stop',
      entity: 'resident',
      entityId: m.resident_id,
      before: { medicationId: m.id, medicine: m.medicine, endDate: m.end_date },
      after: { medicationId: m.id, endDate: input.endDate, stopReason: input.reason },
    });
    return { id: m.id };
  });
}

/** A prescription entered by mistake: voided (off the round and the child's list) — refused once doses were recorded for it. */
export async function voidPrescription(ctx: Ctx, input: PrescriptionVoid): Promise<{ id: string }> {
  return writeTx(ctx, async (trx, audit) => {
    const m = await currentPrescription(trx, input.id, input.version);
    const doses = await trx
      .selectFrom('medication_doses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('medication_id', '=', m.id)
      .where('voided_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(doses.n) > 0) {
      const params = { count: Number(doses.n) };
      throw new AppError('conflict', 'daily.errors.prescriptionHasDoses', params, [{ path: 'id', message: 'daily.errors.prescriptionHasDoses', params }]);
    }
    const now = ctx.now().toISOString();
    await trx.updateTable('medications').set({ voided_at: now, void_reason: input.reason, version: m.version + 1, updated_at: now }).where('id', '=', m.id).execute();
    await audit({ action: 'medication.void', entity: 'resident', entityId: m.resident_id, before: prescriptionFields(m), after: { medicationId: m.id, voidReason: input.reason } });
    return { id: m.id };
  });
}

/** A first-aid entry made by mistake (the wrong child, a double entry): voided. */
export async function voidFirstAid(ctx: Ctx, input: FirstAidVoid): Promise<{ id: string }> {
  return writeTx(ctx, async (trx, audit) => {
    const was = await trx.selectFrom('first_aid').selectAll().where('id', '=', input.id).where('voided_at', 'is', null).executeTakeFirst();
    if (!was) throw new AppError('not_found', 'daily.errors.firstAidNotFound');
    await trx.updateTable('first_aid').set({ voided_at: ctx.now().toISOString(), void_reason: input.reason }).where('id', '=', was.id).execute();
    await audit({
      action: 'first_aid.void',
      entity: 'resident',
      entityId: was.resident_id,
      before: { firstAidId: was.id, date: was.date, time: was.time, whatHappened: was.what_happened, treatment: was.treatment, givenBy: was.given_by, incidentId: was.incident_id },
      after: { firstAidId: was.id, voidReason: input.reason },
    });
    return { id: was.id };
  });
}

/** A child's prescriptions (voided ones left out), the latest started first, with their doses counted. */
export async function listPrescriptions(ctx: Ctx, residentId: string): Promise<PrescriptionDto[]> {
  return readTx(ctx, async (db) => {
    const rows = await db
      .selectFrom('medications')
      .selectAll('medications')
      .select((eb) =>
        eb
          .selectFrom('medication_doses as d')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('d.medication_id', '=', 'medications.id')
          .where('d.voided_at', 'is', null)
          .as('doses'),
      )
      .where('resident_id', '=', residentId)
      .where('voided_at', 'is', null)
      .orderBy('start_date', 'desc')
      .orderBy('medicine')
      .execute();
    return rows.map((m) => ({
      id: m.id,
      version: m.version,
      residentId: m.resident_id,
      medicine: m.medicine,
      dose: m.dose,
      route: m.route as Route,
      times: JSON.parse(m.times) as string[],
      asNeeded: m.as_needed === 1,
      asNeededReason: m.as_needed_reason,
      startDate: m.start_date,
      endDate: m.end_date,
      prescriber: m.prescriber,
      note: m.note,
      createdBy: m.created_by,
      dosesRecorded: Number(m.doses ?? 0),
    }));
  });
}
