import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { ReadDb } from '../db/read';
import { readTx } from '../db/read';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import { inCareOn } from './queries';
import type { DoseOutcome, DoseRecord, MedicationDayDto, MedicationDose, MedicationTodayRow, PrescriptionCreate, Route } from './schema';

// Medication: prescriptions (who may prescribe and record is the call's permission, daily.medical:
// medical staff and the director) and the doses given, refused or missed against them. Every
// change is audited on the child. The Today list and the day summary count scheduled doses.

/** Prescriptions in force on a date (started, not ended, not voided), with their child. */
function activeOn(db: ReadDb, date: string) {
  return db
    .selectFrom('medications')
    .innerJoin('residents', 'residents.id', 'medications.resident_id')
    .select([
      'medications.id', 'medications.resident_id', 'medications.medicine', 'medications.dose', 'medications.route', 'medications.times',
      'medications.as_needed', 'medications.as_needed_reason', 'residents.last_name', 'residents.first_name', 'residents.group_name',
      'residents.sort_key',
    ])
    .where('medications.voided_at', 'is', null)
    .where('medications.start_date', '<=', date)
    .where((eb) => eb.or([eb('medications.end_date', 'is', null), eb('medications.end_date', '>=', date)]))
    .orderBy('residents.sort_key')
    .orderBy('medications.medicine')
    .execute();
}

function dosesOn(db: ReadDb, date: string) {
  return db.selectFrom('medication_doses').selectAll().where('date', '=', date).where('voided_at', 'is', null).orderBy('created_at').execute();
}

const doseDto = (d: Awaited<ReturnType<typeof dosesOn>>[number]): MedicationDose => ({
  id: d.id,
  scheduledTime: d.scheduled_time,
  outcome: d.outcome,
  givenAt: d.given_at,
  dose: d.dose,
  reason: d.reason,
  recordedBy: d.recorded_by,
});

async function readDay(db: ReadDb, date: string): Promise<MedicationDayDto> {
  const [meds, doses] = await Promise.all([activeOn(db, date), dosesOn(db, date)]);
  const counts = { due: 0, given: 0, refused: 0, missed: 0, pending: 0 };
  const rows: MedicationTodayRow[] = meds.map((m) => {
    const mine = doses.filter((d) => d.medication_id === m.id);
    const times = JSON.parse(m.times) as string[];
    const due = times.map((time) => {
      const d = mine.find((x) => x.scheduled_time === time);
      counts.due++;
      if (d) counts[d.outcome]++;
      else counts.pending++;
      return { time, recorded: d ? doseDto(d) : null };
    });
    return {
      medicationId: m.id,
      residentId: m.resident_id,
      lastName: m.last_name,
      firstName: m.first_name,
      groupName: m.group_name,
      medicine: m.medicine,
      dose: m.dose,
      route: m.route as Route,
      asNeeded: m.as_needed === 1,
      asNeededReason: m.as_needed_reason,
      due,
      extra: mine.filter((x) => x.scheduled_time === null).map(doseDto),
    };
  });
  return { date, rows, counts };
}

export async function medicationDay(ctx: Ctx, date: string): Promise<MedicationDayDto> {
  if (date > todayOf(ctx)) throw invalid([{ path: 'date', message: 'validation.dateFuture' }]);
  return readTx(ctx, (db) => readDay(db, date));
}

/** The day summary's numbers (no names, no medicines). */
export async function doseCounts(db: ReadDb, date: string): Promise<{ due: number; given: number; refused: number; missed: number }> {
  const { due, given, refused, missed } = (await readDay(db, date)).counts;
  return { due, given, refused, missed };
}

/** Children with a dose recorded as missed or refused today (the dashboard's signal). */
export async function childrenWithMissedDoses(db: ReadDb, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('medication_doses')
    .select('resident_id')
    .distinct()
    .where('date', '=', today)
    .where('outcome', 'in', ['missed', 'refused'])
    .where('voided_at', 'is', null)
    .execute();
  return rows.map((r) => r.resident_id);
}

/** A prescription for a child in care on its start date (or today, if it started before admission). */
export async function createPrescription(ctx: Ctx, input: PrescriptionCreate): Promise<{ id: string }> {
  return writeTx(ctx, async (trx, audit) => {
    const child = await inCareOn(trx, todayOf(ctx)).select('id').where('id', '=', input.residentId).executeTakeFirst();
    if (!child) throw invalid([{ path: 'residentId', message: 'daily.errors.notInCare', params: { date: todayOf(ctx) } }]);
    const now = ctx.now().toISOString();
    const id = uuidv7(ctx.now().getTime());
    const times = input.asNeeded ? [] : [...new Set(input.times)].sort();
    await trx
      .insertInto('medications')
      .values({
        id,
        resident_id: input.residentId,
        medicine: input.medicine,
        dose: input.dose,
        route: input.route,
        times: JSON.stringify(times),
        as_needed: input.asNeeded ? 1 : 0,
        as_needed_reason: input.asNeeded ? input.asNeededReason : '',
        start_date: input.startDate,
        end_date: input.endDate,
        prescriber: input.prescriber,
        note: input.note,
        version: 1,
        created_by: ctx.actor.username,
        created_at: now,
        updated_at: now,
        voided_at: null,
        void_reason: '',
      })
      .execute();
    await audit({
      action: 'medication.prescribe',
      entity: 'resident',
      entityId: input.residentId,
      after: { medicationId: id, medicine: input.medicine, dose: input.dose, route: input.route, times, asNeeded: input.asNeeded, startDate: input.startDate, endDate: input.endDate, prescriber: input.prescriber },
    });
    return { id };
  });
}

/**
 * A dose given, refused or missed. Refused, nothing written: a date after today, a medicine not
 * prescribed (no such prescription, or a time it does not have), a date outside the
 * prescription's, a refused or missed dose without its reason, a scheduled dose already recorded.
 */
export async function recordDose(ctx: Ctx, input: DoseRecord): Promise<MedicationDayDto> {
  if (input.date > todayOf(ctx)) throw invalid([{ path: 'date', message: 'validation.dateFuture' }]);
  if (input.outcome !== 'given' && !input.reason) throw invalid([{ path: 'reason', message: 'validation.required' }]);
  return writeTx(ctx, async (trx, audit) => {
    const m = await trx.selectFrom('medications').selectAll().where('id', '=', input.medicationId).where('voided_at', 'is', null).executeTakeFirst();
    if (!m) throw invalid([{ path: 'medicationId', message: 'daily.errors.notPrescribed' }]);
    if (input.date < m.start_date || (m.end_date !== null && input.date > m.end_date))
      throw invalid([{ path: 'date', message: 'daily.errors.outsidePrescription', params: { start: m.start_date, end: m.end_date ?? '…' } }]);
    const times = JSON.parse(m.times) as string[];
    if (input.scheduledTime === null ? m.as_needed !== 1 : !times.includes(input.scheduledTime))
      throw invalid([{ path: 'scheduledTime', message: 'daily.errors.notPrescribed' }]);
    if (input.scheduledTime !== null) {
      const had = await trx
        .selectFrom('medication_doses')
        .select('id')
        .where('medication_id', '=', m.id)
        .where('date', '=', input.date)
        .where('scheduled_time', '=', input.scheduledTime)
        .where('voided_at', 'is', null)
        .executeTakeFirst();
      if (had) throw new AppError('conflict', 'daily.errors.doseRecorded', { time: input.scheduledTime });
    }
    const now = ctx.now().toISOString();
    const outcome: DoseOutcome = input.outcome;
    const row = {
      id: uuidv7(ctx.now().getTime()),
      medication_id: m.id,
      resident_id: m.resident_id,
      date: input.date,
      scheduled_time: input.scheduledTime,
      outcome,
      given_at: outcome === 'given' ? (input.givenAt ?? now) : null,
      dose: outcome === 'given' ? input.dose || m.dose : '',
      reason: input.reason,
      recorded_by: ctx.actor.username,
      created_at: now,
      voided_at: null,
      void_reason: '',
    };
    await trx.insertInto('medication_doses').values(row).execute();
    await audit({
      action: `medication.dose`,
      entity: 'resident',
      entityId: m.resident_id,
      after: { doseId: row.id, medicationId: m.id, medicine: m.medicine, date: row.date, scheduledTime: row.scheduled_time, outcome, givenAt: row.given_at, dose: row.dose, reason: row.reason },
    });
    return readDay(trx, input.date);
  });
}
