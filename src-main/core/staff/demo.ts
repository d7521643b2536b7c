import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { DB, StaffTable, StaffTrainingsTable } from '../db/types';
import type { Audit } from '../db/write';
import type { Role } from '../contract/permissions';
import { FIN_PATTERN, addYears } from '../residents/schema';
import { insertUser } from '../auth/users';
import { passwordIssues } from '../auth/schema';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, patronymicFor, surnameFor } from '../demo/names';
import { dayOf, isoOf } from '../demo/dates';
import { seededUuidv7, type Prng } from '../demo/prng';
import { staffColumns } from './service';
import type { EducationLevel, Position, StaffFields } from './schema';

// The demo institution's staff and one account for each role, so a new user can try every role.
// Staff are reproducible from the seed; the passwords are random (printed once by `qaygi demo`).

/** How many people hold each position in a home of about 120 children; caregivers scale with children. */
function staffing(children: number): Array<[Position, number]> {
  const groups = Math.max(1, Math.ceil(children / 16));
  return [
    ['director', 1],
    ['deputy_director', 1],
    ['social_worker', Math.max(1, Math.round(children / 40))],
    ['caregiver', groups * 2],
    ['assistant_caregiver', groups],
    ['teacher', Math.max(1, Math.round(children / 30))],
    ['special_educator', Math.max(1, Math.round(children / 60))],
    ['speech_therapist', 1],
    ['psychologist', Math.max(1, Math.round(children / 60))],
    ['doctor', 1],
    ['nurse', Math.max(1, Math.round(children / 40))],
    ['methodologist', 1],
    ['accountant', 1],
    ['cook', 2],
    ['technical', 2],
    ['security', 2],
  ];
}

/** Which staff member gets the demo account of each role (by position), and its username. */
const ACCOUNTS: ReadonlyArray<[Role, Position]> = [
  ['director', 'director'],
  ['admin', 'deputy_director'],
  ['social_worker', 'social_worker'],
  ['caregiver', 'caregiver'],
  ['teacher', 'teacher'],
  ['medical', 'doctor'],
  ['psychologist', 'psychologist'],
  ['read_only', 'methodologist'],
];

const FEMALE_SHARE: Partial<Record<Position, number>> = {
  caregiver: 0.9,
  assistant_caregiver: 0.95,
  teacher: 0.8,
  nurse: 1,
  speech_therapist: 0.9,
  special_educator: 0.85,
  cook: 0.8,
  security: 0,
  technical: 0.3,
};

const EDUCATION: Partial<Record<Position, EducationLevel[]>> = {
  director: ['master', 'doctorate'],
  deputy_director: ['master', 'bachelor'],
  cook: ['secondary', 'vocational'],
  technical: ['secondary', 'vocational'],
  security: ['secondary'],
  assistant_caregiver: ['secondary', 'vocational'],
  nurse: ['vocational', 'bachelor'],
};

const QUALIFICATION: Partial<Record<Position, string>> = {
  teacher: 'İbtidai sinif müəllimi',
  special_educator: 'Defektologiya',
  speech_therapist: 'Loqopediya',
  psychologist: 'Psixologiya',
  social_worker: 'Sosial iş',
  doctor: 'Pediatriya',
  nurse: 'Tibb bacısı işi',
  caregiver: 'Məktəbəqədər təhsil',
  methodologist: 'Pedaqogika',
  accountant: 'Mühasibat uçotu',
};

const TRAININGS: ReadonlyArray<[title: string, provider: string, hours: number]> = [
  ['İnklüziv təhsilin əsasları', 'Təhsil İnstitutu', 24],
  ['Uşaq hüquqlarının müdafiəsi', 'UNICEF Azərbaycan', 16],
  ['İlk tibbi yardım', 'Azərbaycan Qızıl Aypara Cəmiyyəti', 8],
  ['Uşağın ailəyə qaytarılması və alternativ qayğı', 'Təhsil Nazirliyi', 18],
  ['Travma yaşamış uşaqlarla iş', 'Təhsil İnstitutu', 12],
  ['Fərdi təhsil planının hazırlanması', 'Təhsil İnstitutu', 20],
  ['Zorakılığın qarşısının alınması', 'UNICEF Azərbaycan', 10],
];

const FIN_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const PHONE_PREFIXES = ['50', '51', '55', '70', '77', '99'];

/** A random password that passes the rules: 4 groups of 4 letters and digits. */
function demoPassword(): string {
  const chars = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => chars[randomInt(chars.length)]).join(''));
    const pw = groups.join('-');
    if (passwordIssues(pw, []).length === 0) return pw;
  }
}

export interface DemoAccount {
  username: string;
  role: Role;
  password: string;
  staffId: string;
}

export interface DemoStaffSummary {
  staff: number;
  former: number;
  trainings: number;
  accounts: DemoAccount[];
}

function person(rng: Prng, position: Position, today: string, usedFins: Set<string>): StaffFields {
  const sex = rng.chance(FEMALE_SHARE[position] ?? 0.6) ? 'F' : 'M';
  const firstName = rng.pick(sex === 'F' ? FEMALE_NAMES : MALE_NAMES);
  const lastName = surnameFor(rng.pick(SURNAMES), sex);
  const minAge = position === 'director' || position === 'deputy_director' ? 35 : 22;
  const age = rng.int(minAge, 62);
  const todayDay = dayOf(today);
  const born = dayOf(addYears(today, -age)) - rng.int(0, 364);
  // Hired after turning 21, at most 30 years ago.
  const earliestHire = Math.max(dayOf(addYears(isoOf(born), 21)), dayOf(addYears(today, -30)));
  const hired = rng.int(Math.min(earliestHire, todayDay - 30), todayDay - 30);
  let fin: string;
  do fin = Array.from({ length: 7 }, () => rng.pick([...FIN_CHARS])).join('');
  while (usedFins.has(fin) || !FIN_PATTERN.test(fin));
  usedFins.add(fin);
  const phone = `+994 ${rng.pick(PHONE_PREFIXES)} ${rng.int(200, 999)} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}`;
  return {
    fin,
    lastName,
    firstName,
    patronymic: patronymicFor(rng.pick(MALE_NAMES), sex),
    sex,
    dateOfBirth: isoOf(born),
    position,
    department: '',
    employmentType: rng.chance(0.85) ? 'full_time' : 'part_time',
    hiredDate: isoOf(hired),
    leftDate: null,
    education: rng.pick(EDUCATION[position] ?? ['bachelor', 'master']),
    qualification: QUALIFICATION[position] ?? '',
    phone,
    email: rng.chance(0.5) ? `${fin.toLowerCase()}@mail.az` : '',
    notes: '',
  };
}

/**
 * Writes the demo staff (current and some former), their trainings, and one account per role
 * (usernames are the role names: director, admin, social_worker, …) inside the caller's
 * transaction, each with its audit entry. Passwords are returned to be printed once.
 */
export async function writeDemoStaff(
  trx: Kysely<DB>,
  ctx: Ctx,
  audit: Audit,
  rng: Prng,
  opts: { today: string; children: number },
): Promise<DemoStaffSummary> {
  const now = ctx.now();
  const nowIso = now.toISOString();
  const usedFins = new Set<string>();
  const byPosition = new Map<Position, string>();
  let count = 0;
  let former = 0;
  let trainings = 0;
  const positions = staffing(opts.children).flatMap(([p, n]) => Array.from({ length: n }, () => p));
  // About one in eight positions also had someone who has left.
  const leavers = positions.filter((p) => p !== 'director' && rng.chance(0.125));
  for (const [i, position] of [...positions, ...leavers].entries()) {
    const v = person(rng, position, opts.today, usedFins);
    if (i >= positions.length) {
      // Left after at least half a year, before today (someone hired too recently stays).
      const [first, last] = [dayOf(v.hiredDate) + 180, dayOf(opts.today) - 1];
      if (first <= last) {
        v.leftDate = isoOf(rng.int(first, last));
        former++;
      }
    }
    const row: StaffTable = { id: seededUuidv7(now.getTime(), rng), version: 1, created_at: nowIso, updated_at: nowIso, ...staffColumns(v) };
    await trx.insertInto('staff').values(row).execute();
    await audit({ action: 'staff.create', entity: 'staff', entityId: row.id, after: { ...v } });
    count++;
    if (!v.leftDate && !byPosition.has(position)) byPosition.set(position, row.id);
    const n = rng.int(0, 3);
    const picked = new Set<number>();
    for (let t = 0; t < n; t++) {
      const k = rng.int(0, TRAININGS.length - 1);
      if (picked.has(k)) continue;
      picked.add(k);
      const [title, provider, hours] = TRAININGS[k]!;
      const date = isoOf(rng.int(Math.max(dayOf(v.hiredDate), dayOf(opts.today) - 5 * 365), dayOf(v.leftDate ?? opts.today)));
      const training: StaffTrainingsTable = {
        id: seededUuidv7(now.getTime(), rng),
        staff_id: row.id,
        title,
        provider,
        date,
        hours,
        certificate_number: `${String(rng.int(1000, 9999))}/${date.slice(0, 4)}`,
        version: 1,
        created_at: nowIso,
        updated_at: nowIso,
      };
      await trx.insertInto('staff_trainings').values(training).execute();
      await audit({
        action: 'staff.trainingAdd',
        entity: 'staff',
        entityId: row.id,
        after: { trainingId: training.id, title, provider, date, hours, certificateNumber: training.certificate_number },
      });
      trainings++;
    }
  }
  const accounts: DemoAccount[] = [];
  for (const [role, position] of ACCOUNTS) {
    const staffId = byPosition.get(position);
    if (!staffId) continue;
    const password = demoPassword();
    await insertUser(trx, ctx, audit, { username: role, displayName: '', role, password, staffId, mustChangePassword: false });
    accounts.push({ username: role, role, password, staffId });
  }
  return { staff: count, former, trainings, accounts };
}
