import type { Ctx } from '../context';
import { todayOf } from '../context';
import { readTx } from '../db/read';
import { writeTx } from '../db/write';
import { AppError, invalid, type FieldIssue } from '../contract/errors';
import { uuidv7 } from '../ids';
import { foldForSearch } from '../text/fold';
import { inCareOn } from '../daily/queries';
import { readComplaints, readRestraints } from './queries';
import {
  addHours,
  instantOf,
  RECORD_HOURS,
  type ComplaintCreate,
  type ComplaintDto,
  type ComplaintList,
  type ComplaintUpdate,
  type RestraintCreate,
  type RestraintDto,
  type RestraintList,
  type RestraintSignOff,
  type RestraintTalk,
  type VoidRecord,
} from './schema';

// Restraint and other measures of control (reg. 35 of the Children's Homes Regulations 2015; UN
// Guidelines §§96–97) and complaints. Every change is audited on the child (entity `resident`), so
// the child's History shows it. The sign-off is the director's (the call's permission,
// safeguarding.signoff); the rest is written by whoever writes daily records (daily.write).

export async function listRestraints(ctx: Ctx, q: RestraintList): Promise<RestraintDto[]> {
  return readTx(ctx, (db) => readRestraints(db, ctx.now(), q));
}

export async function getRestraint(ctx: Ctx, id: string): Promise<RestraintDto> {
  const [dto] = await readTx(ctx, (db) => readRestraints(db, ctx.now(), { ids: [id] }));
  if (!dto) throw new AppError('not_found', 'safeguarding.errors.restraintNotFound');
  return dto;
}

const same = (a: string, b: string) => foldForSearch(a).replace(/\s+/g, ' ').trim() === foldForSearch(b).replace(/\s+/g, ' ').trim();

/**
 * Records a measure of control. Refused, nothing written: a date after today; stopping
 * family contact as the measure; no duration or no witness (the schema); the witness the same
 * person as the one who used it; an injury without what it was and how it was treated (the
 * schema); a record made more than 24 hours after the measure without the reason it is late; a
 * child not in care on that date.
 */
export async function recordRestraint(ctx: Ctx, input: RestraintCreate): Promise<RestraintDto> {
  const issues: FieldIssue[] = [];
  const now = ctx.now();
  const nowIso = now.toISOString();
  const at = instantOf(input.date, input.time);
  // The date only: a time of day is the institution's local time and the core's clock is UTC, so an
  // hour later than "now" may well be past (as for every other daily record).
  if (input.date > todayOf(ctx)) issues.push({ path: 'date', message: 'validation.dateFuture' });
  if (input.measure === 'stop_family_contact') issues.push({ path: 'measure', message: 'safeguarding.errors.familyContactSanction' });
  if (input.measure === 'other' && !input.measureDetail) issues.push({ path: 'measureDetail', message: 'validation.required' });
  if (same(input.usedBy, input.witnessedBy)) issues.push({ path: 'witnessedBy', message: 'safeguarding.errors.witnessSame' });
  const late = nowIso > addHours(at, RECORD_HOURS);
  if (late && !input.lateReason) issues.push({ path: 'lateReason', message: 'safeguarding.errors.lateReason' });
  if (issues.length) throw invalid(issues);
  return writeTx(ctx, async (trx, audit) => {
    const child = await inCareOn(trx, input.date).select('id').where('id', '=', input.residentId).executeTakeFirst();
    if (!child) throw invalid([{ path: 'residentId', message: 'daily.errors.notInCare', params: { date: input.date } }]);
    if (input.incidentId) {
      const inc = await trx.selectFrom('incidents').select('id').where('id', '=', input.incidentId).where('voided_at', 'is', null).executeTakeFirst();
      if (!inc) throw invalid([{ path: 'incidentId', message: 'daily.errors.incidentNotFound' }]);
    }
    const id = uuidv7(now.getTime());
    const row = {
      id,
      resident_id: input.residentId,
      date: input.date,
      time: input.time,
      place: input.place,
      antecedent: input.antecedent,
      measure: input.measure,
      measure_detail: input.measureDetail,
      duration_minutes: input.durationMinutes,
      tried_first: input.triedFirst,
      used_by: input.usedBy,
      witnessed_by: input.witnessedBy,
      effect: input.effect,
      injury: input.injury ? 1 : 0,
      injury_detail: input.injury ? input.injuryDetail : '',
      injury_treatment: input.injury ? input.injuryTreatment : '',
      late_reason: late ? input.lateReason : '',
      incident_id: input.incidentId,
      recorded_by: ctx.actor.username,
      signed_off_at: null,
      signed_off_by: null,
      sign_off_note: '',
      talked_date: null,
      talked_by: null,
      talk_note: '',
      version: 1,
      created_at: nowIso,
      updated_at: nowIso,
      voided_at: null,
      void_reason: '',
    };
    await trx.insertInto('restraints').values(row).execute();
    const [dto] = await readRestraints(trx, now, { ids: [id] });
    const { child: _c, signOffDue: _s, talkDueDate: _t, signOffOverdue: _so, talkOverdue: _to, ...fields } = dto!;
    await audit({ action: 'restraint.record', entity: 'resident', entityId: input.residentId, after: { restraintId: id, ...fields } });
    return dto!;
  });
}

async function current(trx: Parameters<Parameters<typeof writeTx>[1]>[0], id: string, version: number) {
  const cur = await trx.selectFrom('restraints').selectAll().where('id', '=', id).where('voided_at', 'is', null).executeTakeFirst();
  if (!cur) throw new AppError('not_found', 'safeguarding.errors.restraintNotFound');
  if (cur.version !== version) throw new AppError('conflict', 'errors.staleVersion');
  return cur;
}

/** The director's sign-off (once; a sign-off after the 48 hours is taken and shows as late). */
export async function signOffRestraint(ctx: Ctx, input: RestraintSignOff): Promise<RestraintDto> {
  return writeTx(ctx, async (trx, audit) => {
    const cur = await current(trx, input.id, input.version);
    if (cur.signed_off_at) throw new AppError('conflict', 'safeguarding.errors.signedOff');
    const now = ctx.now().toISOString();
    await trx
      .updateTable('restraints')
      .set({ signed_off_at: now, signed_off_by: ctx.actor.username, sign_off_note: input.note, updated_at: now, version: cur.version + 1 })
      .where('id', '=', input.id)
      .execute();
    await audit({ action: 'restraint.signOff', entity: 'resident', entityId: cur.resident_id, before: { restraintId: cur.id, signedOffAt: null }, after: { restraintId: cur.id, signedOffAt: now, signedOffBy: ctx.actor.username, note: input.note } });
    const [dto] = await readRestraints(trx, ctx.now(), { ids: [input.id] });
    return dto!;
  });
}

/**
 * That someone spoke with the child about the measure: a date not after today nor before the
 * measure, who, and what the child said. Once; a talk after the 5 days is taken and shows as late.
 */
export async function recordRestraintTalk(ctx: Ctx, input: RestraintTalk): Promise<RestraintDto> {
  if (input.date > todayOf(ctx)) throw invalid([{ path: 'date', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const cur = await current(trx, input.id, input.version);
    if (input.date < cur.date) throw invalid([{ path: 'date', message: 'safeguarding.errors.talkBeforeMeasure', params: { date: cur.date } }]);
    if (cur.talked_date) throw new AppError('conflict', 'safeguarding.errors.talked');
    const now = ctx.now().toISOString();
    await trx
      .updateTable('restraints')
      .set({ talked_date: input.date, talked_by: input.talkedBy, talk_note: input.note, updated_at: now, version: cur.version + 1 })
      .where('id', '=', input.id)
      .execute();
    await audit({ action: 'restraint.talk', entity: 'resident', entityId: cur.resident_id, before: { restraintId: cur.id, talkedDate: null }, after: { restraintId: cur.id, talkedDate: input.date, talkedBy: input.talkedBy, note: input.note } });
    const [dto] = await readRestraints(trx, ctx.now(), { ids: [input.id] });
    return dto!;
  });
}

// —— Complaints ——

export async function listComplaints(ctx: Ctx, q: ComplaintList): Promise<ComplaintDto[]> {
  return readTx(ctx, (db) => readComplaints(db, todayOf(ctx), q));
}

/** A complaint by or about a child: refused with a received date after today or a child never admitted by then. */
export async function recordComplaint(ctx: Ctx, input: ComplaintCreate): Promise<ComplaintDto> {
  if (input.receivedDate > todayOf(ctx)) throw invalid([{ path: 'receivedDate', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const child = await inCareOn(trx, input.receivedDate).select('id').where('id', '=', input.residentId).executeTakeFirst();
    if (!child) throw invalid([{ path: 'residentId', message: 'daily.errors.notInCare', params: { date: input.receivedDate } }]);
    const nowIso = ctx.now().toISOString();
    const id = uuidv7(ctx.now().getTime());
    await trx
      .insertInto('complaints')
      .values({
        id,
        resident_id: input.residentId,
        by_child: input.byChild ? 1 : 0,
        complainant: input.complainant,
        received_date: input.receivedDate,
        about: input.about,
        details: input.details,
        person_of_trust: input.personOfTrust,
        actions: input.actions,
        outcome: '',
        closed_date: null,
        recorded_by: ctx.actor.username,
        version: 1,
        created_at: nowIso,
        updated_at: nowIso,
        voided_at: null,
        void_reason: '',
      })
      .execute();
    await audit({
      action: 'complaint.record',
      entity: 'resident',
      entityId: input.residentId,
      after: { complaintId: id, byChild: input.byChild, complainant: input.complainant, receivedDate: input.receivedDate, about: input.about, details: input.details, personOfTrust: input.personOfTrust, actions: input.actions },
    });
    const [dto] = await readComplaints(trx, todayOf(ctx), { ids: [id] });
    return dto!;
  });
}

/**
 * The actions taken and the outcome; with a closing date, closes it. Refused: a closing date after
 * today or before it was received, closing without the outcome (the schema), a closed complaint
 * changed again, a stale version.
 */
export async function updateComplaint(ctx: Ctx, input: ComplaintUpdate): Promise<ComplaintDto> {
  if (input.closedDate && input.closedDate > todayOf(ctx)) throw invalid([{ path: 'closedDate', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    const cur = await trx.selectFrom('complaints').selectAll().where('id', '=', input.id).where('voided_at', 'is', null).executeTakeFirst();
    if (!cur) throw new AppError('not_found', 'safeguarding.errors.complaintNotFound');
    if (cur.version !== input.version) throw new AppError('conflict', 'errors.staleVersion');
    if (cur.closed_date) throw new AppError('conflict', 'safeguarding.errors.complaintClosed');
    if (input.closedDate && input.closedDate < cur.received_date)
      throw invalid([{ path: 'closedDate', message: 'safeguarding.errors.closedBeforeReceived', params: { date: cur.received_date } }]);
    const now = ctx.now().toISOString();
    await trx
      .updateTable('complaints')
      .set({ actions: input.actions, outcome: input.outcome, closed_date: input.closedDate, updated_at: now, version: cur.version + 1 })
      .where('id', '=', input.id)
      .execute();
    await audit({
      action: input.closedDate ? 'complaint.close' : 'complaint.update',
      entity: 'resident',
      entityId: cur.resident_id,
      before: { complaintId: cur.id, actions: cur.actions, outcome: cur.outcome, closedDate: null },
      after: { complaintId: cur.id, actions: input.actions, outcome: input.outcome, closedDate: input.closedDate },
    });
    const [dto] = await readComplaints(trx, todayOf(ctx), { ids: [input.id] });
    return dto!;
  });
}

/**
 * Voids a mistaken measure or complaint (on the wrong child, entered twice): kept with who, when
 * and why, out of the lists, the signals and the day summary. Audited on the child.
 */
export async function voidRecord(ctx: Ctx, table: 'restraints' | 'complaints', input: VoidRecord): Promise<{ id: string }> {
  return writeTx(ctx, async (trx, audit) => {
    const cur = await trx.selectFrom(table).select(['id', 'resident_id', 'version']).where('id', '=', input.id).where('voided_at', 'is', null).executeTakeFirst();
    if (!cur) throw new AppError('not_found', table === 'restraints' ? 'safeguarding.errors.restraintNotFound' : 'safeguarding.errors.complaintNotFound');
    if (cur.version !== input.version) throw new AppError('conflict', 'errors.staleVersion');
    const now = ctx.now().toISOString();
    await trx.updateTable(table).set({ voided_at: now, void_reason: input.reason, updated_at: now, version: cur.version + 1 }).where('id', '=', input.id).execute();
    const key = table === 'restraints' ? 'restraintId' : 'complaintId';
    await audit({ action: table === 'restraints' ? 'restraint.void' : 'complaint.void', entity: 'resident', entityId: cur.resident_id, before: { [key]: cur.id, voidedAt: null }, after: { [key]: cur.id, voidedAt: now, reason: input.reason } });
    return { id: cur.id };
  });
}
