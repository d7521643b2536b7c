import type { Selectable } from 'kysely';
import type { ReadDb } from '../db/read';
import type {
  EducationGoalsTable, EducationPlansTable, EducationReviewsTable, FunctioningAssessmentsTable, SchoolingTable, SpecialNeedsSupportsTable,
} from '../db/types';
import { sql } from 'kysely';
import { REVIEW_DUE_DAYS, addDays, type PlanListQuery } from './schema';
import { NOT_AT_SCHOOL_STATUSES, mergeAbsences, schoolingSpan, type Absence } from './absences';

// The education domain's reads (Kysely on a ReadDb). Services map the rows to DTOs.

export type SchoolingRow = Selectable<SchoolingTable>;
export type AssessmentRow = Selectable<FunctioningAssessmentsTable>;
export type SupportRow = Selectable<SpecialNeedsSupportsTable>;
export type PlanRow = Selectable<EducationPlansTable>;
export type GoalRow = Selectable<EducationGoalsTable>;
export type ReviewRow = Selectable<EducationReviewsTable>;

export const findResident = (db: ReadDb, id: string) =>
  db
    .selectFrom('residents')
    .select(['id', 'fin', 'last_name', 'first_name', 'patronymic', 'sex', 'date_of_birth', 'group_name', 'disability', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();

export const findSchooling = (db: ReadDb, id: string) => db.selectFrom('schooling').selectAll().where('id', '=', id).executeTakeFirst();
export const findPlan = (db: ReadDb, id: string) => db.selectFrom('education_plans').selectAll().where('id', '=', id).executeTakeFirst();
export const findGoal = (db: ReadDb, id: string) => db.selectFrom('education_goals').selectAll().where('id', '=', id).executeTakeFirst();
export const findSupport = (db: ReadDb, id: string) => db.selectFrom('special_needs_supports').selectAll().where('id', '=', id).executeTakeFirst();
export const findAssessment = (db: ReadDb, id: string) =>
  db.selectFrom('functioning_assessments').selectAll().where('id', '=', id).executeTakeFirst();

export const schoolingOf = (db: ReadDb, residentId: string) =>
  db.selectFrom('schooling').selectAll().where('resident_id', '=', residentId).orderBy('academic_year', 'desc').orderBy('start_date', 'desc').orderBy('id').execute();

/**
 * Each child's schooling in an academic year: the record begun last (a school change within the
 * year), as the dashboard's signals and the package's schooling summary read it.
 */
export async function schoolingOfYear(db: ReadDb, academicYear: string): Promise<Map<string, SchoolingRow>> {
  const rows = await db
    .selectFrom('schooling')
    .selectAll()
    .where('academic_year', '=', academicYear)
    .orderBy('resident_id')
    .orderBy('start_date')
    .orderBy('created_at')
    .execute();
  const byChild = new Map<string, SchoolingRow>();
  for (const r of rows) byChild.set(r.resident_id, r);
  return byChild;
}

export const absencesOf = (db: ReadDb, schoolingIds: string[]) =>
  schoolingIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('schooling_absences').selectAll().where('schooling_id', 'in', schoolingIds).orderBy('month').execute();

/**
 * The daily roll call of one child over some days, by month: how many days it marked them, and on
 * how many school days (Monday–Friday, `strftime('%w')` 1–5) the mark meant not at school
 * (absences.ts says which). Reads the `(resident_id, date)` key of `attendance`.
 */
export const rollCallByMonth = (db: ReadDb, residentId: string, from: string, to: string) =>
  db
    .selectFrom('attendance')
    .select([
      sql<string>`substr(date, 1, 7)`.as('month'),
      sql<number>`count(*)`.as('marked'),
      sql<number>`sum(CASE WHEN status IN (${sql.join(NOT_AT_SCHOOL_STATUSES.map((s) => sql.lit(s)))}) AND strftime('%w', date) BETWEEN '1' AND '5' THEN 1 ELSE 0 END)`.as('missed'),
    ])
    .where('resident_id', '=', residentId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy(sql`substr(date, 1, 7)`)
    .orderBy('month')
    .execute();

/**
 * One schooling record's days missed per month up to `today`: the roll call's count for the months
 * it marked the child, the typed number (rows of schooling_absences) for the others.
 */
export async function daysMissedFor(
  db: ReadDb,
  r: Pick<SchoolingRow, 'id' | 'resident_id' | 'academic_year' | 'start_date' | 'end_date'>,
  typed: Array<{ schooling_id: string; month: string; days_missed: number; source: string }>,
  today: string,
): Promise<Absence[]> {
  const span = schoolingSpan({ academicYear: r.academic_year, startDate: r.start_date, endDate: r.end_date }, today);
  const rollCall = span ? await rollCallByMonth(db, r.resident_id, span.from, span.to) : [];
  return mergeAbsences(
    rollCall.map((m) => ({ month: m.month, missed: Number(m.missed) })),
    typed.filter((a) => a.schooling_id === r.id && a.source === 'typed').map((a) => ({ month: a.month, daysMissed: a.days_missed })),
  );
}

export const assessmentsOf = (db: ReadDb, residentId: string) =>
  db.selectFrom('functioning_assessments').selectAll().where('resident_id', '=', residentId).orderBy('assessed_on', 'desc').orderBy('id').execute();

export const scoresOf = (db: ReadDb, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('functioning_scores').selectAll().where('assessment_id', 'in', ids).execute();

export const barriersOf = (db: ReadDb, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.selectFrom('functioning_barriers').selectAll().where('assessment_id', 'in', ids).execute();

export const supportsOfResident = (db: ReadDb, residentId: string) =>
  db.selectFrom('special_needs_supports').selectAll().where('resident_id', '=', residentId).orderBy('start_date', 'desc').orderBy('id').execute();

export const supportsOfPlan = (db: ReadDb, planId: string) =>
  db.selectFrom('special_needs_supports').selectAll().where('plan_id', '=', planId).orderBy('start_date').orderBy('id').execute();

export const goalsOf = (db: ReadDb, planId: string) =>
  db.selectFrom('education_goals').selectAll().where('plan_id', '=', planId).orderBy('position').orderBy('id').execute();

export const reviewsOf = (db: ReadDb, planId: string) =>
  db.selectFrom('education_reviews').selectAll().where('plan_id', '=', planId).orderBy('review_date', 'desc').orderBy('id').execute();

export const progressOf = (db: ReadDb, reviewIds: string[]) =>
  reviewIds.length === 0 ? Promise.resolve([]) : db.selectFrom('education_goal_progress').selectAll().where('review_id', 'in', reviewIds).execute();

/** The closed plans of a child: their supports and the assessments they name are read-only. */
export const closedPlansOf = (db: ReadDb, residentId: string) =>
  db.selectFrom('education_plans').select(['id', 'assessment_id']).where('resident_id', '=', residentId).where('status', '=', 'closed').execute();

export const activePlanFor = (db: ReadDb, residentId: string, academicYear: string) =>
  db
    .selectFrom('education_plans')
    .select('id')
    .where('resident_id', '=', residentId)
    .where('academic_year', '=', academicYear)
    .where('status', '=', 'active')
    .executeTakeFirst();

/** Plans with their child's name, their school's placement and the number of goals. */
function planListBase(db: ReadDb) {
  return db
    .selectFrom('education_plans as p')
    .innerJoin('residents as r', 'r.id', 'p.resident_id')
    .leftJoin('schooling as s', 's.id', 'p.schooling_id');
}

export const PLAN_LIST_COLUMNS = [
  'p.id', 'p.resident_id', 'p.academic_year', 'p.status', 'p.start_date', 'p.end_date', 'p.responsible_teacher', 'p.next_review_date',
  'r.last_name', 'r.first_name', 'r.patronymic', 's.inclusive', 's.outside_institution',
] as const;

export async function listPlans(db: ReadDb, f: PlanListQuery, today: string) {
  let q = planListBase(db);
  if (f.academicYear) q = q.where('p.academic_year', '=', f.academicYear);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.reviewDue !== undefined) {
    const due = addDays(today, REVIEW_DUE_DAYS);
    q = f.reviewDue
      ? q.where('p.status', '=', 'active').where('p.next_review_date', '<=', due)
      : q.where((eb) => eb.or([eb('p.status', '<>', 'active'), eb('p.next_review_date', 'is', null), eb('p.next_review_date', '>', due)]));
  }
  if (f.inclusive !== undefined) q = q.where('s.inclusive', '=', f.inclusive ? 1 : 0);
  if (f.outside !== undefined) q = q.where('s.outside_institution', '=', f.outside ? 1 : 0);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([...PLAN_LIST_COLUMNS, 'r.sort_key'])
    .select((eb) => eb.selectFrom('education_goals as g').whereRef('g.plan_id', '=', 'p.id').select((e) => e.fn.countAll<number>().as('c')).as('goal_count'))
    .orderBy('p.academic_year', 'desc')
    .orderBy('r.sort_key')
    .orderBy('p.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total: Number(total.n), rows };
}

export async function plansOfResident(db: ReadDb, residentId: string) {
  return planListBase(db)
    .where('p.resident_id', '=', residentId)
    .select([...PLAN_LIST_COLUMNS])
    .select((eb) => eb.selectFrom('education_goals as g').whereRef('g.plan_id', '=', 'p.id').select((e) => e.fn.countAll<number>().as('c')).as('goal_count'))
    .orderBy('p.academic_year', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
}

export type PlanListRow = Awaited<ReturnType<typeof plansOfResident>>[number];
