import { sql, type Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { DB } from '../db/types';
import { appendAuditMany, type AuditInput } from '../audit/audit';
import { seededUuidv7, type Prng } from '../demo/prng';
import type { AttendanceStatus, CareNoteKind, IncidentKind, Severity } from './schema';
import { addDays, INCIDENT_KINDS, requiredParties, SEVERITIES } from './schema';
import { writeDemoFamilyContacts } from './familyDemo';

// The demo institution's daily records: a roll call for every group on every day of the past year
// (today's only for every other group, so the dashboard shows "roll call missing"), and a few care
// notes a day. Reproducible from the seed. Rows go in as JSON batches (one bound parameter per
// thousands of rows, so a year of a large institution is written in seconds), each roll call and
// each note with its audit entry, as a caregiver's save would write it.

const STATUS_WEIGHTS: Record<AttendanceStatus, number> = {
  present: 860,
  school_trip: 60,
  home_leave: 40,
  hospital: 22,
  other: 15,
  missing: 3,
};

const NOTES: Record<CareNoteKind, readonly string[]> = {
  health: ['Temperatur 37,4; tibb bacısına göstərildi.', 'Başağrısından şikayət etdi, istirahət etdi.', 'Peyvənd olundu, vəziyyəti yaxşıdır.'],
  meal: ['Səhər yeməyini tam yedi.', 'Nahardan imtina etdi, sonra meyvə yedi.', 'İştahı yaxşıdır.'],
  sleep: ['Gecə yaxşı yatdı.', 'Gecə iki dəfə oyandı.', 'Günorta yuxusuna getmədi.'],
  behaviour: ['Qrup yoldaşları ilə mübahisə etdi, danışdıq.', 'Kiçiklərə kömək etdi.', 'Bu gün sakit və diqqətli idi.'],
  activity: ['Rəsm dərnəyində iştirak etdi.', 'Futbol oynadı.', 'Kitabxanaya getdi.'],
  education: ['Ev tapşırığını vaxtında etdi.', 'Riyaziyyatdan kömək lazımdır.', 'Məktəbdən yaxşı qiymət gətirdi.'],
  general: ['Ailəsi ilə telefonla danışdı.', 'Yeni paltar verildi.', 'Ad günü qeyd olundu.'],
};
const KINDS = Object.keys(NOTES) as CareNoteKind[];

export interface DemoDailySummary {
  rollCalls: number;
  marks: number;
  notes: number;
  incidents: number;
  prescriptions: number;
  doses: number;
  contacts: number;
  auditEntries: number;
}

/** Inserts rows given as objects through json_each: one short statement per batch. */
async function insertJson(
  trx: Kysely<DB>,
  table: 'attendance' | 'care_notes' | 'roll_calls' | 'incidents' | 'incident_children' | 'incident_notifications' | 'medications' | 'medication_doses',
  rows: Array<Record<string, string | number | null>>,
) {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]!);
  for (let i = 0; i < rows.length; i += 20_000) {
    const batch = sql`json_each(${JSON.stringify(rows.slice(i, i + 20_000))})`.as('j');
    await trx
      .insertInto(table)
      .columns(cols as never)
      .expression(trx.selectFrom(batch).select(cols.map((c) => sql`j.value ->> ${sql.lit(c)}`.as(c))) as never)
      .execute();
  }
}

export async function writeDemoDaily(trx: Kysely<DB>, ctx: Ctx, rng: Prng, opts: { today: string; days?: number }): Promise<DemoDailySummary> {
  const days = opts.days ?? 365;
  const children = await trx
    .selectFrom('residents')
    .select(['id', 'group_name', 'admission_date'])
    .where('status', 'in', ['resident', 'day_attendee'])
    .where('group_name', '!=', '')
    .orderBy('sort_key')
    .orderBy('id')
    .execute();
  const groups = new Map<string, typeof children>();
  for (const c of children) (groups.get(c.group_name) ?? groups.set(c.group_name, []).get(c.group_name)!).push(c);
  const names = [...groups.keys()].sort();
  const caregiver = 'caregiver';
  const marks: Array<Record<string, string | number | null>> = [];
  const rollCalls: Array<Record<string, string | number | null>> = [];
  const notes: Array<Record<string, string | number | null>> = [];
  const audit: AuditInput[] = [];
  for (let d = days; d >= 0; d--) {
    const date = addDays(opts.today, -d);
    names.forEach((group, gi) => {
      const inCare = groups.get(group)!.filter((c) => c.admission_date <= date);
      if (inCare.length === 0) return;
      if (d === 0 && gi % 2 === 1) return; // today: every other group still to do
      const at = `${date}T${String(5 + (gi % 3)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
      const changes = [];
      for (const c of inCare) {
        const status = rng.weighted(STATUS_WEIGHTS);
        const note = status === 'hospital' ? 'Şəhər uşaq xəstəxanası' : status === 'missing' ? 'Axşam yoxlamasında yox idi' : '';
        marks.push({ resident_id: c.id, date, group_name: group, status, note, recorded_by: caregiver, created_at: at, updated_at: at });
        changes.push({ residentId: c.id, before: null, after: { status, note } });
      }
      rollCalls.push({ date, group_name: group, children: inCare.length, marked: inCare.length, saved_by: caregiver, first_saved_at: at, saved_at: at });
      audit.push({ action: 'roll_call.save', entity: 'roll_call', entityId: `${date}/${group}`, after: { date, group, changes } });
      for (let n = rng.int(0, 3); n > 0; n--) {
        const c = rng.pick(inCare);
        const kind = rng.pick(KINDS);
        const time = `${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(0, 11) * 5).padStart(2, '0')}`;
        const text = rng.pick(NOTES[kind]);
        const id = seededUuidv7(Date.parse(`${date}T${time}:00Z`), rng);
        notes.push({ id, resident_id: c.id, date, time, kind, text, author: caregiver, created_at: at, updated_at: at, voided_at: null, void_reason: '' });
        audit.push({ action: 'care_note.create', entity: 'resident', entityId: c.id, after: { noteId: id, date, time, kind, text } });
      }
    });
  }
  await insertJson(trx, 'attendance', marks);
  await insertJson(trx, 'roll_calls', rollCalls);
  await insertJson(trx, 'care_notes', notes);
  const incidents = demoIncidents(rng, opts.today, days, children, audit);
  await insertJson(trx, 'incidents', incidents.rows);
  await insertJson(trx, 'incident_children', incidents.children);
  await insertJson(trx, 'incident_notifications', incidents.notifications);
  const meds = demoMedication(rng, opts.today, children, audit);
  await insertJson(trx, 'medications', meds.prescriptions);
  await insertJson(trx, 'medication_doses', meds.doses);
  const contacts = await writeDemoFamilyContacts(trx, rng, opts.today, children, audit);
  await appendAuditMany(trx, ctx, audit);
  return {
    rollCalls: rollCalls.length,
    marks: marks.length,
    notes: notes.length,
    incidents: incidents.rows.length,
    prescriptions: meds.prescriptions.length,
    doses: meds.doses.length,
    contacts,
    auditEntries: audit.length,
  };
}

const INCIDENT_TEXT: Record<IncidentKind, string> = {
  injury: 'Həyətdə yıxılıb dizini zədələdi; tibb bacısı sarğı qoydu.',
  illness: 'Gecə qızdırması qalxdı; həkim çağırıldı.',
  missing_from_care: 'Axşam yoxlamasında yox idi; iki saat sonra qonşu küçədə tapıldı.',
  abducted: 'Naməlum şəxs uşağı məktəbin qarşısından apardı; polis uşağı qaytardı.',
  violence_bullying: 'Qrup yoldaşları tərəfindən təhqir və itələnmə; valideyn görüşü keçirildi.',
  abuse_allegation: 'Uşaq ev məzuniyyətində döyüldüyünü dedi.',
  allegation_against_staff: 'Uşaq gecə növbəsindəki əməkdaşın ona qışqırıb itələdiyini dedi.',
  self_harm: 'Qolunda kəsik izləri görüldü; psixoloqla görüş təyin olundu.',
  sexual_exploitation: 'Sosial şəbəkədə yad şəxsdən uyğunsuz mesajlar aldığı məlum oldu.',
  offence: 'Mağazadan oğurluqda şübhəli bilindi; polis protokol tərtib etdi.',
  pregnancy: 'Hamiləlik təsdiqləndi; həkim və psixoloq müşayiəti təşkil olundu.',
  death: 'Xəstəxanada ağır xəstəlikdən vəfat etdi.',
  property: 'Yataq otağının pəncərəsi sındırıldı.',
  other: 'Ekskursiya zamanı qrupdan ayrıldı, tez tapıldı.',
};
const PLACES = ['Həyət', 'Yataq otağı', 'Yeməkxana', 'Məktəb', 'İdman zalı', 'Ekskursiya', 'Şəhər'];

/**
 * About one incident a year per three children, every kind (but death) and every severity at least once;
 * those older than a month closed, most required notifications made within the hour, and a few
 * recent ones still open (serious, overdue) so that the dashboard's cards show them.
 */
function demoIncidents(
  rng: Prng,
  today: string,
  days: number,
  children: Array<{ id: string; admission_date: string }>,
  audit: AuditInput[],
) {
  const rows: Array<Record<string, string | number | null>> = [];
  const links: Array<Record<string, string | number | null>> = [];
  const notifications: Array<Record<string, string | number | null>> = [];
  if (children.length === 0) return { rows, children: links, notifications };
  // Every kind but death: a child who died would still be "in care" in the register until care
  // episodes (issue 9) record the exit.
  const kinds = INCIDENT_KINDS.filter((x) => x !== 'death');
  const count = Math.max(kinds.length, Math.round(children.length / 3));
  for (let k = 0; k < count; k++) {
    // The first ones cover every kind and every severity.
    const kind: IncidentKind = k < kinds.length ? kinds[k]! : rng.pick(kinds.filter((x) => x !== 'pregnancy'));
    const severity: Severity = k < SEVERITIES.length ? SEVERITIES[k]! : rng.weighted({ low: 40, medium: 35, high: 20, critical: 5 });
    const ago = k < 3 ? k : rng.int(3, days);
    const date = addDays(today, -ago);
    const inCare = children.filter((c) => c.admission_date <= date);
    if (inCare.length === 0) continue;
    const involved = [...new Set([rng.pick(inCare).id, ...(rng.chance(0.2) ? [rng.pick(inCare).id] : [])])];
    const time = `${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const at = `${date}T${time}:00.000Z`;
    const id = seededUuidv7(Date.parse(at), rng);
    const police = kind === 'offence' || kind === 'abducted' || (kind === 'missing_from_care' && severity !== 'low') ? 1 : 0;
    const closed = ago > 30;
    rows.push({
      id, date, time, place: rng.pick(PLACES), kind, severity, police_involved: police,
      what_happened: INCIDENT_TEXT[kind], actions_taken: 'Müdirə məlumat verildi; uşaqla söhbət aparıldı.',
      status: closed ? 'closed' : 'open', closed_at: closed ? addDays(date, rng.int(1, 20)) + 'T12:00:00.000Z' : null,
      closed_by: closed ? 'director' : null, outcome: closed ? 'Tədbirlər görülüb, hadisə bağlanıb.' : '',
      reported_by: 'caregiver', version: 1, created_at: at, updated_at: at, voided_at: null, void_reason: '',
    });
    for (const r of involved) links.push({ incident_id: id, resident_id: r });
    // The most recent incident with required parties keeps one untold: overdue on the dashboard.
    const required = requiredParties(kind, severity, police === 1);
    required.forEach((party, i) => {
      const told = !(ago <= 2 && i === required.length - 1);
      notifications.push({
        incident_id: id, party, required: 1,
        notified_at: told ? `${date}T${time}:00.000Z` : null, notified_by: told ? 'director' : null,
        contact: '', note: '', created_at: at, updated_at: at,
      });
    });
    audit.push({ action: 'incident.create', entity: 'incident', entityId: id, after: { date, time, kind, severity, residentIds: involved } });
    for (const r of involved) audit.push({ action: 'incident.involve', entity: 'resident', entityId: r, after: { incidentId: id, date, kind, severity } });
  }
  return { rows, children: links, notifications };
}

const MEDICINES: ReadonlyArray<{ medicine: string; dose: string; times: string[] }> = [
  { medicine: 'Amoksisillin', dose: '250 mq', times: ['08:00', '14:00', '20:00'] },
  { medicine: 'D3 vitamini', dose: '2 damcı', times: ['09:00'] },
  { medicine: 'Dəmir siropu', dose: '5 ml', times: ['08:00', '20:00'] },
  { medicine: 'Setirizin', dose: '5 mq', times: ['21:00'] },
];

/**
 * One child in ten on a course of medicine that started in the last two weeks: every scheduled
 * dose up to yesterday recorded (now and then refused or missed, with the reason), today's morning
 * ones too, one of them refused — so the Today list and "doses missed today" show something.
 */
function demoMedication(rng: Prng, today: string, children: Array<{ id: string; admission_date: string }>, audit: AuditInput[]) {
  const prescriptions: Array<Record<string, string | number | null>> = [];
  const doses: Array<Record<string, string | number | null>> = [];
  const patients = children.filter((c) => c.admission_date <= addDays(today, -14)).filter((_, i) => i % 10 === 3);
  patients.forEach((c, k) => {
    const m = MEDICINES[k % MEDICINES.length]!;
    const start = addDays(today, -rng.int(2, 14));
    const at = `${start}T07:00:00.000Z`;
    const id = seededUuidv7(Date.parse(at), rng);
    // The second course was stopped by the doctor two days ago: off the round since, its doses kept.
    const stopped = k === 1 ? addDays(today, -2) : null;
    prescriptions.push({
      id, resident_id: c.id, medicine: m.medicine, dose: m.dose, route: 'oral', times: JSON.stringify(m.times), as_needed: 0, as_needed_reason: '',
      start_date: start, end_date: stopped ?? addDays(start, 20), prescriber: 'Dr. Əliyeva N.', note: '', version: stopped ? 2 : 1, created_by: 'medical',
      created_at: at, updated_at: stopped ? `${stopped}T11:00:00.000Z` : at, voided_at: null, void_reason: '',
    });
    audit.push({ action: 'medication.prescribe', entity: 'resident', entityId: c.id, after: { medicationId: id, medicine: m.medicine, dose: m.dose, times: m.times, startDate: start, endDate: addDays(start, 20) } });
    if (stopped)
      audit.push({ action: 'medication.stop', entity: 'resident', entityId: c.id, before: { medicationId: id, medicine: m.medicine, endDate: addDays(start, 20) }, after: { medicationId: id, endDate: stopped, stopReason: 'Həkim dayandırdı: şikayətlər keçib' } });
    for (let date = start; date <= (stopped ?? today); date = addDays(date, 1)) {
      for (const time of m.times) {
        if (date === today && time > '10:00') continue; // the rest of today is still to come
        const refusedToday = date === today && k === 0;
        const outcome = refusedToday ? 'refused' : rng.weighted({ given: 95, refused: 3, missed: 2 });
        const instant = `${date}T${time}:00.000Z`;
        const doseId = seededUuidv7(Date.parse(instant), rng);
        const reason = outcome === 'refused' ? 'Dərmanı içmək istəmədi' : outcome === 'missed' ? 'Uşaq məktəbdə idi' : '';
        doses.push({
          id: doseId, medication_id: id, resident_id: c.id, date, scheduled_time: time, outcome,
          given_at: outcome === 'given' ? instant : null, dose: outcome === 'given' ? m.dose : '', reason, recorded_by: 'medical',
          created_at: instant, voided_at: null, void_reason: '',
        });
        audit.push({ action: 'medication.dose', entity: 'resident', entityId: c.id, after: { doseId, medicationId: id, date, scheduledTime: time, outcome, reason } });
      }
    }
  });
  return { prescriptions, doses };
}
