import type { Kysely, Selectable } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { CaseGoalsTable, CasePlansTable, CaseReviewsTable, DB, FollowUpVisitsTable } from '../db/types';
import type { ReadDb } from '../db/read';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { uuidv7 } from '../ids';
import { ageOn } from '../person/schema';
import { refuseClosedDay } from './closed';
import {
  addMonths, TRANSITION_FROM_AGE,
  READINESS_ITEMS, type ApprovalDecision, type GoalDto, type GoalSave, type ReadinessSave, type PlanCreate, type PlanDto, type Review, type ReviewDto, type Visit, type VisitDto,
} from './schema';

// Case plans (care, family reintegration, transition to independent living) with goals per
// well-being domain and reviews due every few months; the director's approval of a plan or an
// exit; follow-up visits after a child leaves for a family.

type Db = ReadDb | Kysely<DB>;

const toGoal = (g: Selectable<CaseGoalsTable>): GoalDto => ({
  id: g.id, domain: g.domain as GoalDto['domain'], goal: g.goal, target: g.target, responsible: g.responsible, dueOn: g.due_on,
  status: g.status as GoalDto['status'],
});
const toReview = (r: Selectable<CaseReviewsTable>): ReviewDto => ({
  id: r.id, planId: r.plan_id, reviewedOn: r.reviewed_on, participants: r.participants, progress: JSON.parse(r.progress) as ReviewDto['progress'],
  childView: r.child_view, decision: r.decision, nextReviewOn: r.next_review_on,
});
export const toVisit = (v: Selectable<FollowUpVisitsTable>): VisitDto => ({
  id: v.id, exitId: v.exit_id, dueOn: v.due_on, monthOffset: v.month_offset, visitedOn: v.visited_on, seen: v.seen === null ? null : v.seen === 1,
  notSeenReason: v.not_seen_reason, placementStatus: v.placement_status as VisitDto['placementStatus'],
  services: JSON.parse(v.services) as VisitDto['services'], outcome: v.outcome as VisitDto['outcome'], nextVisitOn: v.next_visit_on, notes: v.notes,
});

function toPlan(p: Selectable<CasePlansTable>, goals: GoalDto[], reviews: ReviewDto[]): PlanDto {
  return {
    id: p.id, version: p.version, residentId: p.resident_id, kind: p.kind as PlanDto['kind'], startedOn: p.started_on,
    status: p.status as PlanDto['status'], responsible: p.responsible, reviewMonths: p.review_months, nextReviewOn: p.next_review_on,
    readiness: JSON.parse(p.readiness) as PlanDto['readiness'], approval: p.approval as PlanDto['approval'], notes: p.notes, goals, reviews,
  };
}

/** A child's plans with their goals and reviews, oldest first. */
export async function plansOf(db: Db, residentId: string): Promise<PlanDto[]> {
  const plans = await db.selectFrom('case_plans').selectAll().where('resident_id', '=', residentId).orderBy('started_on').orderBy('created_at').execute();
  if (plans.length === 0) return [];
  const ids = plans.map((p) => p.id);
  const goals = await db.selectFrom('case_goals').selectAll().where('plan_id', 'in', ids).orderBy('created_at').execute();
  const reviews = await db.selectFrom('case_reviews').selectAll().where('plan_id', 'in', ids).orderBy('reviewed_on').execute();
  return plans.map((p) => toPlan(p, goals.filter((g) => g.plan_id === p.id).map(toGoal), reviews.filter((r) => r.plan_id === p.id).map(toReview)));
}

export async function visitsOf(db: Db, residentId: string): Promise<VisitDto[]> {
  const rows = await db.selectFrom('follow_up_visits').selectAll().where('resident_id', '=', residentId).orderBy('due_on').execute();
  return rows.map(toVisit);
}

export async function createPlan(ctx: Ctx, input: PlanCreate): Promise<PlanDto> {
  if (input.startedOn > todayOf(ctx)) throw invalid([{ path: 'startedOn', message: 'validation.dateFuture' }]);
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.startedOn, 'startedOn');
    const child = await trx.selectFrom('residents').select(['id', 'date_of_birth']).where('id', '=', input.residentId).executeTakeFirst();
    if (!child) throw new AppError('not_found', 'residents.notFound');
    if (input.kind === 'transition' && ageOn(child.date_of_birth, input.startedOn) < TRANSITION_FROM_AGE) {
      throw invalid([{ path: 'kind', message: 'care.errors.transitionFrom16', params: { age: TRANSITION_FROM_AGE } }]);
    }
    // One active plan of a kind: a new one closes the one before.
    const now = ctx.now().toISOString();
    const previous = await trx.selectFrom('case_plans').select(['id', 'version']).where('resident_id', '=', input.residentId).where('kind', '=', input.kind).where('status', '=', 'active').execute();
    for (const p of previous) {
      await trx.updateTable('case_plans').set({ status: 'closed', ends_on: input.startedOn, version: p.version + 1, updated_at: now }).where('id', '=', p.id).execute();
      await audit({ action: 'plan.close', entity: 'case_plan', entityId: p.id, before: { status: 'active' }, after: { status: 'closed', endsOn: input.startedOn } });
    }
    const row: CasePlansTable = {
      id: uuidv7(ctx.now().getTime()), resident_id: input.residentId, kind: input.kind, started_on: input.startedOn, ends_on: null,
      status: 'active', responsible: input.responsible, review_months: input.reviewMonths, next_review_on: addMonths(input.startedOn, input.reviewMonths),
      readiness: JSON.stringify(input.kind === 'transition' ? input.readiness : {}), approval: input.requestApproval ? 'requested' : null,
      approved_by: null, approved_at: null, notes: input.notes, version: 1, created_at: now, updated_at: now,
    };
    await trx.insertInto('case_plans').values(row).execute();
    const goals: CaseGoalsTable[] = input.goals.map((g) => ({
      id: uuidv7(ctx.now().getTime()), plan_id: row.id, domain: g.domain, goal: g.goal, target: g.target, responsible: g.responsible,
      due_on: g.dueOn, status: 'open', created_at: now, updated_at: now,
    }));
    if (goals.length) await trx.insertInto('case_goals').values(goals).execute();
    const dto = toPlan(row, goals.map(toGoal), []);
    await audit({ action: 'plan.create', entity: 'case_plan', entityId: row.id, after: dto });
    return dto;
  });
}

export async function reviewPlan(ctx: Ctx, input: Review): Promise<ReviewDto> {
  if (input.reviewedOn > todayOf(ctx)) throw invalid([{ path: 'reviewedOn', message: 'validation.dateFuture' }]);
  if (input.nextReviewOn && input.nextReviewOn <= input.reviewedOn) throw invalid([{ path: 'nextReviewOn', message: 'care.errors.nextReviewBefore' }]);
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.reviewedOn, 'reviewedOn');
    const plan = await trx.selectFrom('case_plans').selectAll().where('id', '=', input.planId).executeTakeFirst();
    if (!plan) throw new AppError('not_found', 'care.errors.planNotFound');
    if (input.reviewedOn < plan.started_on) throw invalid([{ path: 'reviewedOn', message: 'care.errors.reviewBeforePlan', params: { date: plan.started_on } }]);
    const now = ctx.now().toISOString();
    const next = input.nextReviewOn ?? addMonths(input.reviewedOn, plan.review_months);
    const row: CaseReviewsTable = {
      id: uuidv7(ctx.now().getTime()), plan_id: plan.id, reviewed_on: input.reviewedOn, participants: input.participants,
      progress: JSON.stringify(input.progress), child_view: input.childView, decision: input.decision, next_review_on: next, created_at: now, updated_at: now,
    };
    await trx.insertInto('case_reviews').values(row).execute();
    // The next review is the latest review's; an older review entered late does not move it back.
    const latest = await trx.selectFrom('case_reviews').select(['next_review_on']).where('plan_id', '=', plan.id).orderBy('reviewed_on', 'desc').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    if (latest.next_review_on !== plan.next_review_on) {
      await trx.updateTable('case_plans').set({ next_review_on: latest.next_review_on, version: plan.version + 1, updated_at: now }).where('id', '=', plan.id).execute();
    }
    const dto = toReview(row);
    await audit({ action: 'plan.review', entity: 'case_plan', entityId: plan.id, after: dto });
    return dto;
  });
}

/** The director approves or rejects a plan or an exit that asked for it. */
export async function decideApproval(ctx: Ctx, input: ApprovalDecision): Promise<{ id: string; approval: 'approved' | 'rejected' }> {
  return writeTx(ctx, async (trx, audit) => {
    const table = input.kind === 'plan' ? 'case_plans' : 'care_episodes';
    const row = await trx.selectFrom(table).select(['id', 'approval', 'version']).where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('not_found', input.kind === 'plan' ? 'care.errors.planNotFound' : 'care.errors.episodeNotFound');
    if (row.approval !== 'requested') throw invalid([{ path: 'decision', message: 'care.errors.noApprovalRequested' }]);
    const now = ctx.now().toISOString();
    await trx.updateTable(table).set({ approval: input.decision, approved_by: ctx.actor.username, approved_at: now, version: row.version + 1, updated_at: now }).where('id', '=', input.id).execute();
    await audit({ action: input.decision === 'approved' ? 'approval.approved' : 'approval.rejected', entity: input.kind === 'plan' ? 'case_plan' : 'care_episode', entityId: input.id, before: { approval: 'requested' }, after: { approval: input.decision } });
    return { id: input.id, approval: input.decision };
  });
}

export async function recordVisit(ctx: Ctx, input: Visit): Promise<VisitDto> {
  if (input.visitedOn > todayOf(ctx)) throw invalid([{ path: 'visitedOn', message: 'validation.dateFuture' }]);
  if (!input.seen && !input.notSeenReason) throw invalid([{ path: 'notSeenReason', message: 'validation.required' }]);
  return writeTx(ctx, async (trx, audit) => {
    await refuseClosedDay(trx, input.visitedOn, 'visitedOn');
    const v = await trx.selectFrom('follow_up_visits').selectAll().where('id', '=', input.visitId).executeTakeFirst();
    if (!v) throw new AppError('not_found', 'care.errors.visitNotFound');
    const exit = await trx.selectFrom('care_episodes').select('started_on').where('id', '=', v.exit_id).executeTakeFirstOrThrow();
    if (input.visitedOn < exit.started_on) throw invalid([{ path: 'visitedOn', message: 'care.errors.visitBeforeExit', params: { date: exit.started_on } }]);
    if (input.nextVisitOn && input.nextVisitOn <= input.visitedOn) throw invalid([{ path: 'nextVisitOn', message: 'care.errors.nextReviewBefore' }]);
    const set = {
      visited_on: input.visitedOn, seen: input.seen ? 1 : 0, not_seen_reason: input.notSeenReason, placement_status: input.placementStatus,
      services: JSON.stringify(input.services), outcome: input.outcome, next_visit_on: input.nextVisitOn, notes: input.notes,
    };
    await trx.updateTable('follow_up_visits').set({ ...set, updated_at: ctx.now().toISOString() }).where('id', '=', v.id).execute();
    const dto = toVisit({ ...v, ...set });
    await audit({ action: 'followup.visit', entity: 'follow_up_visit', entityId: v.id, after: { residentId: v.resident_id, ...dto } });
    return dto;
  });
}

async function activePlan(trx: Kysely<DB>, planId: string): Promise<Selectable<CasePlansTable>> {
  const plan = await trx.selectFrom('case_plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw new AppError('not_found', 'care.errors.planNotFound');
  if (plan.status === 'closed') throw invalid([{ path: 'planId', message: 'care.errors.planClosed' }]);
  return plan;
}

/** Adds a goal to a plan, or changes one (dropping it removes it from the plan's open goals). */
export async function saveGoal(ctx: Ctx, input: GoalSave): Promise<GoalDto> {
  return writeTx(ctx, async (trx, audit) => {
    const plan = await activePlan(trx, input.planId);
    const now = ctx.now().toISOString();
    const fields = { domain: input.domain, goal: input.goal, target: input.target, responsible: input.responsible, due_on: input.dueOn, status: input.status };
    if (input.goalId) {
      const g = await trx.selectFrom('case_goals').selectAll().where('id', '=', input.goalId).where('plan_id', '=', plan.id).executeTakeFirst();
      if (!g) throw new AppError('not_found', 'care.errors.goalNotFound');
      const before = toGoal(g);
      const row = { ...g, ...fields, updated_at: now };
      await trx.updateTable('case_goals').set({ ...fields, updated_at: now }).where('id', '=', g.id).execute();
      const after = toGoal(row);
      const keys = (Object.keys(after) as Array<keyof GoalDto>).filter((k) => before[k] !== after[k]);
      if (keys.length) {
        await audit({
          action: 'plan.goalUpdate', entity: 'case_plan', entityId: plan.id,
          before: { goalId: g.id, ...Object.fromEntries(keys.map((k) => [k, before[k]])) },
          after: { goalId: g.id, ...Object.fromEntries(keys.map((k) => [k, after[k]])) },
        });
      }
      return after;
    }
    const row: CaseGoalsTable = { id: uuidv7(ctx.now().getTime()), plan_id: plan.id, ...fields, created_at: now, updated_at: now };
    await trx.insertInto('case_goals').values(row).execute();
    const dto = toGoal(row);
    await audit({ action: 'plan.goalCreate', entity: 'case_plan', entityId: plan.id, after: { goalId: row.id, ...dto } });
    return dto;
  });
}

/** Ticks the transition plan's readiness checklist (documents, housing, income, skills, a contact after leaving). */
export async function saveReadiness(ctx: Ctx, input: ReadinessSave): Promise<PlanDto> {
  return writeTx(ctx, async (trx, audit) => {
    const plan = await activePlan(trx, input.planId);
    if (plan.kind !== 'transition') throw invalid([{ path: 'planId', message: 'care.errors.readinessOnlyTransition' }]);
    const before = JSON.parse(plan.readiness) as PlanDto['readiness'];
    const next = Object.fromEntries(READINESS_ITEMS.map((k) => [k, input.readiness[k] === true])) as PlanDto['readiness'];
    const now = ctx.now().toISOString();
    await trx.updateTable('case_plans').set({ readiness: JSON.stringify(next), version: plan.version + 1, updated_at: now }).where('id', '=', plan.id).execute();
    await audit({ action: 'plan.readiness', entity: 'case_plan', entityId: plan.id, before: { readiness: before }, after: { readiness: next } });
    return (await plansOf(trx, plan.resident_id)).find((p) => p.id === plan.id)!;
  });
}
