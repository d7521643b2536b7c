import type { ReadDb } from '../db/read';
import {
  addDays,
  addHours,
  COMPLAINT_DAYS_DEFAULT,
  COMPLAINT_DAYS_KEY,
  daysBetween,
  emptyMeasureCounts,
  instantOf,
  RECORD_HOURS,
  SIGN_OFF_HOURS,
  TALK_DAYS,
  type ComplaintAbout,
  type ComplaintDto,
  type Measure,
  type MeasureCounts,
  type RestraintDto,
} from './schema';

// Kysely reads of the safeguarding records: the lists with their deadlines, the dashboard's
// counts, the day summary's measures. The deadlines are computed from the measure's date and time
// read as the core's clock reads them (UTC), as every other time of day in the app is.

const CHILD = ['residents.last_name', 'residents.first_name', 'residents.patronymic', 'residents.group_name'] as const;

function restraintRows(db: ReadDb) {
  return db
    .selectFrom('restraints')
    .innerJoin('residents', 'residents.id', 'restraints.resident_id')
    .selectAll('restraints')
    .select(CHILD)
    .where('restraints.voided_at', 'is', null);
}
type RestraintRow = Awaited<ReturnType<ReturnType<typeof restraintRows>['execute']>>[number];

export function restraintDto(r: RestraintRow, now: Date): RestraintDto {
  const at = instantOf(r.date, r.time);
  const signOffDueAt = addHours(at, SIGN_OFF_HOURS);
  const signOffDue = signOffDueAt.slice(0, 16);
  const talkDueDate = addDays(r.date, TALK_DAYS);
  const nowIso = now.toISOString();
  return {
    id: r.id,
    version: r.version,
    child: { residentId: r.resident_id, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, groupName: r.group_name },
    date: r.date,
    time: r.time,
    place: r.place,
    antecedent: r.antecedent,
    measure: r.measure as Measure,
    measureDetail: r.measure_detail,
    durationMinutes: r.duration_minutes,
    triedFirst: r.tried_first,
    usedBy: r.used_by,
    witnessedBy: r.witnessed_by,
    effect: r.effect,
    injury: r.injury === 1,
    injuryDetail: r.injury_detail,
    injuryTreatment: r.injury_treatment,
    lateReason: r.late_reason,
    incidentId: r.incident_id,
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
    signedOffAt: r.signed_off_at,
    signedOffBy: r.signed_off_by,
    signOffNote: r.sign_off_note,
    talkedDate: r.talked_date,
    talkedBy: r.talked_by,
    talkNote: r.talk_note,
    signOffDue,
    talkDueDate,
    recordedLate: r.created_at > addHours(at, RECORD_HOURS),
    signOffOverdue: r.signed_off_at === null ? nowIso > signOffDueAt : r.signed_off_at > signOffDueAt,
    talkOverdue: r.talked_date === null ? nowIso.slice(0, 10) > talkDueDate : r.talked_date > talkDueDate,
  };
}

export async function readRestraints(db: ReadDb, now: Date, q: { ids?: string[]; status?: 'pending' | 'all'; residentId?: string; limit?: number }): Promise<RestraintDto[]> {
  let s = restraintRows(db);
  if (q.ids) s = s.where('restraints.id', 'in', q.ids.length ? q.ids : ['']);
  if (q.residentId) s = s.where('restraints.resident_id', '=', q.residentId);
  if (q.status === 'pending') s = s.where((eb) => eb.or([eb('restraints.signed_off_at', 'is', null), eb('restraints.talked_date', 'is', null)]));
  const rows = await s.orderBy('restraints.date', 'desc').orderBy('restraints.time', 'desc').orderBy('restraints.id', 'desc').limit(q.limit ?? 1000).execute();
  return rows.map((r) => restraintDto(r, now));
}

/** The records still awaiting the sign-off or the talk (the dashboard's four counts come from these). */
export async function pendingRestraints(db: ReadDb, now: Date): Promise<RestraintDto[]> {
  return readRestraints(db, now, { status: 'pending' });
}

export async function complaintDays(db: ReadDb): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', COMPLAINT_DAYS_KEY).executeTakeFirst();
  const n = Number(row?.value);
  return Number.isInteger(n) && n > 0 ? n : COMPLAINT_DAYS_DEFAULT;
}

export async function readComplaints(db: ReadDb, today: string, q: { ids?: string[]; status?: 'open' | 'all'; residentId?: string; limit?: number }): Promise<ComplaintDto[]> {
  let s = db
    .selectFrom('complaints')
    .innerJoin('residents', 'residents.id', 'complaints.resident_id')
    .selectAll('complaints')
    .select(CHILD)
    .where('complaints.voided_at', 'is', null);
  if (q.ids) s = s.where('complaints.id', 'in', q.ids.length ? q.ids : ['']);
  if (q.residentId) s = s.where('complaints.resident_id', '=', q.residentId);
  if (q.status === 'open') s = s.where('complaints.closed_date', 'is', null);
  const [rows, days] = await Promise.all([
    s.orderBy('complaints.received_date', 'desc').orderBy('complaints.id', 'desc').limit(q.limit ?? 1000).execute(),
    complaintDays(db),
  ]);
  return rows.map((r) => {
    const daysOpen = daysBetween(r.received_date, r.closed_date ?? today);
    return {
      id: r.id,
      version: r.version,
      child: { residentId: r.resident_id, lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic, groupName: r.group_name },
      byChild: r.by_child === 1,
      complainant: r.complainant,
      receivedDate: r.received_date,
      about: r.about as ComplaintAbout,
      details: r.details,
      personOfTrust: r.person_of_trust,
      actions: r.actions,
      outcome: r.outcome,
      closedDate: r.closed_date,
      recordedBy: r.recorded_by,
      createdAt: r.created_at,
      daysOpen,
      overdue: r.closed_date === null && daysOpen > days,
    };
  });
}

/** A date's measures of control by measure (the day summary; no names). */
export async function measuresOn(db: ReadDb, date: string): Promise<{ total: number; byMeasure: MeasureCounts }> {
  const rows = await db
    .selectFrom('restraints')
    .select((eb) => ['measure', eb.fn.countAll<number>().as('n')])
    .where('date', '=', date)
    .where('voided_at', 'is', null)
    .groupBy('measure')
    .execute();
  const byMeasure = emptyMeasureCounts();
  for (const r of rows) byMeasure[r.measure as Measure] += Number(r.n);
  return { total: rows.reduce((s, r) => s + Number(r.n), 0), byMeasure };
}
