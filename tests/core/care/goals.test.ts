import { describe, expect, it } from 'vitest';
import { ACTION_LABEL, ENTITY_LABEL } from '../../../src-main/core/audit/i18n/labels';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { translate } from '../../../src-main/core/i18n/index';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { admittedChild, discharge, ok, refused } from './fixture';

// Plans with several goals (added, changed, dropped), a review with progress per goal, the
// transition plan's readiness checklist, an exit awaiting the director's approval, and every care
// action with a readable label in the audit trail.

type TestCtx = Awaited<ReturnType<typeof testCtx>>;
const actions = (ctx: TestCtx) => ctx.conn.sqlite.prepare('SELECT DISTINCT action FROM audit_log').pluck().all() as string[];
const entities = (ctx: TestCtx) => ctx.conn.sqlite.prepare('SELECT DISTINCT entity FROM audit_log').pluck().all() as string[];

describe('care: goals, readiness, exit approval', () => {
  it('adds, changes and drops goals; a review keeps progress per goal', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const { residentId } = await admittedChild(ctx);
    const plan = await ok(ctx, 'care.planCreate', { residentId, kind: 'reintegration', startedOn: '2026-11-12', goals: [{ domain: 'family', goal: 'Ana ilə həftəlik görüş' }] });
    const g2 = await ok(ctx, 'care.goalSave', { planId: plan.id, domain: 'education', goal: 'Məktəbə qayıtmaq', target: 'Dekabrdan dərsdə', responsible: 'Səbinə İsmayılova' });
    await ok(ctx, 'care.goalSave', { planId: plan.id, goalId: g2.id, domain: 'education', goal: 'Məktəbə qayıtmaq', target: 'Yanvardan dərsdə', responsible: 'Səbinə İsmayılova' });
    const g3 = await ok(ctx, 'care.goalSave', { planId: plan.id, domain: 'health', goal: 'Səhv' });
    await ok(ctx, 'care.goalSave', { planId: plan.id, goalId: g3.id, domain: 'health', goal: 'Səhv', status: 'dropped' });
    const err = await refused(ctx, 'care.goalSave', { planId: plan.id, domain: 'health', goal: ' ' });
    expect(err.fields).toMatchObject([{ path: 'goal', message: 'validation.required' }]);
    const goals = (await ok(ctx, 'care.get', { residentId })).plans[0]!.goals;
    expect(goals.map((g) => [g.domain, g.target, g.status])).toEqual([['family', '', 'open'], ['education', 'Yanvardan dərsdə', 'open'], ['health', '', 'dropped']]);
    const review = await ok(ctx, 'care.review', { planId: plan.id, reviewedOn: '2026-11-25', progress: { [goals[0]!.id]: 'İki görüş oldu', [g2.id]: 'Sənədlər verilib' } });
    expect(review.progress).toEqual({ [goals[0]!.id]: 'İki görüş oldu', [g2.id]: 'Sənədlər verilib' });
    const upd = ctx.conn.sqlite.prepare("SELECT before, after FROM audit_log WHERE action = 'plan.goalUpdate' ORDER BY seq LIMIT 1").get() as { before: string; after: string };
    expect(JSON.parse(upd.after)).toEqual({ goalId: g2.id, target: 'Yanvardan dərsdə' });
  });

  it('keeps the readiness checklist of a transition plan only', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const c = await ok(ctx, 'residents.create', childInput({ dateOfBirth: '2009-03-01', admissionDate: '2020-01-10' }));
    const plan = await ok(ctx, 'care.planCreate', { residentId: c.id, kind: 'transition', startedOn: '2026-11-01' });
    const out = await ok(ctx, 'care.readiness', { planId: plan.id, readiness: { documents: true, contact: true } });
    expect(out.readiness).toEqual({ documents: true, housing: false, income: false, skills: false, contact: true });
    const care = await ok(ctx, 'care.planCreate', { residentId: c.id, kind: 'care', startedOn: '2026-11-01' });
    const err = await refused(ctx, 'care.readiness', { planId: care.id, readiness: { documents: true } });
    expect(err.fields).toEqual([{ path: 'planId', message: 'care.errors.readinessOnlyTransition' }]);
  });

  it('an exit may ask for the director’s approval: pending on the dashboard until decided', async () => {
    const ctx = await testCtx({ role: 'director' });
    const { residentId } = await admittedChild(ctx);
    const exit = await ok(ctx, 'care.exit', discharge(residentId, { requestApproval: true }));
    expect(exit.approval).toBe('requested');
    const pending = (await getDashboard(ctx)).signals.find((s) => s.kind === 'approval_pending')!;
    expect(pending.count).toBe(1);
    const sw = { ...ctx, actor: { ...ctx.actor, role: 'social_worker' as const } };
    expect((await refused(sw, 'care.approve', { kind: 'exit', id: exit.id, decision: 'approved' })).code).toBe('forbidden');
    await ok(ctx, 'care.approve', { kind: 'exit', id: exit.id, decision: 'approved' });
    expect((await getDashboard(ctx)).signals.find((s) => s.kind === 'approval_pending')!.count).toBe(0);
    expect((await ok(ctx, 'care.get', { residentId })).episodes.find((e) => e.kind === 'exit')!.approval).toBe('approved');
  });

  it('labels every care action and record in the audit trail, in az, en and ru', async () => {
    const ctx = await testCtx({ role: 'director' });
    const { residentId } = await admittedChild(ctx);
    const plan = await ok(ctx, 'care.planCreate', { residentId, kind: 'reintegration', startedOn: '2026-11-12', requestApproval: true });
    const g = await ok(ctx, 'care.goalSave', { planId: plan.id, domain: 'family', goal: 'Görüş' });
    await ok(ctx, 'care.goalSave', { planId: plan.id, goalId: g.id, domain: 'family', goal: 'Görüşlər' });
    await ok(ctx, 'care.approve', { kind: 'plan', id: plan.id, decision: 'approved' });
    await ok(ctx, 'care.review', { planId: plan.id, reviewedOn: '2026-11-20' });
    await ok(ctx, 'care.relativeCreate', { residentId, relation: 'mother', lastName: 'Hüseynova', firstName: 'Gülnar' });
    const leave = await ok(ctx, 'care.leave', { residentId, startedOn: '2026-11-14', leaveReason: 'family_visit' });
    await ok(ctx, 'care.return', { episodeId: leave.id, endedOn: '2026-11-15' });
    await ok(ctx, 'care.episodeVoid', { id: leave.id, version: 2, reason: 'Səhv' });
    const exit = await ok(ctx, 'care.exit', discharge(residentId, { requestApproval: true }));
    await ok(ctx, 'care.approve', { kind: 'exit', id: exit.id, decision: 'rejected' });
    const visit = (await ok(ctx, 'care.get', { residentId })).visits[0]!;
    await ok(ctx, 'care.visit', { visitId: visit.id, visitedOn: '2026-11-25' });
    const labels = ACTION_LABEL as Record<string, string>;
    const missing = actions(ctx).filter((a) => !labels[a]);
    expect(missing).toEqual([]);
    expect(entities(ctx).filter((e) => !(ENTITY_LABEL as Record<string, string>)[e])).toEqual([]);
    for (const lang of ['az', 'en', 'ru'] as const) {
      for (const a of actions(ctx)) expect(translate(lang, labels[a] as never), `${lang} ${a}`).not.toBe(labels[a]);
    }
  });
});
