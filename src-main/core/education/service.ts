import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { ReadDb } from '../db/read';
import type { DB, EducationGoalsTable, EducationPlansTable, EducationReviewsTable, SchoolingTable, SpecialNeedsSupportsTable } from '../db/types';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import { changedFields } from '../audit/diff';
import {
  CHECKLIST_ITEMS, FUNCTIONING_DOMAINS, REVIEW_DUE_DAYS, addDays, goalIssues, planDateIssues, reviewDateIssues, schoolingIssues, supportIssues,
  type AssessmentAdd, type AssessmentDto, type AssessmentUpdate, type ChecklistItem, type ChildEducationDto, type GoalDto, type GoalSave, type PlanCreate,
  type PlanDto, type PlanListItem, type PlanListQuery, type PlanPage, type PlanUpdate, type ReviewAdd, type ReviewDto, type SchoolingDto,
  type SchoolingSave, type SupportDto, type SupportSave,
} from './schema';
import {
  absencesOf, activePlanFor, assessmentsOf, barriersOf, findAssessment, findGoal, findPlan, findResident, findSchooling, findSupport, goalsOf,
  listPlans, plansOfResident, progressOf, reviewsOf, daysMissedFor, schoolingOf, closedPlansOf, scoresOf, supportsOfPlan, supportsOfResident,
  type GoalRow, type PlanListRow, type PlanRow, type ReviewRow, type SchoolingRow, type SupportRow,
} from './queries';
import { totalDaysMissed } from './absences';

// Individual education plans and inclusive schooling. Every change is audited on the child
// (entity "resident"), so the child's History tab shows it beside the profile's changes; the
// record's own id travels in the entry (planId, goalId…).

const CHECKLIST_COLUMN = {
  schoolAccessible: 'school_accessible',
  teacherAware: 'teacher_aware',
  inclusiveTeaching: 'inclusive_teaching',
  noStigma: 'no_stigma',
  attendanceOk: 'attendance_ok',
  safeRoute: 'safe_route',
  materialsAvailable: 'materials_available',
} as const satisfies Record<ChecklistItem, keyof EducationReviewsTable>;

const bool = (n: number) => n === 1;
const bit = (b: boolean) => (b ? 1 : 0);
const stamp = (ctx: Ctx) => ctx.now().toISOString();
const newId = (ctx: Ctx) => uuidv7(ctx.now().getTime());

async function residentOrThrow(db: ReadDb, id: string) {
  const r = await findResident(db, id);
  if (!r) throw new AppError('not_found', 'residents.notFound');
  return r;
}

function stale(current: { version: number }, version: number | undefined) {
  if (version === undefined || current.version !== version) throw new AppError('conflict', 'errors.staleVersion');
}

// ── schooling ────────────────────────────────────────────────────────────────────────────────

/** Days missed per month: the roll call's where it marked the child that month, typed otherwise (absences.ts). */
async function toSchoolingDtos(db: ReadDb, rows: SchoolingRow[], today: string): Promise<SchoolingDto[]> {
  const typed = await absencesOf(db, rows.map((r) => r.id));
  return Promise.all(
    rows.map(async (r) => {
      const absences = await daysMissedFor(db, r, typed, today);
      const month = today.slice(0, 7);
      return {
        id: r.id,
        residentId: r.resident_id,
        version: r.version,
        ...schoolingFields(r),
        absences,
        daysMissedThisMonth: absences.find((a) => a.month === month) ?? null,
        daysMissedTotal: totalDaysMissed(absences),
      };
    }),
  );
}

/** A schooling row's fields as the DTO and its audit entry both name them. */
function schoolingFields(r: Omit<SchoolingTable, 'version' | 'created_at' | 'updated_at'>) {
  return {
    academicYear: r.academic_year,
    schoolType: r.school_type as SchoolingDto['schoolType'],
    noneReason: r.none_reason as SchoolingDto['noneReason'],
    schoolName: r.school_name,
    outsideInstitution: bool(r.outside_institution),
    withChildrenNotInCare: bool(r.with_children_not_in_care),
    grade: r.grade,
    inclusive: bool(r.inclusive),
    startDate: r.start_date,
    endDate: r.end_date,
    contactTeacher: r.contact_teacher,
    contactPhone: r.contact_phone,
    notes: r.notes,
  };
}

function schoolingAudit(r: Omit<SchoolingTable, 'version' | 'created_at' | 'updated_at'>, absences: SchoolingSave['absences']) {
  return {
    schoolingId: r.id,
    ...schoolingFields(r),
    absences: absences.map((a) => `${a.month}: ${a.daysMissed}`).join(', '),
  };
}

/** Creates (no id) or changes a schooling record; "none" needs its reason, a school its name. */
export async function saveSchooling(ctx: Ctx, v: SchoolingSave): Promise<SchoolingDto> {
  const issues = schoolingIssues(v);
  if (issues.length) throw invalid(issues);
  // What a type implies: no school, no placement; a school inside the institution is not outside.
  const none = v.schoolType === 'none';
  const cols = {
    resident_id: v.residentId,
    academic_year: v.academicYear,
    school_type: v.schoolType,
    none_reason: none ? v.noneReason : null,
    school_name: none ? '' : v.schoolName,
    outside_institution: bit(!none && v.schoolType !== 'in_institution' && v.outsideInstitution),
    with_children_not_in_care: bit(!none && v.withChildrenNotInCare),
    grade: v.grade,
    inclusive: bit(!none && v.inclusive),
    start_date: v.startDate,
    end_date: v.endDate,
    contact_teacher: v.contactTeacher,
    contact_phone: v.contactPhone,
    notes: v.notes,
  };
  const id = await writeTx(ctx, async (trx, audit) => {
    await residentOrThrow(trx, v.residentId);
    const now = stamp(ctx);
    let id = v.id;
    if (id === undefined) {
      const row: SchoolingTable = { id: newId(ctx), version: 1, created_at: now, updated_at: now, ...cols };
      await trx.insertInto('schooling').values(row).execute();
      await audit({ action: 'education.schoolingCreate', entity: 'resident', entityId: v.residentId, after: schoolingAudit(row, v.absences) });
      id = row.id;
    } else {
      const current = await findSchooling(trx, id);
      if (!current || current.resident_id !== v.residentId) throw new AppError('not_found', 'education.errors.schoolingNotFound');
      stale(current, v.version);
      const old = await absencesOf(trx, [id]);
      const before = schoolingAudit(current, old.map((a) => ({ month: a.month, daysMissed: a.days_missed })));
      const diff = changedFields(before, schoolingAudit({ ...current, ...cols }, v.absences));
      if (!diff) return id;
      await trx.updateTable('schooling').set({ ...cols, version: current.version + 1, updated_at: now }).where('id', '=', id).execute();
      await audit({
        action: 'education.schoolingUpdate', entity: 'resident', entityId: v.residentId,
        before: { schoolingId: id, ...diff.before }, after: { schoolingId: id, ...diff.after },
      });
    }
    // Typed days missed replace the typed ones; what the roll call gave stays.
    await trx.deleteFrom('schooling_absences').where('schooling_id', '=', id).where('source', '=', 'typed').execute();
    if (v.absences.length) {
      await trx
        .insertInto('schooling_absences')
        .values(v.absences.map((a) => ({ schooling_id: id!, month: a.month, days_missed: a.daysMissed, source: 'typed', updated_at: now })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    return id;
  });
  const row = await findSchooling(ctx.db, id);
  return (await toSchoolingDtos(ctx.db, [row!], todayOf(ctx)))[0]!;
}

// ── assessments ──────────────────────────────────────────────────────────────────────────────

async function toAssessmentDtos(
  db: ReadDb,
  rows: Array<{ id: string; resident_id: string; assessed_on: string; assessed_by: string; notes: string; version: number }>,
): Promise<AssessmentDto[]> {
  const ids = rows.map((r) => r.id);
  const residents = [...new Set(rows.map((r) => r.resident_id))];
  const [scores, barriers, closed] = await Promise.all([
    scoresOf(db, ids), barriersOf(db, ids), Promise.all(residents.map((r) => closedPlansOf(db, r))).then((l) => l.flat()),
  ]);
  const locked = new Set(closed.map((p) => p.assessment_id));
  return rows.map((r) => ({
    id: r.id,
    residentId: r.resident_id,
    version: r.version,
    readOnly: locked.has(r.id),
    assessedOn: r.assessed_on,
    assessedBy: r.assessed_by,
    notes: r.notes,
    scores: Object.fromEntries(scores.filter((s) => s.assessment_id === r.id).map((s) => [s.domain, s.score])) as AssessmentDto['scores'],
    barriers: barriers.filter((b) => b.assessment_id === r.id).map((b) => ({ barrier: b.barrier as AssessmentDto['barriers'][number]['barrier'], note: b.note })),
  }));
}

function assessmentIssues(ctx: Ctx, v: AssessmentAdd) {
  if (v.assessedOn > todayOf(ctx)) throw invalid([{ path: 'assessedOn', message: 'validation.dateFuture' }]);
  const seen = new Set<string>();
  v.barriers.forEach((b, i) => {
    if (seen.has(b.barrier)) throw invalid([{ path: `barriers.${i}.barrier`, message: 'education.errors.barrierTwice' }]);
    seen.add(b.barrier);
  });
}

function assessmentAudit(v: Pick<AssessmentAdd, 'assessedOn' | 'assessedBy' | 'notes' | 'scores' | 'barriers'>) {
  return {
    assessedOn: v.assessedOn, assessedBy: v.assessedBy, ...v.scores,
    barriers: v.barriers.map((b) => (b.note ? `${b.barrier}: ${b.note}` : b.barrier)).join(', '), notes: v.notes,
  };
}

export async function addAssessment(ctx: Ctx, v: AssessmentAdd): Promise<AssessmentDto> {
  assessmentIssues(ctx, v);
  const id = await writeTx(ctx, async (trx, audit) => {
    await residentOrThrow(trx, v.residentId);
    const now = stamp(ctx);
    const id = newId(ctx);
    await trx
      .insertInto('functioning_assessments')
      .values({ id, resident_id: v.residentId, assessed_on: v.assessedOn, assessed_by: v.assessedBy, staff_id: null, notes: v.notes, version: 1, created_at: now, updated_at: now })
      .execute();
    await trx.insertInto('functioning_scores').values(FUNCTIONING_DOMAINS.map((d) => ({ assessment_id: id, domain: d, score: v.scores[d], note: '' }))).execute();
    if (v.barriers.length) {
      await trx.insertInto('functioning_barriers').values(v.barriers.map((b) => ({ assessment_id: id, barrier: b.barrier, note: b.note }))).execute();
    }
    await audit({
      action: 'education.assessmentAdd', entity: 'resident', entityId: v.residentId,
      after: { assessmentId: id, ...assessmentAudit(v) },
    });
    return id;
  });
  return (await toAssessmentDtos(ctx.db, [(await findAssessment(ctx.db, id))!]))[0]!;
}

/** Corrects an assessment (every field, audited field by field); one a closed plan names is read-only. */
export async function updateAssessment(ctx: Ctx, v: AssessmentUpdate): Promise<AssessmentDto> {
  assessmentIssues(ctx, v);
  await writeTx(ctx, async (trx, audit) => {
    const current = await findAssessment(trx, v.id);
    if (!current || current.resident_id !== v.residentId) throw new AppError('not_found', 'education.errors.assessmentNotFound');
    stale(current, v.version);
    if ((await closedPlansOf(trx, v.residentId)).some((p) => p.assessment_id === v.id)) refuseClosed({ status: 'closed' });
    const [before] = await toAssessmentDtos(trx, [current]);
    const diff = changedFields(assessmentAudit(before!), assessmentAudit(v));
    if (!diff) return;
    await trx
      .updateTable('functioning_assessments')
      .set({ assessed_on: v.assessedOn, assessed_by: v.assessedBy, notes: v.notes, version: current.version + 1, updated_at: stamp(ctx) })
      .where('id', '=', v.id)
      .execute();
    await trx.deleteFrom('functioning_scores').where('assessment_id', '=', v.id).execute();
    await trx.insertInto('functioning_scores').values(FUNCTIONING_DOMAINS.map((d) => ({ assessment_id: v.id, domain: d, score: v.scores[d], note: '' }))).execute();
    await trx.deleteFrom('functioning_barriers').where('assessment_id', '=', v.id).execute();
    if (v.barriers.length) {
      await trx.insertInto('functioning_barriers').values(v.barriers.map((b) => ({ assessment_id: v.id, barrier: b.barrier, note: b.note }))).execute();
    }
    await audit({
      action: 'education.assessmentUpdate', entity: 'resident', entityId: v.residentId,
      before: { assessmentId: v.id, ...diff.before }, after: { assessmentId: v.id, ...diff.after },
    });
  });
  return (await toAssessmentDtos(ctx.db, [(await findAssessment(ctx.db, v.id))!]))[0]!;
}

// ── supports ─────────────────────────────────────────────────────────────────────────────────

function toSupportDto(r: SupportRow, closedPlans: ReadonlySet<string> = new Set()): SupportDto {
  return {
    readOnly: r.plan_id !== null && closedPlans.has(r.plan_id),
    id: r.id,
    residentId: r.resident_id,
    planId: r.plan_id,
    version: r.version,
    kind: r.kind as SupportDto['kind'],
    service: r.service as SupportDto['service'],
    description: r.description,
    provider: r.provider,
    frequencyCount: r.frequency_count,
    frequencyUnit: r.frequency_unit as SupportDto['frequencyUnit'],
    startDate: r.start_date,
    endDate: r.end_date,
  };
}

function supportAudit(r: Omit<SpecialNeedsSupportsTable, 'version' | 'created_at' | 'updated_at' | 'resident_id'>) {
  return {
    supportId: r.id, planId: r.plan_id, kind: r.kind, service: r.service, description: r.description, provider: r.provider,
    frequencyCount: r.frequency_count, frequencyUnit: r.frequency_unit, startDate: r.start_date, endDate: r.end_date,
  };
}

export async function saveSupport(ctx: Ctx, v: SupportSave): Promise<SupportDto> {
  const issues = supportIssues(v);
  if (issues.length) throw invalid(issues);
  const cols = {
    resident_id: v.residentId,
    plan_id: v.planId,
    kind: v.kind,
    service: v.kind === 'service' ? v.service : null,
    description: v.description,
    provider: v.provider,
    frequency_count: v.frequencyCount,
    frequency_unit: v.frequencyUnit,
    start_date: v.startDate,
    end_date: v.endDate,
  };
  const row = await writeTx(ctx, async (trx, audit) => {
    await residentOrThrow(trx, v.residentId);
    if (v.planId) {
      const plan = await findPlan(trx, v.planId);
      if (!plan || plan.resident_id !== v.residentId) throw new AppError('not_found', 'education.errors.planNotFound');
      refuseClosed(plan);
    }
    const now = stamp(ctx);
    if (v.id === undefined) {
      const row: SpecialNeedsSupportsTable = { id: newId(ctx), version: 1, created_at: now, updated_at: now, ...cols };
      await trx.insertInto('special_needs_supports').values(row).execute();
      await audit({ action: 'education.supportCreate', entity: 'resident', entityId: v.residentId, after: supportAudit(row) });
      return row;
    }
    const current = await findSupport(trx, v.id);
    if (!current || current.resident_id !== v.residentId) throw new AppError('not_found', 'education.errors.supportNotFound');
    stale(current, v.version);
    if (current.plan_id) refuseClosed((await findPlan(trx, current.plan_id))!);
    const row = { ...current, ...cols, version: current.version + 1, updated_at: now };
    const diff = changedFields(supportAudit(current), supportAudit(row));
    if (!diff) return current;
    await trx.updateTable('special_needs_supports').set(row).where('id', '=', v.id).execute();
    await audit({
      action: 'education.supportUpdate', entity: 'resident', entityId: v.residentId,
      before: { supportId: v.id, ...diff.before }, after: { supportId: v.id, ...diff.after },
    });
    return row;
  });
  return toSupportDto(row);
}

// ── plans ────────────────────────────────────────────────────────────────────────────────────

function refuseClosed(plan: Pick<PlanRow, 'status'>) {
  if (plan.status === 'closed') throw new AppError('conflict', 'education.errors.planClosed', undefined, [{ path: 'planId', message: 'education.errors.planClosed' }]);
}

function reviewDue(status: string, next: string | null, today: string): boolean {
  return status === 'active' && next !== null && next <= addDays(today, REVIEW_DUE_DAYS);
}

function toListItem(r: PlanListRow, today: string): PlanListItem {
  return {
    id: r.id,
    residentId: r.resident_id,
    child: { lastName: r.last_name, firstName: r.first_name, patronymic: r.patronymic },
    academicYear: r.academic_year,
    status: r.status as PlanListItem['status'],
    startDate: r.start_date,
    endDate: r.end_date,
    responsibleTeacher: r.responsible_teacher,
    nextReviewDate: r.next_review_date,
    reviewDue: reviewDue(r.status, r.next_review_date, today),
    inclusive: r.inclusive === null ? null : bool(r.inclusive),
    outside: r.outside_institution === null ? null : bool(r.outside_institution),
    goalCount: Number(r.goal_count ?? 0),
  };
}

function toGoalDto(r: GoalRow): GoalDto {
  return {
    id: r.id,
    planId: r.plan_id,
    version: r.version,
    position: r.position,
    domain: r.domain as GoalDto['domain'],
    description: r.description,
    baseline: r.baseline,
    target: r.target,
    targetDate: r.target_date,
    status: r.status as GoalDto['status'],
    carriedFromGoalId: r.carried_from_goal_id,
  };
}

async function toReviewDtos(db: ReadDb, rows: ReviewRow[]): Promise<ReviewDto[]> {
  const progress = await progressOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    reviewDate: r.review_date,
    participants: r.participants,
    summary: r.summary,
    nextReviewDate: r.next_review_date,
    checklist: Object.fromEntries(CHECKLIST_ITEMS.map((c) => [c, r[CHECKLIST_COLUMN[c]] === null ? null : r[CHECKLIST_COLUMN[c]] === 1])) as ReviewDto['checklist'],
    progress: progress.filter((p) => p.review_id === r.id).map((p) => ({ goalId: p.goal_id, status: p.status as GoalDto['status'], note: p.note })),
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

export async function getPlan(ctx: Ctx, id: string, db: ReadDb = ctx.db): Promise<PlanDto> {
  const p = await findPlan(db, id);
  if (!p) throw new AppError('not_found', 'education.errors.planNotFound');
  const [child, listRow, goals, supports, reviews, schooling] = await Promise.all([
    residentOrThrow(db, p.resident_id),
    plansOfResident(db, p.resident_id).then((rows) => rows.find((r) => r.id === id)!),
    goalsOf(db, id),
    supportsOfPlan(db, id),
    reviewsOf(db, id),
    p.schooling_id ? findSchooling(db, p.schooling_id) : Promise.resolve(undefined),
  ]);
  return {
    ...toListItem(listRow, todayOf(ctx)),
    version: p.version,
    team: p.team,
    strengths: p.strengths,
    needs: p.needs,
    accommodations: p.accommodations,
    schoolingId: p.schooling_id,
    assessmentId: p.assessment_id,
    previousPlanId: p.previous_plan_id,
    approvedAt: p.approved_at,
    approvedBy: p.approved_by,
    closedAt: p.closed_at,
    closedBy: p.closed_by,
    identity: {
      lastName: child.last_name, firstName: child.first_name, patronymic: child.patronymic, fin: child.fin,
      dateOfBirth: child.date_of_birth, sex: child.sex, groupName: child.group_name,
    },
    schooling: schooling ? (await toSchoolingDtos(db, [schooling], todayOf(ctx)))[0]! : null,
    goals: goals.map(toGoalDto),
    supports: supports.map((r) => toSupportDto(r, p.status === 'closed' ? new Set([p.id]) : new Set())),
    reviews: await toReviewDtos(db, reviews),
  };
}

export async function listPlanPage(ctx: Ctx, q: PlanListQuery): Promise<PlanPage> {
  const today = todayOf(ctx);
  const { total, rows } = await listPlans(ctx.db, q, today);
  return { total, rows: rows.map((r) => toListItem(r, today)) };
}

export async function childEducation(ctx: Ctx, residentId: string): Promise<ChildEducationDto> {
  await residentOrThrow(ctx.db, residentId);
  const today = todayOf(ctx);
  const [schooling, assessments, supports, plans] = await Promise.all([
    schoolingOf(ctx.db, residentId).then((rows) => toSchoolingDtos(ctx.db, rows, today)),
    assessmentsOf(ctx.db, residentId).then((rows) => toAssessmentDtos(ctx.db, rows)),
    supportsOfResident(ctx.db, residentId),
    plansOfResident(ctx.db, residentId),
  ]);
  const closed = new Set(plans.filter((p) => p.status === 'closed').map((p) => p.id));
  return { residentId, schooling, assessments, supports: supports.map((r) => toSupportDto(r, closed)), plans: plans.map((r) => toListItem(r, today)) };
}

function planAudit(r: Pick<PlanRow, 'academic_year' | 'start_date' | 'end_date' | 'responsible_teacher' | 'team' | 'strengths' | 'needs' | 'accommodations' | 'schooling_id' | 'assessment_id'>) {
  return {
    academicYear: r.academic_year, startDate: r.start_date, endDate: r.end_date, responsibleTeacher: r.responsible_teacher,
    team: r.team, strengths: r.strengths, needs: r.needs, accommodations: r.accommodations, schoolingId: r.schooling_id, assessmentId: r.assessment_id,
  };
}

function goalAudit(g: Pick<GoalRow, 'id' | 'domain' | 'description' | 'baseline' | 'target' | 'target_date' | 'status'>) {
  return { goalId: g.id, domain: g.domain, description: g.description, baseline: g.baseline, target: g.target, targetDate: g.target_date, status: g.status };
}

/** A new draft plan; from the last plan, its words as the start and the chosen goals carried over. */
export async function createPlan(ctx: Ctx, v: PlanCreate): Promise<PlanDto> {
  const issues = planDateIssues(v);
  if (issues.length) throw invalid(issues);
  const id = await writeTx(ctx, async (trx, audit) => {
    await residentOrThrow(trx, v.residentId);
    if (v.schoolingId) {
      const s = await findSchooling(trx, v.schoolingId);
      if (!s || s.resident_id !== v.residentId) throw invalid([{ path: 'schoolingId', message: 'education.errors.schoolingNotFound' }]);
    }
    if (v.assessmentId) {
      const a = await findAssessment(trx, v.assessmentId);
      if (!a || a.resident_id !== v.residentId) throw invalid([{ path: 'assessmentId', message: 'education.errors.assessmentNotFound' }]);
    }
    let carried: GoalRow[] = [];
    if (v.fromPlanId) {
      const from = await findPlan(trx, v.fromPlanId);
      if (!from || from.resident_id !== v.residentId) throw invalid([{ path: 'fromPlanId', message: 'education.errors.planNotFound' }]);
      const goals = await goalsOf(trx, from.id);
      const wanted = new Set(v.carryGoalIds);
      carried = goals.filter((g) => wanted.has(g.id));
      if (carried.length !== wanted.size) throw invalid([{ path: 'carryGoalIds', message: 'education.errors.goalNotInPlan' }]);
    } else if (v.carryGoalIds.length) throw invalid([{ path: 'carryGoalIds', message: 'education.errors.goalNotInPlan' }]);
    const now = stamp(ctx);
    const row: EducationPlansTable = {
      id: newId(ctx),
      resident_id: v.residentId,
      academic_year: v.academicYear,
      status: 'draft',
      start_date: v.startDate,
      end_date: v.endDate,
      schooling_id: v.schoolingId,
      assessment_id: v.assessmentId,
      previous_plan_id: v.fromPlanId,
      responsible_teacher: v.responsibleTeacher,
      team: v.team,
      strengths: v.strengths,
      needs: v.needs,
      accommodations: v.accommodations,
      next_review_date: null,
      approved_at: null,
      approved_by: null,
      closed_at: null,
      closed_by: null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('education_plans').values(row).execute();
    await audit({ action: 'education.planCreate', entity: 'resident', entityId: v.residentId, after: { planId: row.id, previousPlanId: v.fromPlanId, ...planAudit(row) } });
    // A goal carried over keeps its words and baseline; its date moves into the new plan when it
    // fell before it, and it starts again as not started unless it was under way.
    for (const [i, g] of carried.entries()) {
      const goal: EducationGoalsTable = {
        id: uuidv7(ctx.now().getTime()),
        plan_id: row.id,
        position: i,
        domain: g.domain,
        description: g.description,
        baseline: g.baseline,
        target: g.target,
        target_date: g.target_date < v.startDate ? v.endDate : g.target_date,
        status: g.status === 'in_progress' ? 'in_progress' : 'not_started',
        carried_from_goal_id: g.id,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('education_goals').values(goal).execute();
      await audit({ action: 'education.goalCreate', entity: 'resident', entityId: v.residentId, after: { planId: row.id, carriedFromGoalId: g.id, ...goalAudit(goal) } });
    }
    return row.id;
  });
  return getPlan(ctx, id);
}

async function openPlan(trx: Kysely<DB>, id: string, version?: number): Promise<PlanRow> {
  const plan = await findPlan(trx, id);
  if (!plan) throw new AppError('not_found', 'education.errors.planNotFound');
  refuseClosed(plan);
  if (version !== undefined) stale(plan, version);
  return plan;
}

export async function updatePlan(ctx: Ctx, v: PlanUpdate): Promise<PlanDto> {
  const issues = planDateIssues(v);
  if (issues.length) throw invalid(issues);
  await writeTx(ctx, async (trx, audit) => {
    const current = await openPlan(trx, v.id, v.version);
    const goals = await goalsOf(trx, v.id);
    const early = goals.findIndex((g) => g.target_date < v.startDate);
    if (early >= 0) throw invalid([{ path: 'startDate', message: 'education.errors.startAfterTargets' }]);
    const next = {
      ...current, start_date: v.startDate, end_date: v.endDate, responsible_teacher: v.responsibleTeacher, team: v.team,
      strengths: v.strengths, needs: v.needs, accommodations: v.accommodations,
    };
    const diff = changedFields(planAudit(current), planAudit(next));
    if (!diff) return;
    await trx.updateTable('education_plans').set({ ...next, version: current.version + 1, updated_at: stamp(ctx) }).where('id', '=', v.id).execute();
    await audit({ action: 'education.planUpdate', entity: 'resident', entityId: current.resident_id, before: { planId: v.id, ...diff.before }, after: { planId: v.id, ...diff.after } });
  });
  return getPlan(ctx, v.id);
}

/** A goal added to an open plan, or changed; a closed plan is read-only. */
export async function saveGoal(ctx: Ctx, v: GoalSave): Promise<PlanDto> {
  await writeTx(ctx, async (trx, audit) => {
    const plan = await openPlan(trx, v.planId);
    const issues = goalIssues(v, { startDate: plan.start_date });
    if (issues.length) throw invalid(issues);
    const now = stamp(ctx);
    const cols = { domain: v.domain, description: v.description, baseline: v.baseline, target: v.target, target_date: v.targetDate, status: v.status };
    if (v.id === undefined) {
      const goals = await goalsOf(trx, v.planId);
      const row: EducationGoalsTable = {
        id: newId(ctx), plan_id: v.planId, position: goals.length ? Math.max(...goals.map((g) => g.position)) + 1 : 0,
        carried_from_goal_id: null, version: 1, created_at: now, updated_at: now, ...cols,
      };
      await trx.insertInto('education_goals').values(row).execute();
      await audit({ action: 'education.goalCreate', entity: 'resident', entityId: plan.resident_id, after: { planId: plan.id, ...goalAudit(row) } });
      return;
    }
    const current = await findGoal(trx, v.id);
    if (!current || current.plan_id !== v.planId) throw new AppError('not_found', 'education.errors.goalNotFound');
    stale(current, v.version);
    const next = { ...current, ...cols };
    const diff = changedFields(goalAudit(current), goalAudit(next));
    if (!diff) return;
    await trx.updateTable('education_goals').set({ ...cols, version: current.version + 1, updated_at: now }).where('id', '=', v.id).execute();
    await audit({
      action: 'education.goalUpdate', entity: 'resident', entityId: plan.resident_id,
      before: { planId: plan.id, goalId: v.id, ...diff.before }, after: { planId: plan.id, goalId: v.id, ...diff.after },
    });
  });
  return getPlan(ctx, v.planId);
}

/** Draft → active: needs a goal, the first review's date, and no other active plan that year. */
export async function approvePlan(ctx: Ctx, v: { id: string; version: number; nextReviewDate: string }): Promise<PlanDto> {
  await writeTx(ctx, async (trx, audit) => {
    const plan = await openPlan(trx, v.id, v.version);
    if (plan.status !== 'draft') throw new AppError('conflict', 'education.errors.notDraft');
    if ((await goalsOf(trx, v.id)).length === 0) throw invalid([{ path: 'goals', message: 'education.errors.noGoals' }]);
    if (v.nextReviewDate < todayOf(ctx)) throw invalid([{ path: 'nextReviewDate', message: 'education.errors.reviewInPast' }]);
    const other = await activePlanFor(trx, plan.resident_id, plan.academic_year);
    if (other) {
      throw new AppError('conflict', 'education.errors.activeExists', { year: plan.academic_year }, [
        { path: 'academicYear', message: 'education.errors.activeExists', params: { year: plan.academic_year } },
      ]);
    }
    const now = stamp(ctx);
    await trx
      .updateTable('education_plans')
      .set({ status: 'active', approved_at: now, approved_by: ctx.actor.username, next_review_date: v.nextReviewDate, version: plan.version + 1, updated_at: now })
      .where('id', '=', v.id)
      .execute();
    await audit({
      action: 'education.planApprove', entity: 'resident', entityId: plan.resident_id,
      before: { planId: v.id, status: plan.status }, after: { planId: v.id, status: 'active', nextReviewDate: v.nextReviewDate },
    });
  });
  return getPlan(ctx, v.id);
}

/** Active (or an abandoned draft) → closed, read-only from then on. */
export async function closePlan(ctx: Ctx, v: { id: string; version: number }): Promise<PlanDto> {
  await writeTx(ctx, async (trx, audit) => {
    const plan = await openPlan(trx, v.id, v.version);
    const now = stamp(ctx);
    await trx
      .updateTable('education_plans')
      .set({ status: 'closed', closed_at: now, closed_by: ctx.actor.username, version: plan.version + 1, updated_at: now })
      .where('id', '=', v.id)
      .execute();
    await audit({ action: 'education.planClose', entity: 'resident', entityId: plan.resident_id, before: { planId: v.id, status: plan.status }, after: { planId: v.id, status: 'closed' } });
  });
  return getPlan(ctx, v.id);
}

/** A review of an active plan: progress per goal (the goals take its status), the checklist, the next date. */
export async function addReview(ctx: Ctx, v: ReviewAdd): Promise<PlanDto> {
  const issues = reviewDateIssues(v, todayOf(ctx));
  if (issues.length) throw invalid(issues);
  await writeTx(ctx, async (trx, audit) => {
    const plan = await openPlan(trx, v.planId);
    if (plan.status !== 'active') throw new AppError('conflict', 'education.errors.reviewNeedsActive', undefined, [{ path: 'planId', message: 'education.errors.reviewNeedsActive' }]);
    const goals = new Map((await goalsOf(trx, v.planId)).map((g) => [g.id, g]));
    const seen = new Set<string>();
    v.progress.forEach((p, i) => {
      if (!goals.has(p.goalId) || seen.has(p.goalId)) throw invalid([{ path: `progress.${i}.goalId`, message: 'education.errors.goalNotInPlan' }]);
      seen.add(p.goalId);
    });
    const now = stamp(ctx);
    const row: EducationReviewsTable = {
      id: newId(ctx),
      plan_id: v.planId,
      review_date: v.reviewDate,
      participants: v.participants,
      summary: v.summary,
      next_review_date: v.nextReviewDate,
      school_accessible: null, teacher_aware: null, inclusive_teaching: null, no_stigma: null, attendance_ok: null, safe_route: null, materials_available: null,
      created_by: ctx.actor.username,
      created_at: now,
    };
    for (const c of CHECKLIST_ITEMS) {
      const a = v.checklist[c];
      row[CHECKLIST_COLUMN[c]] = a === null ? null : bit(a);
    }
    await trx.insertInto('education_reviews').values(row).execute();
    if (v.progress.length) {
      await trx.insertInto('education_goal_progress').values(v.progress.map((p) => ({ review_id: row.id, goal_id: p.goalId, status: p.status, note: p.note }))).execute();
    }
    const changed: Record<string, string> = {};
    for (const p of v.progress) {
      const g = goals.get(p.goalId)!;
      if (g.status === p.status) continue;
      changed[g.id] = p.status;
      await trx.updateTable('education_goals').set({ status: p.status, version: g.version + 1, updated_at: now }).where('id', '=', g.id).execute();
    }
    await trx.updateTable('education_plans').set({ next_review_date: v.nextReviewDate, version: plan.version + 1, updated_at: now }).where('id', '=', plan.id).execute();
    await audit({
      action: 'education.reviewAdd', entity: 'resident', entityId: plan.resident_id,
      after: {
        planId: plan.id, reviewId: row.id, reviewDate: v.reviewDate, participants: v.participants, summary: v.summary,
        nextReviewDate: v.nextReviewDate, ...v.checklist,
        goals: v.progress.map((p) => `${p.goalId}: ${p.status}`).join(', '),
        goalsChanged: Object.keys(changed).length,
      },
    });
  });
  return getPlan(ctx, v.planId);
}
