import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { AuditInput } from '../audit/audit';
import type {
  DB, EducationGoalProgressTable, EducationGoalsTable, EducationPlansTable, EducationReviewsTable, FunctioningAssessmentsTable,
  FunctioningBarriersTable, FunctioningScoresTable, ResidentsTable, SchoolingTable, SpecialNeedsSupportsTable,
} from '../db/types';
import { Prng, seededUuidv7 } from '../demo/prng';
import { dayOf, isoOf } from '../demo/dates';
import { ageOn } from '../person/schema';
import {
  BARRIERS, FUNCTIONING_DOMAINS, SCHOOL_AGE, academicYearDates, academicYearOf, type GoalDomain, type GoalStatus, type SchoolType,
} from './schema';

// The demo institution's education: schooling this year (and last year for the older ones) for
// every current child; children with a disability partly in inclusive mainstream schools, partly
// in special schools or schooled inside; assessments, plans in every state with goals, supports
// and reviews. Deterministic for a seed; written in the caller's transaction, every record audited.

const SCHOOLS = [
  'Bakı şəhəri 45 nömrəli tam orta məktəb',
  'Bakı şəhəri 132 nömrəli tam orta məktəb',
  'Bakı şəhəri 6 nömrəli ümumi orta məktəb',
  'Bakı şəhəri 20 nömrəli məktəb-lisey',
];
const SPECIAL_SCHOOLS = ['Bakı şəhəri 2 nömrəli xüsusi internat məktəbi', 'Bakı şəhəri 11 nömrəli xüsusi məktəb'];
const PRESCHOOLS = ['Bakı şəhəri 87 nömrəli körpələr evi-uşaq bağçası', 'Bakı şəhəri 214 nömrəli uşaq bağçası'];
const TEACHERS = ['Əliyeva Gülər', 'Məmmədova Səadət', 'Hüseynova Nərgiz', 'Quliyev Elşən', 'Cəfərova Könül', 'İsmayılova Ülviyyə'];
const SPECIALISTS = ['Loqoped Abbasova Aytən', 'Psixoloq Rzayeva Nərmin', 'Defektoloq Kərimova Lalə'];

const GOALS: ReadonlyArray<[GoalDomain, string, string, string]> = [
  ['academic', 'Səlis oxuma', 'Dəqiqədə 15 söz oxuyur', 'Dəqiqədə 40 söz oxuyur'],
  ['academic', '20 daxilində toplama və çıxma', '10 daxilində barmaqla sayır', '20 daxilində 10 misaldan 8-ni düz həll edir'],
  ['academic', 'Diktə yazmaq', 'Sözləri hərf-hərf köçürür', '30 sözlük diktəni 5 səhvdən az yazır'],
  ['communication', 'Fikrini cümlə ilə bildirmək', 'Tək sözlərlə danışır', 'İstəyini 3-4 sözlük cümlə ilə deyir'],
  ['communication', 'Sinifdə sual vermək', 'Dərsdə susur', 'Həftədə ən azı 3 dəfə müəllimə sual verir'],
  ['self_care', 'Məktəb çantasını özü yığmaq', 'Tərbiyəçinin köməyi ilə yığır', 'Cədvələ baxıb çantanı özü yığır'],
  ['self_care', 'Məktəbə yolu tanımaq', 'Müşayiətlə gedir', 'Yolu və keçidləri düzgün göstərir'],
  ['social_emotional', 'Yoldaşları ilə birgə oyun', 'Tənəffüsdə tək qalır', 'Tənəffüsdə 3 uşaqla oynayır'],
  ['social_emotional', 'Hirsini idarə etmək', 'Həftədə 4-5 dəfə qışqırır', 'Həftədə 1 dəfədən az, sakitləşmə küncündən istifadə edir'],
  ['motor', 'Qələmi düzgün tutmaq', 'Qələmi yumruqla tutur', 'Üç barmaqla tutub adını yazır'],
  ['motor', 'Pilləkəni köməksiz qalxmaq', 'Məhəccərdən tutub bir-bir qalxır', 'İkinci mərtəbəyə köməksiz qalxır'],
];
const STRENGTHS = ['Rəsm çəkməyi və musiqini sevir', 'Diqqətlidir, tapşırığı axıra qədər edir', 'Yoldaşlarına kömək etməyi sevir', 'Yaddaşı yaxşıdır, şeir əzbərləyir'];
const NEEDS = ['Oxuma və yazmada əlavə dəstək', 'Nitq inkişafı üzrə loqoped məşğələləri', 'Diqqətin cəmlənməsi üçün qısa tapşırıqlar', 'Hərəkət üçün əlçatan sinif otağı'];
const ACCOMMODATIONS = ['Ön partada oturur', 'Tapşırıqlar iri şriftlə verilir', 'Yazılı işlərə əlavə vaxt', 'Tapşırıqlar hissə-hissə verilir', 'Dərsdə qısa fasilələr'];

export interface DemoEducationSummary {
  schooling: number;
  assessments: number;
  plans: { draft: number; active: number; closed: number };
  goals: number;
  reviews: number;
  supports: number;
  auditEntries: number;
}

function pickSome<T>(rng: Prng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

const ROWS = 400;
async function insertAll(trx: Kysely<DB>, table: keyof DB, rows: object[]) {
  for (let i = 0; i < rows.length; i += ROWS) await trx.insertInto(table).values(rows.slice(i, i + ROWS) as never).execute();
}

/** Writes the education of the demo's current children (residents and day attendees). */
export async function writeDemoEducation(
  trx: Kysely<DB>,
  ctx: Ctx,
  rng: Prng,
  opts: { today: string; children: ResidentsTable[] },
): Promise<{ summary: DemoEducationSummary; audit: AuditInput[] }> {
  const { today } = opts;
  const now = ctx.now();
  const at = now.toISOString();
  const id = () => seededUuidv7(now.getTime(), rng);
  const year = academicYearOf(today);
  const lastYear = `${Number(year.slice(0, 4)) - 1}-${year.slice(0, 4)}`;
  const thisYear = academicYearDates(year);
  const prevYear = academicYearDates(lastYear);
  const t = dayOf(today);

  const schooling: SchoolingTable[] = [];
  const assessments: FunctioningAssessmentsTable[] = [];
  const scores: FunctioningScoresTable[] = [];
  const barriers: FunctioningBarriersTable[] = [];
  const plans: EducationPlansTable[] = [];
  const goals: EducationGoalsTable[] = [];
  const supports: SpecialNeedsSupportsTable[] = [];
  const reviews: EducationReviewsTable[] = [];
  const progress: EducationGoalProgressTable[] = [];
  const audit: AuditInput[] = [];
  const on = (r: ResidentsTable, action: string, after: Record<string, unknown>) => audit.push({ action, entity: 'resident', entityId: r.id, after });

  const school = (r: ResidentsTable, y: string, type: SchoolType, o: { name?: string; inclusive?: boolean; reason?: string; grade?: string } = {}) => {
    const none = type === 'none';
    const row: SchoolingTable = {
      id: id(), resident_id: r.id, academic_year: y, school_type: type, none_reason: none ? (o.reason ?? 'other') : null,
      school_name: none ? '' : (o.name ?? ''), outside_institution: none || type === 'in_institution' || type === 'home' ? 0 : 1,
      with_children_not_in_care: type === 'mainstream' || type === 'preschool' ? 1 : 0, grade: o.grade ?? '', inclusive: o.inclusive ? 1 : 0,
      start_date: none ? null : (y === year ? thisYear.start : prevYear.start), end_date: y === year ? null : prevYear.end,
      contact_teacher: none ? '' : rng.pick(TEACHERS), contact_phone: none ? '' : `+994 50 ${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      notes: '', version: 1, created_at: at, updated_at: at,
    };
    schooling.push(row);
    on(r, 'education.schoolingCreate', { schoolingId: row.id, academicYear: y, schoolType: type, noneReason: row.none_reason, schoolName: row.school_name, inclusive: o.inclusive ?? false });
    return row;
  };

  const goalRows = (plan: EducationPlansTable, r: ResidentsTable, statuses: GoalStatus[], from: EducationGoalsTable[] = []) => {
    const picked = pickSome(rng, GOALS, statuses.length);
    return statuses.map((status, i): EducationGoalsTable => {
      const carried = from[i];
      const [domain, description, baseline, target] = carried ? [carried.domain as GoalDomain, carried.description, carried.baseline, carried.target] : picked[i]!;
      const g: EducationGoalsTable = {
        id: id(), plan_id: plan.id, position: i, domain, description, baseline, target, target_date: plan.end_date, status,
        carried_from_goal_id: carried?.id ?? null, version: 1, created_at: at, updated_at: at,
      };
      goals.push(g);
      on(r, 'education.goalCreate', { planId: plan.id, goalId: g.id, domain, description, target, status });
      return g;
    });
  };

  const review = (plan: EducationPlansTable, r: ResidentsTable, date: string, next: string | null, gs: EducationGoalsTable[], statuses: GoalStatus[]) => {
    const answer = () => (rng.chance(0.15) ? null : rng.chance(0.8) ? 1 : 0);
    const row: EducationReviewsTable = {
      id: id(), plan_id: plan.id, review_date: date, participants: `${plan.responsible_teacher}, ${rng.pick(SPECIALISTS)}`,
      summary: 'Uşaq irəliləyir; dəstək davam etdirilir.', next_review_date: next,
      school_accessible: answer(), teacher_aware: answer(), inclusive_teaching: answer(), no_stigma: answer(), attendance_ok: answer(),
      safe_route: answer(), materials_available: answer(), created_by: 'demo', created_at: at,
    };
    reviews.push(row);
    gs.forEach((g, i) => progress.push({ review_id: row.id, goal_id: g.id, status: statuses[i]!, note: '' }));
    on(r, 'education.reviewAdd', { planId: plan.id, reviewId: row.id, reviewDate: date, nextReviewDate: next });
  };

  const plan = (r: ResidentsTable, y: string, status: 'draft' | 'active' | 'closed', o: { schoolingId: string | null; assessmentId: string | null; previous?: string; next?: string | null; approvedDay?: number }) => {
    const d = y === year ? thisYear : prevYear;
    const row: EducationPlansTable = {
      id: id(), resident_id: r.id, academic_year: y, status, start_date: d.start, end_date: d.end, schooling_id: o.schoolingId,
      assessment_id: o.assessmentId, previous_plan_id: o.previous ?? null, responsible_teacher: rng.pick(TEACHERS),
      team: `${rng.pick(SPECIALISTS)}, ${rng.pick(SPECIALISTS)}`, strengths: rng.pick(STRENGTHS), needs: rng.pick(NEEDS),
      accommodations: pickSome(rng, ACCOMMODATIONS, 2).join('\n'), next_review_date: o.next ?? null,
      approved_at: status === 'draft' ? null : `${isoOf(o.approvedDay ?? dayOf(d.start) + 10)}T09:00:00.000Z`, approved_by: status === 'draft' ? null : 'director',
      closed_at: status === 'closed' ? `${d.end}T12:00:00.000Z` : null, closed_by: status === 'closed' ? 'director' : null,
      version: 1, created_at: at, updated_at: at,
    };
    plans.push(row);
    on(r, 'education.planCreate', { planId: row.id, academicYear: y, startDate: row.start_date, endDate: row.end_date, responsibleTeacher: row.responsible_teacher });
    if (status !== 'draft') on(r, 'education.planApprove', { planId: row.id, status: 'active', nextReviewDate: row.next_review_date });
    if (status === 'closed') on(r, 'education.planClose', { planId: row.id, status: 'closed' });
    return row;
  };

  for (const r of opts.children) {
    if (r.status === 'discharged') continue;
    const age = ageOn(r.date_of_birth, today);
    const disabled = r.disability === 1;
    const grade = (a: number) => `${Math.max(1, Math.min(11, a - 5))}${rng.pick(['A', 'B', 'C'])}`;
    let current: SchoolingTable;
    if (age < SCHOOL_AGE.from) {
      current = age >= 3 && rng.chance(0.7) ? school(r, year, 'preschool', { name: rng.pick(PRESCHOOLS), inclusive: disabled && rng.chance(0.4) }) : school(r, year, 'none', { reason: 'below_school_age' });
    } else if (age > SCHOOL_AGE.to) {
      continue;
    } else if (disabled) {
      const x = rng.next();
      current =
        x < 0.5 ? school(r, year, 'mainstream', { name: rng.pick(SCHOOLS), inclusive: true, grade: grade(age) })
        : x < 0.7 ? school(r, year, 'special', { name: rng.pick(SPECIAL_SCHOOLS), grade: grade(age) })
        : x < 0.85 ? school(r, year, 'in_institution', { name: 'Müəssisənin xüsusi sinfi', grade: grade(age) })
        : x < 0.95 ? school(r, year, 'home', { grade: grade(age) })
        : school(r, year, 'none', { reason: 'disability' });
    } else {
      const x = rng.next();
      current =
        x < 0.85 ? school(r, year, 'mainstream', { name: rng.pick(SCHOOLS), grade: grade(age) })
        : x < 0.95 ? school(r, year, 'in_institution', { name: 'Müəssisənin sinfi', grade: grade(age) })
        : school(r, year, 'none', { reason: age >= 15 ? rng.pick(['exclusion', 'child_choice', 'care_duties']) : 'other' });
    }
    // Last year's schooling, as this year's, for children already at school then.
    if (age > SCHOOL_AGE.from && current.school_type !== 'none' && current.school_type !== 'preschool') {
      school(r, lastYear, current.school_type as SchoolType, { name: current.school_name, inclusive: current.inclusive === 1, grade: grade(age - 1) });
    }
    if (!disabled) continue;

    // Every child with a disability is assessed; most have a plan.
    const a: FunctioningAssessmentsTable = {
      id: id(), resident_id: r.id, assessed_on: isoOf(t - rng.int(60, 300)), assessed_by: rng.pick(SPECIALISTS), staff_id: null, notes: '',
      version: 1, created_at: at, updated_at: at,
    };
    assessments.push(a);
    const sc = Object.fromEntries(FUNCTIONING_DOMAINS.map((d) => [d, rng.int(1, rng.chance(0.3) ? 4 : 3)]));
    for (const d of FUNCTIONING_DOMAINS) scores.push({ assessment_id: a.id, domain: d, score: sc[d]!, note: '' });
    const bs = pickSome(rng, BARRIERS, rng.int(0, 2));
    for (const b of bs) barriers.push({ assessment_id: a.id, barrier: b, note: '' });
    on(r, 'education.assessmentAdd', { assessmentId: a.id, assessedOn: a.assessed_on, assessedBy: a.assessed_by, ...sc, barriers: bs.join(', ') });
    if (age < SCHOOL_AGE.from) continue;

    const x = rng.next();
    let carried: EducationGoalsTable[] = [];
    let previous: string | undefined;
    if (x < 0.65 && age > SCHOOL_AGE.from) {
      // Last year's plan, closed, reviewed twice; its goals still under way carried over.
      const last = plan(r, lastYear, 'closed', { schoolingId: null, assessmentId: a.id, next: null });
      const statuses: GoalStatus[] = ['achieved', rng.pick(['achieved', 'discontinued'] as const), 'in_progress'];
      const gs = goalRows(last, r, statuses);
      review(last, r, isoOf(dayOf(prevYear.start) + 100), isoOf(dayOf(prevYear.start) + 200), gs, ['in_progress', 'in_progress', 'in_progress']);
      review(last, r, isoOf(dayOf(prevYear.end) - 10), null, gs, statuses);
      carried = gs.filter((g) => g.status === 'in_progress');
      previous = last.id;
    }
    if (x < 0.8) {
      // This year's plan, active: its next review overdue, soon or later.
      const approvedDay = dayOf(thisYear.start) + rng.int(5, 25);
      const when = rng.next();
      const next = isoOf(when < 0.2 ? t - rng.int(3, 20) : when < 0.5 ? t + rng.int(3, 28) : t + rng.int(40, 90));
      const p = plan(r, year, 'active', { schoolingId: current.id, assessmentId: a.id, previous, next, approvedDay });
      const statuses: GoalStatus[] = [...carried.map(() => 'in_progress' as const), ...pickSome(rng, ['not_started', 'in_progress', 'achieved'] as const, 2)];
      const gs = goalRows(p, r, statuses, carried);
      if (t - approvedDay > 45 && next > isoOf(approvedDay + 40)) review(p, r, isoOf(approvedDay + 40), next, gs, statuses);
      const service = rng.pick(['speech_therapy', 'psychologist', 'teaching_assistant', 'physiotherapy'] as const);
      const s: SpecialNeedsSupportsTable = {
        id: id(), resident_id: r.id, plan_id: p.id, kind: 'service', service, description: '', provider: rng.pick(SPECIALISTS),
        frequency_count: rng.int(1, 3), frequency_unit: 'week', start_date: p.start_date, end_date: p.end_date, version: 1, created_at: at, updated_at: at,
      };
      supports.push(s);
      on(r, 'education.supportCreate', { supportId: s.id, planId: p.id, kind: 'service', service, frequencyCount: s.frequency_count, frequencyUnit: 'week' });
    } else if (x < 0.9) {
      const p = plan(r, year, 'draft', { schoolingId: current.id, assessmentId: a.id, previous });
      goalRows(p, r, ['not_started', 'not_started']);
    }
    // The rest (about one in ten) have no plan yet: the dashboard says so.
  }

  await insertAll(trx, 'schooling', schooling);
  await insertAll(trx, 'functioning_assessments', assessments);
  await insertAll(trx, 'functioning_scores', scores);
  await insertAll(trx, 'functioning_barriers', barriers);
  // Last year's plans before this year's (previous_plan_id), goals before the goals carried from them.
  await insertAll(trx, 'education_plans', [...plans].sort((p, q) => p.academic_year.localeCompare(q.academic_year)));
  await insertAll(trx, 'education_goals', [...goals].sort((g, h) => Number(g.carried_from_goal_id !== null) - Number(h.carried_from_goal_id !== null)));
  await insertAll(trx, 'special_needs_supports', supports);
  await insertAll(trx, 'education_reviews', reviews);
  await insertAll(trx, 'education_goal_progress', progress);
  const count = (s: string) => plans.filter((p) => p.status === s).length;
  return {
    summary: {
      schooling: schooling.length, assessments: assessments.length, plans: { draft: count('draft'), active: count('active'), closed: count('closed') },
      goals: goals.length, reviews: reviews.length, supports: supports.length, auditEntries: audit.length,
    },
    audit,
  };
}
