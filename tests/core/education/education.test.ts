import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { translate } from '../../../src-main/core/i18n/index';
import { academicYearOf, isSchoolAge } from '../../../src-main/core/education/schema';
import { actor, testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// Individual education plans and inclusive schooling (issue 10): the rules, the states, the
// refusals (translated, naming the field, writing nothing), the audit and the dashboard signals.
// The clock: 2026-11-26, academic year 2026-2027.

type Ctx = Awaited<ReturnType<typeof testCtx>>;

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

async function child(ctx: Ctx, over: Partial<CallInput<'residents.create'>> = {}) {
  return (await ok(dispatch(ctx, 'residents.create', { confirmDuplicate: true, ...childInput(over) }))).id;
}

const planInput = (residentId: string, over: Partial<CallInput<'education.planCreate'>> = {}): CallInput<'education.planCreate'> => ({
  residentId,
  academicYear: '2026-2027',
  startDate: '2026-09-15',
  endDate: '2027-05-31',
  responsibleTeacher: 'Əliyeva Gülər',
  strengths: 'Rəsm çəkməyi sevir',
  ...over,
});

const goalInput = (planId: string, over: Partial<CallInput<'education.goalSave'>> = {}): CallInput<'education.goalSave'> => ({
  planId,
  domain: 'academic',
  description: 'Səlis oxuma',
  baseline: '1 dəqiqədə 15 söz',
  target: '1 dəqiqədə 40 söz oxuyur',
  targetDate: '2027-05-01',
  ...over,
});

const scores = { learning: 3, communication: 2, mobility: 1, self_care: 2, relationships: 1, behaviour: 2 } as const;

const count = (ctx: Ctx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const audits = (ctx: Ctx) => count(ctx, 'audit_log');

/** The refusal's code and fields, after checking it wrote nothing (neither rows nor audit). */
async function refused(ctx: Ctx, tables: string[], run: () => Promise<{ ok: boolean; error?: unknown }>) {
  const before = [audits(ctx), ...tables.map((t) => count(ctx, t))];
  const r = await run();
  expect(r.ok).toBe(false);
  expect([audits(ctx), ...tables.map((t) => count(ctx, t))]).toEqual(before);
  return (r as { error: { code: string; message: string; fields?: Array<{ path: string; message: string }> } }).error;
}

async function activePlan(ctx: Ctx, residentId: string) {
  const plan = await ok(dispatch(ctx, 'education.planCreate', planInput(residentId)));
  await ok(dispatch(ctx, 'education.goalSave', goalInput(plan.id)));
  const withTwo = await ok(dispatch(ctx, 'education.goalSave', goalInput(plan.id, { domain: 'social_emotional', description: 'Yoldaşları ilə oyun', target: 'Tənəffüsdə 3 uşaqla oynayır' })));
  return ok(dispatch(ctx, 'education.planApprove', { id: plan.id, version: withTwo.version, nextReviewDate: '2026-12-10' }));
}

describe('education: schooling and assessments', () => {
  it('records schooling per academic year, audited on the child; "none" needs a reason', async () => {
    const ctx = await testCtx();
    const id = await child(ctx, { disability: true, disabilityDegree: 'II' });
    const s = await ok(dispatch(ctx, 'education.schoolingSave', {
      residentId: id, academicYear: '2026-2027', schoolType: 'mainstream', schoolName: 'Bakı şəhəri 45 nömrəli tam orta məktəb',
      outsideInstitution: true, withChildrenNotInCare: true, inclusive: true, grade: '5B', startDate: '2026-09-15',
      absences: [{ month: '2026-10', daysMissed: 2 }],
    }));
    expect(s).toMatchObject({ schoolType: 'mainstream', inclusive: true, outsideInstitution: true, noneReason: null, absences: [{ month: '2026-10', daysMissed: 2, source: 'typed' }] });
    const log = ctx.conn.sqlite.prepare("SELECT action, entity, entity_id FROM audit_log WHERE action LIKE 'education.%'").all();
    expect(log).toEqual([{ action: 'education.schoolingCreate', entity: 'resident', entity_id: id }]);

    const err = await refused(ctx, ['schooling'], () =>
      dispatch(ctx, 'education.schoolingSave', { residentId: id, academicYear: '2025-2026', schoolType: 'none' }));
    expect(err).toMatchObject({ code: 'invalid', fields: [{ path: 'noneReason', message: 'education.errors.noneReasonRequired' }] });
    expect(translate('ru', err.fields![0]!.message)).toBe('Если ребёнок не учится, выберите причину.');
    const year = await refused(ctx, ['schooling'], () =>
      dispatch(ctx, 'education.schoolingSave', { residentId: id, academicYear: '2025-2027', schoolType: 'none', noneReason: 'disability' }));
    expect(year.fields).toEqual([{ path: 'academicYear', message: 'education.errors.academicYearFormat' }]);

    // A change is audited field by field; a "none" record drops the school's placement.
    const none = await ok(dispatch(ctx, 'education.schoolingSave', {
      id: s.id, version: s.version, residentId: id, academicYear: '2026-2027', schoolType: 'none', noneReason: 'exclusion', inclusive: true,
    }));
    expect(none).toMatchObject({ version: 2, schoolType: 'none', noneReason: 'exclusion', inclusive: false, outsideInstitution: false, schoolName: '', absences: [] });
    const stale = await refused(ctx, ['schooling'], () =>
      dispatch(ctx, 'education.schoolingSave', { id: s.id, version: 1, residentId: id, academicYear: '2026-2027', schoolType: 'home' }));
    expect(stale.code).toBe('conflict');
  });

  it('scores functioning on the four-step scale, with barriers; a score off the scale is refused', async () => {
    const ctx = await testCtx();
    const id = await child(ctx);
    const a = await ok(dispatch(ctx, 'education.assessmentAdd', {
      residentId: id, assessedOn: '2026-10-01', assessedBy: 'Psixoloq Nərmin Quliyeva', scores,
      barriers: [{ barrier: 'transport', note: 'Avtobus yoxdur' }, { barrier: 'attitudes' }],
    }));
    expect(a.scores).toEqual(scores);
    expect(a.barriers.map((b) => b.barrier).sort()).toEqual(['attitudes', 'transport']);
    const overview = await ok(dispatch(ctx, 'education.child', { residentId: id }));
    expect(overview.assessments).toHaveLength(1);

    for (const bad of [0, 5, 2.5]) {
      const err = await refused(ctx, ['functioning_assessments', 'functioning_scores'], () =>
        dispatch(ctx, 'education.assessmentAdd', { residentId: id, assessedOn: '2026-10-01', assessedBy: 'X', scores: { ...scores, mobility: bad } }));
      expect(err.fields?.map((f) => [f.path, f.message])).toEqual([['scores.mobility', 'education.errors.scoreScale']]);
    }
    const missing = await refused(ctx, ['functioning_assessments'], () =>
      dispatch(ctx, 'education.assessmentAdd', { residentId: id, assessedOn: '2026-10-01', assessedBy: 'X', scores: { ...scores, behaviour: undefined } }));
    expect(missing.fields?.[0]?.path).toBe('scores.behaviour');
    const future = await refused(ctx, ['functioning_assessments'], () =>
      dispatch(ctx, 'education.assessmentAdd', { residentId: id, assessedOn: '2026-12-01', assessedBy: 'X', scores }));
    expect(future.fields).toEqual([{ path: 'assessedOn', message: 'validation.dateFuture' }]);
  });

  it('knows the academic year and school age', () => {
    expect(academicYearOf('2026-11-26')).toBe('2026-2027');
    expect(academicYearOf('2027-06-01')).toBe('2026-2027');
    expect(academicYearOf('2027-09-01')).toBe('2027-2028');
    expect(isSchoolAge('2020-11-26', '2026-11-26')).toBe(true);
    expect(isSchoolAge('2020-11-27', '2026-11-26')).toBe(false);
    expect(isSchoolAge('2009-01-01', '2026-11-26')).toBe(true);
    expect(isSchoolAge('2008-11-26', '2026-11-26')).toBe(false);
  });
});

describe('education: plans, goals and reviews', () => {
  it('writes a draft, approves it (director only), reviews it, marks a goal achieved, and closes it read-only', async () => {
    const ctx = await testCtx();
    const id = await child(ctx, { disability: true, disabilityDegree: 'II' });
    const teacher = { ...ctx, actor: actor('teacher') };
    const plan = await ok(dispatch(teacher, 'education.planCreate', planInput(id)));
    expect(plan).toMatchObject({ status: 'draft', academicYear: '2026-2027', goals: [], identity: { lastName: 'Məmmədov', firstName: 'Elçin' } });
    const g1 = await ok(dispatch(teacher, 'education.goalSave', goalInput(plan.id)));
    const g2 = await ok(dispatch(teacher, 'education.goalSave', goalInput(plan.id, { domain: 'motor', description: 'Qələmi tutmaq', target: 'Adını yazır' })));
    expect(g2.goals.map((g) => [g.position, g.domain, g.status])).toEqual([[0, 'academic', 'not_started'], [1, 'motor', 'not_started']]);
    await ok(dispatch(teacher, 'education.supportSave', {
      residentId: id, planId: plan.id, kind: 'service', service: 'speech_therapy', provider: 'Loqoped Aytən', frequencyCount: 2, frequencyUnit: 'week', startDate: '2026-09-15',
    }));

    // A teacher writes, the director approves.
    const denied = await dispatch(teacher, 'education.planApprove', { id: plan.id, version: g2.version, nextReviewDate: '2026-12-10' });
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const caregiver = await dispatch({ ...ctx, actor: actor('caregiver') }, 'education.goalSave', goalInput(plan.id));
    expect(caregiver).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const active = await ok(dispatch(ctx, 'education.planApprove', { id: plan.id, version: g2.version, nextReviewDate: '2026-12-10' }));
    expect(active).toMatchObject({ status: 'active', approvedBy: 'test-director', nextReviewDate: '2026-12-10', reviewDue: true, supports: [{ service: 'speech_therapy', frequencyCount: 2 }] });

    const reviewed = await ok(dispatch(teacher, 'education.reviewAdd', {
      planId: plan.id, reviewDate: '2026-11-25', participants: 'Əliyeva Gülər, Həsənova Aynur', nextReviewDate: '2027-02-15',
      checklist: { schoolAccessible: true, teacherAware: true, noStigma: false },
      progress: [{ goalId: g1.goals[0]!.id, status: 'achieved', note: '42 söz' }, { goalId: g2.goals[1]!.id, status: 'in_progress' }],
    }));
    expect(reviewed.goals.map((g) => g.status)).toEqual(['achieved', 'in_progress']);
    expect(reviewed.reviews[0]).toMatchObject({
      reviewDate: '2026-11-25', nextReviewDate: '2027-02-15',
      checklist: { schoolAccessible: true, teacherAware: true, noStigma: false, inclusiveTeaching: null },
    });
    expect(reviewed).toMatchObject({ nextReviewDate: '2027-02-15', reviewDue: false });

    const closed = await ok(dispatch(teacher, 'education.planClose', { id: plan.id, version: reviewed.version }));
    expect(closed.status).toBe('closed');
    // Closed is read-only: no review, no goal, no change, no support.
    const tables = ['education_reviews', 'education_goals', 'special_needs_supports'];
    const review = await refused(ctx, tables, () => dispatch(ctx, 'education.reviewAdd', { planId: plan.id, reviewDate: '2026-11-26' }));
    expect(review).toMatchObject({ code: 'conflict', message: 'education.errors.planClosed', fields: [{ path: 'planId', message: 'education.errors.planClosed' }] });
    expect((await refused(ctx, tables, () => dispatch(ctx, 'education.goalSave', goalInput(plan.id)))).message).toBe('education.errors.planClosed');
    const upd = await refused(ctx, tables, () => {
      const { residentId: _r, academicYear: _y, ...fields } = planInput(id);
      return dispatch(ctx, 'education.planUpdate', { id: plan.id, version: closed.version, ...fields });
    });
    expect(upd.message).toBe('education.errors.planClosed');
    expect((await refused(ctx, tables, () => dispatch(ctx, 'education.supportSave', { residentId: id, planId: plan.id, kind: 'referral', startDate: '2026-11-01' }))).message).toBe('education.errors.planClosed');

    const actions = ctx.conn.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'resident' AND entity_id = ? AND action LIKE 'education.%' ORDER BY seq").pluck().all(id);
    expect(actions).toEqual([
      'education.planCreate', 'education.goalCreate', 'education.goalCreate', 'education.supportCreate', 'education.planApprove', 'education.reviewAdd', 'education.planClose',
    ]);
  });

  it('refuses an empty goal, a target date before the plan starts, a review of a draft, nothing written', async () => {
    const ctx = await testCtx();
    const id = await child(ctx);
    const plan = await ok(dispatch(ctx, 'education.planCreate', planInput(id)));
    const tables = ['education_goals', 'education_reviews'];
    const empty = await refused(ctx, tables, () => dispatch(ctx, 'education.goalSave', goalInput(plan.id, { description: '   ', target: '' })));
    expect(empty.fields?.map((f) => [f.path, f.message]).sort()).toEqual([['description', 'validation.required'], ['target', 'validation.required']]);
    const early = await refused(ctx, tables, () => dispatch(ctx, 'education.goalSave', goalInput(plan.id, { targetDate: '2026-09-01' })));
    expect(early).toMatchObject({ code: 'invalid', fields: [{ path: 'targetDate', message: 'education.errors.targetBeforeStart' }] });
    expect(translate('az', 'education.errors.targetBeforeStart')).toBe('Hədəf tarixi planın başlama tarixindən əvvəl ola bilməz.');
    const draft = await refused(ctx, tables, () => dispatch(ctx, 'education.reviewAdd', { planId: plan.id, reviewDate: '2026-11-20' }));
    expect(draft.message).toBe('education.errors.reviewNeedsActive');
    const noGoals = await refused(ctx, ['education_plans'], () => dispatch(ctx, 'education.planApprove', { id: plan.id, version: 1, nextReviewDate: '2027-01-10' }));
    expect(noGoals.fields).toEqual([{ path: 'goals', message: 'education.errors.noGoals' }]);
    expect(ctx.conn.sqlite.prepare('SELECT status FROM education_plans').pluck().get()).toBe('draft');
    const ends = await refused(ctx, ['education_plans'], () => dispatch(ctx, 'education.planCreate', planInput(id, { endDate: '2026-09-01' })));
    expect(ends.fields).toEqual([{ path: 'endDate', message: 'education.errors.endBeforeStart' }]);
  });

  it('refuses a second active plan for the same child and year, and allows one for the next year', async () => {
    const ctx = await testCtx();
    const id = await child(ctx);
    await activePlan(ctx, id);
    const second = await ok(dispatch(ctx, 'education.planCreate', planInput(id)));
    const withGoal = await ok(dispatch(ctx, 'education.goalSave', goalInput(second.id)));
    const err = await refused(ctx, ['education_plans'], () =>
      dispatch(ctx, 'education.planApprove', { id: second.id, version: withGoal.version, nextReviewDate: '2026-12-20' }));
    expect(err).toMatchObject({ code: 'conflict', message: 'education.errors.activeExists', fields: [{ path: 'academicYear' }] });
    expect(translate('en', 'education.errors.activeExists', { year: '2026-2027' })).toBe('This child already has an active plan for the academic year 2026-2027.');
    expect(ctx.conn.sqlite.prepare("SELECT count(*) FROM education_plans WHERE status = 'active'").pluck().get()).toBe(1);
  });

  it('starts next year’s plan from the last one, with the chosen goals carried over', async () => {
    const ctx = await testCtx();
    const id = await child(ctx);
    const last = await activePlan(ctx, id);
    const [reading, play] = last.goals;
    const next = await ok(dispatch(ctx, 'education.planCreate', planInput(id, {
      academicYear: '2027-2028', startDate: '2027-09-15', endDate: '2028-05-31', fromPlanId: last.id, carryGoalIds: [play!.id],
    })));
    expect(next).toMatchObject({ status: 'draft', previousPlanId: last.id, academicYear: '2027-2028' });
    expect(next.goals).toEqual([expect.objectContaining({ description: play!.description, target: play!.target, carriedFromGoalId: play!.id, targetDate: '2028-05-31', status: 'not_started' })]);
    expect(reading).toBeDefined();
    const foreign = await refused(ctx, ['education_plans', 'education_goals'], () =>
      dispatch(ctx, 'education.planCreate', planInput(id, { academicYear: '2027-2028', startDate: '2027-09-15', endDate: '2028-05-31', fromPlanId: last.id, carryGoalIds: ['nope'] })));
    expect(foreign.fields).toEqual([{ path: 'carryGoalIds', message: 'education.errors.goalNotInPlan' }]);
  });

  it('lists plans filtered by year, status, review due and placement', async () => {
    const ctx = await testCtx();
    const a = await child(ctx, { lastName: 'Əliyev' });
    const b = await child(ctx, { lastName: 'Zeynalova', firstName: 'Aysel', sex: 'F', patronymic: 'Elçin qızı' });
    const s = await ok(dispatch(ctx, 'education.schoolingSave', { residentId: a, academicYear: '2026-2027', schoolType: 'mainstream', schoolName: 'Məktəb 45', outsideInstitution: true, inclusive: true }));
    const pa = await ok(dispatch(ctx, 'education.planCreate', planInput(a, { schoolingId: s.id })));
    const ga = await ok(dispatch(ctx, 'education.goalSave', goalInput(pa.id)));
    await ok(dispatch(ctx, 'education.planApprove', { id: pa.id, version: ga.version, nextReviewDate: '2027-03-01' }));
    await ok(dispatch(ctx, 'education.planCreate', planInput(b, { academicYear: '2025-2026', startDate: '2025-09-15', endDate: '2026-05-31' })));
    const list = (f: CallInput<'education.planList'>) => ok(dispatch(ctx, 'education.planList', f)).then((p) => p.rows.map((r) => r.child.lastName));
    expect(await list({})).toEqual(['Əliyev', 'Zeynalova']);
    expect(await list({ academicYear: '2025-2026' })).toEqual(['Zeynalova']);
    expect(await list({ status: 'active' })).toEqual(['Əliyev']);
    expect(await list({ reviewDue: true })).toEqual([]);
    expect(await list({ inclusive: true, outside: true })).toEqual(['Əliyev']);
    expect(await list({ outside: false })).toEqual([]);
    const page = await ok(dispatch(ctx, 'education.planList', {}));
    expect(page.rows[0]).toMatchObject({ goalCount: 1, inclusive: true, outside: true, status: 'active' });
  });
});

describe('education: dashboard signals', () => {
  it('counts disabled children without an active plan, reviews due, not inclusive, schooled inside', async () => {
    const ctx = await testCtx();
    // School age: born 2008-11-27 … 2020-11-26 on 2026-11-26.
    const planned = await child(ctx, { lastName: 'Əliyev', disability: true, disabilityDegree: 'II', dateOfBirth: '2014-05-05' });
    const noPlan = await child(ctx, { lastName: 'Bağırov', disability: true, disabilityDegree: 'I', dateOfBirth: '2013-01-01' });
    const small = await child(ctx, { lastName: 'Cəfərov', disability: true, disabilityDegree: 'III', dateOfBirth: '2022-01-01', admissionDate: '2023-01-01' });
    const inside = await child(ctx, { lastName: 'Dadaşov', dateOfBirth: '2012-01-01' });

    await ok(dispatch(ctx, 'education.schoolingSave', { residentId: planned, academicYear: '2026-2027', schoolType: 'mainstream', schoolName: 'Məktəb 45', outsideInstitution: true, inclusive: true }));
    await ok(dispatch(ctx, 'education.schoolingSave', { residentId: noPlan, academicYear: '2026-2027', schoolType: 'special', schoolName: 'Xüsusi məktəb 2', outsideInstitution: true }));
    await ok(dispatch(ctx, 'education.schoolingSave', { residentId: inside, academicYear: '2026-2027', schoolType: 'in_institution', schoolName: 'Müəssisənin sinfi', outsideInstitution: true }));
    // Last year's inclusive schooling does not count this year.
    await ok(dispatch(ctx, 'education.schoolingSave', { residentId: noPlan, academicYear: '2025-2026', schoolType: 'mainstream', schoolName: 'Məktəb 45', outsideInstitution: true, inclusive: true }));
    await activePlan(ctx, planned); // next review 2026-12-10: within 30 days

    const d = await ok(dispatch(ctx, 'dashboard.get', {}));
    const byKind = Object.fromEntries(d.signals.filter((s) => s.kind.startsWith('education_')).map((s) => [s.kind, s.count]));
    expect(byKind).toEqual({ education_no_active_plan: 2, education_review_due: 1, education_not_inclusive: 1, education_schooled_inside: 1 });
    const names = async (kind: string) => (await ok(dispatch(ctx, 'dashboard.children', { kind }))).map((c) => c.lastName);
    expect(await names('education_no_active_plan')).toEqual(['Bağırov', 'Cəfərov']);
    expect(await names('education_review_due')).toEqual(['Əliyev']);
    expect(await names('education_not_inclusive')).toEqual(['Bağırov']);
    expect(await names('education_schooled_inside')).toEqual(['Dadaşov']);
    expect(small).toBeTruthy();
    // In-institution schooling is never "outside", whatever the form sent.
    expect(ctx.conn.sqlite.prepare("SELECT outside_institution FROM schooling WHERE school_type = 'in_institution'").pluck().get()).toBe(0);
  });
});
