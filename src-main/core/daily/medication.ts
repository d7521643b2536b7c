import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { ReadDb } from '../db/read';
import { readTx } from '../db/read';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import { inCareOn } from './queries';
import { foldForSearch } from '../text/fold';
import type {
  AllergyAdd,
  AllergyDto,
  AllergyKind,
  AllergySeverity,
  DoseOutcome,
  DoseRecord,
  FirstAidDto,
  FirstAidRecord,
  MedicationDayDto,
  MedicationDose,
  MedicationTodayRow,
  PrescriptionCreate,
  Route,
  StockDto,
  StockMovement,
  StockRecord,
} from './schema';

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
  const [meds, doses, allergies] = await Promise.all([activeOn(db, date), dosesOn(db, date), allergyRows(db)]);
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
      allergies: allergies
        .filter((a) => a.resident_id === m.resident_id)
        .map((a) => ({ allergen: a.allergen, kind: a.kind as AllergyKind, severity: a.severity as AllergySeverity })),
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
    const allergy = allergicTo((await allergyRows(trx, input.residentId)).filter((a) => a.kind === 'medicine'), input.medicine);
    if (allergy && !input.allergyConfirmed)
      throw new AppError('conflict', 'daily.errors.allergic', { allergen: allergy.allergen }, [{ path: 'medicine', message: 'daily.errors.allergic', params: { allergen: allergy.allergen } }], { allergen: allergy.allergen, severity: allergy.severity });
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
      after: { medicationId: id, medicine: input.medicine, dose: input.dose, route: input.route, times, asNeeded: input.asNeeded, startDate: input.startDate, endDate: input.endDate, prescriber: input.prescriber, ...(allergy ? { allergyConfirmed: allergy.allergen } : {}) },
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

// —— Allergies ——
// A prescription of a medicine the child is allergic to (an allergy of kind "medicine" whose
// allergen and the medicine's name contain one another, folded: "Amoksisillin" matches
// "amoksisillin 250 mq"; a class — "penisillinlər" — does not match its members) is refused (conflict, daily.errors.allergic)
// unless the prescriber confirms it (allergyConfirmed), which the audit entry records. A refusal,
// not a bare warning: a warning is clicked away on a busy shift; a confirmation is a decision.

function allergyRows(db: ReadDb, residentId?: string) {
  let q = db.selectFrom('allergies').select(['id', 'resident_id', 'allergen', 'kind', 'reaction', 'severity', 'noted_date']).where('voided_at', 'is', null);
  if (residentId) q = q.where('resident_id', '=', residentId);
  return q.orderBy('allergen').execute();
}

const fold = (s: string) => foldForSearch(s).replace(/\s+/g, ' ').trim();

/** The child's medicine allergy this medicine matches, if any. */
export function allergicTo<A extends { allergen: string }>(allergies: readonly A[], medicine: string): A | undefined {
  const m = fold(medicine);
  return allergies.find((a) => {
    const x = fold(a.allergen);
    return x.length >= 3 && (m.includes(x) || (m.split(' ')[0]!.length >= 3 && x.includes(m.split(' ')[0]!)));
  });
}

export async function listAllergies(ctx: Ctx, residentId?: string): Promise<AllergyDto[]> {
  return readTx(ctx, async (db) => {
    let q = db
      .selectFrom('allergies')
      .innerJoin('residents', 'residents.id', 'allergies.resident_id')
      .select(['allergies.id', 'allergies.version', 'allergies.resident_id', 'allergies.allergen', 'allergies.kind', 'allergies.reaction', 'allergies.severity', 'allergies.noted_date', 'residents.last_name', 'residents.first_name'])
      .where('allergies.voided_at', 'is', null);
    if (residentId) q = q.where('allergies.resident_id', '=', residentId);
    const rows = await q.orderBy('residents.sort_key').orderBy('allergies.allergen').execute();
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      residentId: r.resident_id,
      lastName: r.last_name,
      firstName: r.first_name,
      allergen: r.allergen,
      kind: r.kind as AllergyKind,
      reaction: r.reaction,
      severity: r.severity as AllergySeverity,
      notedDate: r.noted_date,
    }));
  });
}

/** An allergy on the child's health data: refused for an unknown child, the same allergen twice, a date after today. */
export async function addAllergy(ctx: Ctx, input: AllergyAdd): Promise<{ id: string }> {
  if (input.notedDate && input.notedDate > todayOf(ctx)) throw invalid([{ path: 'notedDate', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const child = await trx.selectFrom('residents').select('id').where('id', '=', input.residentId).executeTakeFirst();
    if (!child) throw invalid([{ path: 'residentId', message: 'daily.errors.notInCare', params: { date: todayOf(ctx) } }]);
    const had = (await allergyRows(trx, input.residentId)).find((a) => fold(a.allergen) === fold(input.allergen));
    if (had) throw invalid([{ path: 'allergen', message: 'daily.errors.allergyRecorded' }]);
    const now = ctx.now().toISOString();
    const id = uuidv7(ctx.now().getTime());
    await trx
      .insertInto('allergies')
      .values({ id, resident_id: input.residentId, allergen: input.allergen, kind: input.kind, reaction: input.reaction, severity: input.severity, noted_date: input.notedDate, version: 1, created_at: now, updated_at: now, voided_at: null, void_reason: '' })
      .execute();
    await audit({ action: 'allergy.add', entity: 'resident', entityId: input.residentId, after: { allergyId: id, allergen: input.allergen, kind: input.kind, reaction: input.reaction, severity: input.severity, notedDate: input.notedDate } });
    return { id };
  });
}

// —— Stock ——
// Per medicine and unit (the name folded, so "Parasetamol" and "parasetamol" are one stock): in
// is what was received, out what was disposed of or returned; on hand is in − out. A dose given
// is not counted off (its dose is free text: "1 tablet", "5 ml"). Going out needs the reason and a
// witness, and never more than is on hand.

async function stockRows(db: ReadDb) {
  return db.selectFrom('medication_stock').selectAll().where('voided_at', 'is', null).orderBy('date', 'desc').orderBy('created_at', 'desc').execute();
}

function stockOf(rows: Awaited<ReturnType<typeof stockRows>>): StockDto[] {
  const by = new Map<string, StockDto>();
  for (const r of [...rows].reverse()) {
    const key = `${fold(r.medicine)}|${fold(r.unit)}`;
    const s = by.get(key) ?? by.set(key, { medicine: r.medicine, unit: r.unit, received: 0, out: 0, onHand: 0, movements: [] }).get(key)!;
    if (r.movement === 'received') s.received += r.quantity;
    else s.out += r.quantity;
    s.onHand = Math.round((s.received - s.out) * 1000) / 1000;
    s.movements.unshift({ id: r.id, movement: r.movement as StockMovement, quantity: r.quantity, date: r.date, batch: r.batch, expiryDate: r.expiry_date, reason: r.reason, witnessedBy: r.witnessed_by, recordedBy: r.recorded_by });
  }
  return [...by.values()].sort((a, b) => a.medicine.localeCompare(b.medicine, 'az'));
}

export async function listStock(ctx: Ctx): Promise<StockDto[]> {
  return readTx(ctx, async (db) => stockOf(await stockRows(db)));
}

export async function recordStock(ctx: Ctx, input: StockRecord): Promise<StockDto[]> {
  if (input.date > todayOf(ctx)) throw invalid([{ path: 'date', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const key = `${fold(input.medicine)}|${fold(input.unit)}`;
    const before = stockOf(await stockRows(trx)).find((s) => `${fold(s.medicine)}|${fold(s.unit)}` === key);
    if (input.movement !== 'received' && input.quantity > (before?.onHand ?? 0))
      throw invalid([{ path: 'quantity', message: 'daily.errors.stockShort', params: { onHand: before?.onHand ?? 0, unit: input.unit } }]);
    const now = ctx.now().toISOString();
    const id = uuidv7(ctx.now().getTime());
    const row = {
      id, medicine: before?.medicine ?? input.medicine, medication_id: null, movement: input.movement, quantity: input.quantity, unit: before?.unit ?? input.unit,
      date: input.date, batch: input.batch, expiry_date: input.expiryDate, reason: input.reason, witnessed_by: input.movement === 'received' ? '' : input.witnessedBy,
      recorded_by: ctx.actor.username, created_at: now, voided_at: null, void_reason: '',
    };
    await trx.insertInto('medication_stock').values(row).execute();
    await audit({ action: `medication_stock.${input.movement}`, entity: 'medication_stock', entityId: id, after: { medicine: row.medicine, movement: row.movement, quantity: row.quantity, unit: row.unit, date: row.date, batch: row.batch, expiryDate: row.expiry_date, reason: row.reason, witnessedBy: row.witnessed_by, onHandBefore: before?.onHand ?? 0 } });
    return stockOf(await stockRows(trx));
  });
}

// —— First aid ——

export async function listFirstAid(ctx: Ctx, limit: number, residentId?: string): Promise<FirstAidDto[]> {
  return readTx(ctx, async (db) => {
    let q = db
      .selectFrom('first_aid')
      .innerJoin('residents', 'residents.id', 'first_aid.resident_id')
      .selectAll('first_aid')
      .select(['residents.last_name', 'residents.first_name'])
      .where('first_aid.voided_at', 'is', null);
    if (residentId) q = q.where('first_aid.resident_id', '=', residentId);
    const rows = await q
      .orderBy('first_aid.date', 'desc')
      .orderBy('first_aid.time', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, residentId: r.resident_id, lastName: r.last_name, firstName: r.first_name, date: r.date, time: r.time, whatHappened: r.what_happened, treatment: r.treatment, givenBy: r.given_by, incidentId: r.incident_id, recordedBy: r.recorded_by }));
  });
}

/** First aid given: refused for a date after today or a child not in care that day. */
export async function recordFirstAid(ctx: Ctx, input: FirstAidRecord): Promise<{ id: string }> {
  if (input.date > todayOf(ctx)) throw invalid([{ path: 'date', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const child = await inCareOn(trx, input.date).select('id').where('id', '=', input.residentId).executeTakeFirst();
    if (!child) throw invalid([{ path: 'residentId', message: 'daily.errors.notInCare', params: { date: input.date } }]);
    if (input.incidentId) {
      const inc = await trx.selectFrom('incidents').select('id').where('id', '=', input.incidentId).executeTakeFirst();
      if (!inc) throw invalid([{ path: 'incidentId', message: 'daily.errors.incidentNotFound' }]);
    }
    const now = ctx.now().toISOString();
    const id = uuidv7(ctx.now().getTime());
    await trx
      .insertInto('first_aid')
      .values({ id, resident_id: input.residentId, date: input.date, time: input.time, what_happened: input.whatHappened, treatment: input.treatment, given_by: input.givenBy, incident_id: input.incidentId, recorded_by: ctx.actor.username, created_at: now, voided_at: null, void_reason: '' })
      .execute();
    await audit({ action: 'first_aid.record', entity: 'resident', entityId: input.residentId, after: { firstAidId: id, date: input.date, time: input.time, whatHappened: input.whatHappened, treatment: input.treatment, givenBy: input.givenBy, incidentId: input.incidentId } });
    return { id };
  });
}
