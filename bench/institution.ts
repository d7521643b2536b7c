// The benchmark's synthetic institution (issue 13 §1): at scale 1, 400 children in care today and
// 6,000 former ones, 150 staff, and ten years of the daily records of the children then in care —
// a roll call mark a day, a care note a week, a family contact a month, the doses of the ones on
// medication, their admission and exit episodes, a case plan with goals and quarterly reviews,
// relatives, and incidents. Written raw (one transaction, prepared statements, no audit of the
// history) into a migrated database, and kept per scale and day under bench/.cache so that reruns
// start from a copy. The names, FINs and birth certificates come from the demo generator.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src-main/core/db/connection';
import { systemCtx } from '../src-main/core/session';
import { writeTx } from '../src-main/core/db/write';
import { generateDemo } from '../src-main/core/demo/generate';
import { residentRows } from '../src-main/core/demo/write';
import { Prng } from '../src-main/core/demo/prng';
import { dayOf, isoOf } from '../src-main/core/demo/dates';
import { staffColumns } from '../src-main/core/staff/service';
import { POSITIONS } from '../src-main/core/staff/schema';
import { DESTINATIONS, EXIT_REASONS } from '../src-main/core/care/schema';
import { toResidentDto } from '../src-main/core/residents/service';
import { MIGRATIONS } from '../src-main/core/db/migrations/index';

/** Bumped whenever the generated content changes: an older cached file is then not reused. */
const GENERATOR_VERSION = 2;
export const YEARS = 10;
const HISTORY_DAYS = Math.round(YEARS * 365.25);
export const BIG_GROUP = 'Böyük qrup';

export interface Institution {
  /** The cached file (never written by the benchmark: it works on a copy). */
  file: string;
  scale: number;
  today: string;
  current: number;
  former: number;
  /** The big group's size: the 300-child roll call (fewer below scale 0.75). */
  bigGroup: number;
  counts: Record<string, number>;
  generatedMs: number | null;
}

/** 32 hex digits from a counter, shaped as a UUID (version 7, variant 8): cheap unique ids. */
function idMaker(prefix: number) {
  let n = 0;
  const p = prefix.toString(16).padStart(8, '0');
  return () => {
    const h = (n++).toString(16).padStart(20, '0');
    return `${p}-${h.slice(0, 4)}-7${h.slice(4, 7)}-8${h.slice(7, 10)}-${h.slice(8, 20)}`;
  };
}

const STATUS_WEIGHTS = { present: 90, school_trip: 3, home_leave: 4, hospital: 2, other: 1 } as const;
const NOTE_KINDS = ['health', 'meal', 'sleep', 'behaviour', 'activity', 'education', 'general'] as const;
const CONTACT_KINDS = ['visit_institution', 'home_visit', 'phone_call', 'video_call', 'letter'] as const;
const RELATIONS = ['mother', 'father', 'grandmother', 'aunt', 'uncle'] as const;
const INCIDENT_KINDS = ['injury', 'illness', 'violence_bullying', 'property', 'other'] as const;
const NOTES = [
  'Gün sakit keçdi, dərslərini vaxtında etdi.',
  'Yeməyini tam yedi, yaxşı yatdı.',
  'Yoldaşları ilə futbol oynadı, əhvalı yaxşı idi.',
  'Baş ağrısından şikayət etdi, tibb bacısına göstərildi.',
  'Rəsm dərnəyində iştirak etdi.',
];

export function cachePath(scale: number, today: string): string {
  return join('bench', '.cache', `institution-v${GENERATOR_VERSION}-m${MIGRATIONS.length}-s${scale}-${today}.db`);
}

/** The cached institution of this scale, generated first when there is none for today. */
export async function institutionAt(scale: number, today: string, log: (s: string) => void): Promise<Institution> {
  const file = cachePath(scale, today);
  const current = Math.max(20, Math.round(400 * scale));
  const former = Math.round(6000 * scale);
  const bigGroup = Math.min(300, Math.round(current * 0.75));
  let generatedMs: number | null = null;
  if (!existsSync(file)) {
    mkdirSync(join('bench', '.cache'), { recursive: true });
    const tmp = `${file}.partial`;
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
    const t0 = performance.now();
    await generate(tmp, { scale, today, current, former, bigGroup });
    renameSync(tmp, file);
    generatedMs = performance.now() - t0;
    log(`  generated in ${(generatedMs / 1000).toFixed(1)} s → ${file}\n`);
  }
  const conn = await openDatabase(file);
  const tables = conn.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const n = conn.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number;
    if (n > 0) counts[t] = n;
  }
  await conn.close();
  return { file, scale, today, current, former, bigGroup, counts, generatedMs };
}

/** A private copy of the cached file for one run (the benchmark writes). */
export function copyOf(inst: Institution, dir: string, name = 'bench.db'): string {
  const to = join(dir, name);
  copyFileSync(inst.file, to);
  return to;
}

async function generate(file: string, o: { scale: number; today: string; current: number; former: number; bigGroup: number }) {
  const conn = await openDatabase(file);
  const db = conn.sqlite;
  const rng = new Prng(13, `bench-${o.scale}`);
  const todayDay = dayOf(o.today);
  const firstDay = todayDay - HISTORY_DAYS;
  const total = o.current + o.former;
  // Names from the demo (its own ages, statuses and dates are replaced by the timeline below).
  const demo = generateDemo({ children: Math.ceil(total / 1.25) + 10, seed: 13, today: o.today });
  const people = residentRows(demo).slice(0, total);
  if (people.length < total) throw new Error(`the demo gave ${people.length} children, ${total} wanted`);

  const newId = idMaker(0x01900000 + Math.round(o.scale * 100));
  const at = (day: number, time = '08:00:00') => `${isoOf(day)}T${time}.000Z`;
  const cols = (row: object) => Object.keys(row);
  const insertOf = (table: string, columns: string[]) =>
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);

  const staffIns = db.prepare(`INSERT INTO staff (id, fin, last_name, first_name, patronymic, sex, date_of_birth, position, department,
      employment_type, hired_date, left_date, education, qualification, phone, email, notes, search_key, sort_key, version, created_at, updated_at)
    VALUES (@id, @fin, @last_name, @first_name, @patronymic, @sex, @date_of_birth, @position, @department, @employment_type, @hired_date,
      @left_date, @education, @qualification, @phone, @email, @notes, @search_key, @sort_key, 1, @created_at, @updated_at)`);
  const residentIns = insertOf('residents', cols(people[0]!));
  const admissionIns = db.prepare(`INSERT INTO care_episodes (id, resident_id, kind, started_on, admission_type, placement, legal_basis,
      deciding_body, decision_number, decision_date, origin, created_at, updated_at)
    VALUES (?, ?, 'admission', ?, 'new', ?, 'Komissiyanın qərarı', 'commission', ?, ?, 'care', ?, ?)`);
  const exitIns = db.prepare(`INSERT INTO care_episodes (id, resident_id, kind, started_on, destination, exit_reason, deciding_body,
      decision_number, decision_date, origin, created_at, updated_at)
    VALUES (?, ?, 'exit', ?, ?, ?, 'commission', ?, ?, 'care', ?, ?)`);
  const markIns = db.prepare(`INSERT INTO attendance (resident_id, date, group_name, status, note, recorded_by, created_at, updated_at)
    VALUES (?, ?, ?, ?, '', 'terbiyeci', ?, ?)`);
  const rollIns = db.prepare(`INSERT INTO roll_calls (date, group_name, children, marked, saved_by, first_saved_at, saved_at)
    VALUES (?, ?, ?, ?, 'terbiyeci', ?, ?)`);
  const noteIns = db.prepare(`INSERT INTO care_notes (id, resident_id, date, time, kind, text, author, created_at, updated_at)
    VALUES (?, ?, ?, '19:30', ?, ?, 'terbiyeci', ?, ?)`);
  const relativeIns = db.prepare(`INSERT INTO relatives (id, resident_id, relation, last_name, first_name, patronymic, sex, alive,
      contact_frequency, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', ?, 'yes', 'monthly', ?, ?)`);
  const contactIns = db.prepare(`INSERT INTO family_contacts (id, resident_id, relative_id, date, time, kind, supervised, how_it_went,
      recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, '16:00', ?, 1, 'Yaxşı keçdi', 'sosial', ?, ?)`);
  const medIns = db.prepare(`INSERT INTO medications (id, resident_id, medicine, dose, route, times, start_date, end_date, prescriber,
      created_by, created_at, updated_at) VALUES (?, ?, ?, '1 tablet', 'oral', '["08:00","20:00"]', ?, ?, 'Həkim Quliyeva', 'tibb', ?, ?)`);
  const doseIns = db.prepare(`INSERT INTO medication_doses (id, medication_id, resident_id, date, scheduled_time, outcome, given_at,
      dose, reason, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'tibb', ?)`);
  const planIns = db.prepare(`INSERT INTO case_plans (id, resident_id, kind, started_on, ends_on, status, responsible, review_months,
      next_review_on, created_at, updated_at) VALUES (?, ?, 'care', ?, ?, ?, 'Sosial işçi', 3, ?, ?, ?)`);
  const goalIns = db.prepare(`INSERT INTO case_goals (id, plan_id, domain, goal, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const reviewIns = db.prepare(`INSERT INTO case_reviews (id, plan_id, reviewed_on, participants, decision, created_at, updated_at)
    VALUES (?, ?, ?, 'Komanda', 'Plan davam edir', ?, ?)`);
  const incidentIns = db.prepare(`INSERT INTO incidents (id, date, time, place, kind, severity, what_happened, status, closed_at,
      closed_by, reported_by, created_at, updated_at) VALUES (?, ?, '14:10', 'Həyət', ?, 'low', 'Oyun zamanı yıxıldı', 'closed', ?, 'direktor', 'terbiyeci', ?, ?)`);
  const incidentChildIns = db.prepare('INSERT INTO incident_children (incident_id, resident_id) VALUES (?, ?)');

  const GROUPS = Math.max(1, Math.round(total / 256));
  const groupOf = (i: number) => `Qrup ${1 + (i % GROUPS)}`;
  const rolls = new Map<string, number>(); // `${day}|${group}` → children marked

  db.transaction(() => {
    db.prepare(`INSERT INTO institution (id, code, name_az, name_en, type, region, address, capacity, created_at, updated_at)
      VALUES (1, ?, ?, ?, 'childrens_home', ?, ?, ?, ?, ?)`).run(
      demo.institution.code, demo.institution.nameAz, demo.institution.nameEn, demo.institution.region, demo.institution.address,
      Math.ceil((o.current * 1.2) / 10) * 10, at(firstDay - 30), at(firstDay - 30),
    );
    // Staff: adults named from the demo's surnames and first names, the current ones and some who left.
    const staffCount = Math.max(10, Math.round(150 * o.scale));
    for (let s = 0; s < staffCount; s++) {
      const p = people[(s * 37) % people.length]!;
      const hired = rng.int(firstDay - 2000, todayDay - 30);
      const left = s % 5 === 4 ? rng.int(hired + 30, todayDay - 1) : null;
      const fields = {
        fin: null, lastName: p.last_name, firstName: p.first_name, patronymic: '', sex: p.sex, dateOfBirth: isoOf(hired - rng.int(8000, 16000)),
        position: POSITIONS[s % POSITIONS.length]!, department: '', employmentType: 'full_time' as const, hiredDate: isoOf(hired),
        leftDate: left === null ? null : isoOf(left), education: 'bachelor' as const, qualification: '', phone: '', email: '', notes: '',
      };
      staffIns.run({ id: newId(), ...staffColumns(fields as never), created_at: at(hired), updated_at: at(hired) });
    }

    let incidentBudget = 0;
    for (let i = 0; i < total; i++) {
      const isCurrent = i < o.current;
      // A stay: current children came in over the last five years, former ones in and out over ten.
      const admit = isCurrent ? rng.int(todayDay - 1800, todayDay - 1) : rng.int(firstDay - 60, todayDay - 60);
      const exit = isCurrent ? null : Math.min(todayDay - 1, admit + rng.int(20, 420));
      const group = isCurrent && i < o.bigGroup ? BIG_GROUP : groupOf(i);
      const p = people[i]!;
      // The child's age on admission kept from the demo (born 1–16 years before it).
      const born = admit - rng.int(365, 16 * 365);
      const id = p.id;
      const row = {
        ...p,
        status: isCurrent ? 'resident' : 'discharged',
        date_of_birth: isoOf(born),
        admission_date: isoOf(admit),
        admission_decision_date: isoOf(admit - 3),
        admission_basis: 'commission',
        group_name: group,
        created_at: at(admit),
        updated_at: at(exit ?? admit),
      };
      residentIns.run(row);
      admissionIns.run(newId(), id, isoOf(admit), 'resident', `${i}/K`, isoOf(admit - 3), at(admit), at(admit));
      if (exit !== null) {
        exitIns.run(newId(), id, isoOf(exit), rng.pick(DESTINATIONS.filter((d) => d !== 'death')), rng.pick(EXIT_REASONS.filter((r) => r !== 'death')), `${i}/X`, isoOf(exit - 2), at(exit), at(exit));
      }
      const relatives: string[] = [];
      for (let k = 0; k < 2; k++) {
        const rid = newId();
        relatives.push(rid);
        relativeIns.run(rid, id, RELATIONS[(i + k) % RELATIONS.length]!, p.last_name, people[(i * 7 + k) % total]!.first_name, k === 0 ? 'F' : 'M', at(admit), at(admit));
      }
      const end = exit ?? todayDay; // the last day in care is the day before the exit; today's roll call is not taken yet
      const first = Math.max(admit, firstDay);
      const onMedication = i % 10 === 3;
      let med: string | null = null;
      if (onMedication && first < end) {
        med = newId();
        medIns.run(med, id, 'Vitamin D', isoOf(first), isoOf(end - 1), at(first), at(first));
      }
      if (end - admit > 14) {
        const plan = newId();
        const started = admit + 14;
        planIns.run(plan, id, isoOf(started), exit === null ? null : isoOf(exit), exit === null ? 'active' : 'closed', isoOf(Math.min(end, started + 90)), at(started), at(started));
        for (let g = 0; g < 3; g++) goalIns.run(newId(), plan, (['health', 'education', 'family'] as const)[g]!, 'Məqsəd', exit === null ? 'open' : 'achieved', at(started), at(started));
        for (let d = started + 90; d < end; d += 90) reviewIns.run(newId(), plan, isoOf(d), at(d), at(d));
      }
      for (let d = first; d < end; d++) {
        const date = isoOf(d);
        const stamp = at(d);
        markIns.run(id, date, group, rng.weighted(STATUS_WEIGHTS), stamp, stamp);
        const key = `${d}|${group}`;
        rolls.set(key, (rolls.get(key) ?? 0) + 1);
        if ((d + i) % 7 === 0) noteIns.run(newId(), id, date, NOTE_KINDS[(d + i) % NOTE_KINDS.length]!, NOTES[(d * 3 + i) % NOTES.length]!, at(d, '19:30:00'), at(d, '19:30:00'));
        if ((d + i) % 30 === 0) contactIns.run(newId(), id, relatives[d % 2]!, date, CONTACT_KINDS[(d + i) % CONTACT_KINDS.length]!, at(d, '16:00:00'), at(d, '16:00:00'));
        if (med) {
          for (const time of ['08:00', '20:00']) {
            const given = rng.chance(0.97);
            doseIns.run(newId(), med, id, date, time, given ? 'given' : 'refused', given ? at(d, `${time}:00`) : null, given ? '1 tablet' : '', given ? '' : 'İmtina etdi', at(d, `${time}:00`));
          }
        }
        if (++incidentBudget >= 250) {
          incidentBudget = 0;
          const inc = newId();
          incidentIns.run(inc, date, INCIDENT_KINDS[d % INCIDENT_KINDS.length]!, at(d + 1), at(d), at(d + 1));
          incidentChildIns.run(inc, id);
        }
      }
    }
    for (const [key, n] of rolls) {
      const [d, group] = key.split('|') as [string, string];
      const stamp = at(Number(d), '09:00:00');
      rollIns.run(isoOf(Number(d)), group, n, n, stamp, stamp);
    }
  })();
  // The children's records as created (their audit entries, chained); the history above is not audited.
  const ctx = systemCtx(conn.db, 'cli', () => new Date(`${o.today}T07:00:00Z`));
  const rows = db.prepare('SELECT * FROM residents ORDER BY id').all() as Array<Parameters<typeof toResidentDto>[0]>;
  await writeTx(ctx, async (_trx, audit) => {
    for (const r of rows) await audit({ action: 'resident.create', entity: 'resident', entityId: r.id, after: toResidentDto(r, true) });
  });
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  await conn.close();
}
