import { describe, expect, it } from 'vitest';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { admission, admittedChild, discharge, ok, referralInput, refused } from './fixture';

// Care's dashboard signals and the quarter's tallies (clock 2026-11-26 10:00 UTC, quarter 2026-Q4).

const signal = (d: Awaited<ReturnType<typeof getDashboard>>, kind: string) => d.signals.find((s) => s.kind === kind)?.count;
const tally = (d: Awaited<ReturnType<typeof getDashboard>>, kind: string) =>
  Object.fromEntries(d.tallies.find((t) => t.kind === kind)!.rows.map((r) => [r.key, r.count]));

describe('care signals', () => {
  it('emergency admissions without an assessment after 7 days, until one is recorded', async () => {
    const ctx = await testCtx({ role: 'director' });
    const ref = await ok(ctx, 'care.referralCreate', referralInput({ referredOn: '2026-11-01' }));
    await ok(ctx, 'care.admit', admission({ referralId: ref.id, emergency: true, admittedOn: '2026-11-18' }));
    expect(signal(await getDashboard(ctx), 'emergency_assessment_overdue')).toBe(1);
    const fresh = await ok(ctx, 'care.referralCreate', referralInput({ firstName: 'Aysel' }));
    await ok(ctx, 'care.admit', admission({ referralId: fresh.id, emergency: true, admittedOn: '2026-11-20' }));
    expect(signal(await getDashboard(ctx), 'emergency_assessment_overdue')).toBe(1);
    await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-11-25', assessedBy: 'S. İsmayılova', recommendation: 'admit_resident' });
    expect(signal(await getDashboard(ctx), 'emergency_assessment_overdue')).toBe(0);
  });

  it('orders expired and expiring within 30 days; missing over 24 hours not reported; turning 18; long stays from the episodes', async () => {
    const ctx = await testCtx({ role: 'director' });
    await admittedChild(ctx, { orderExpiresOn: '2026-12-20' });
    const b = await ok(ctx, 'residents.create', childInput({ firstName: 'Rauf', admissionDate: '2020-03-01', dateOfBirth: '2008-06-01' }));
    const c = await ok(ctx, 'residents.create', childInput({ firstName: 'Vüsal', admissionDate: '2025-03-01', dateOfBirth: '2009-01-10' }));
    await ok(ctx, 'residents.create', childInput({ firstName: 'Nihad', admissionDate: '2018-03-01', status: 'day_attendee' }));
    await ok(ctx, 'residents.create', childInput({ firstName: 'Orxan', admissionDate: '2018-03-01', status: 'discharged' }));
    await ok(ctx, 'care.missing', { residentId: b.id, noticedAt: '2026-11-25T09:00' });
    await ok(ctx, 'care.missing', { residentId: c.id, noticedAt: '2026-11-25T11:00' });
    const d = await getDashboard(ctx);
    expect(signal(d, 'order_expiring')).toBe(1);
    expect(signal(d, 'order_expired')).toBe(0);
    expect(signal(d, 'missing_unreported')).toBe(1);
    expect(signal(d, 'turning_18')).toBe(1); // Vüsal turns 18 on 2027-01-10; Rauf is 18 already
    expect(signal(d, 'long_stay')).toBe(1); // Rauf; the day attendee and the discharged child are not counted
    const later = await getDashboard({ ...ctx, now: () => new Date('2026-12-21T10:00:00Z') });
    expect(signal(later, 'order_expired')).toBe(1);
  });

  it('tallies the quarter: referrals by outcome, admissions by type, exits by destination with the share into a family', async () => {
    const ctx = await testCtx({ role: 'director' });
    const { residentId } = await admittedChild(ctx);
    const diverted = await ok(ctx, 'care.referralCreate', referralInput({ firstName: 'Aysel' }));
    await ok(ctx, 'care.referralOutcome', { id: diverted.id, version: 1, outcome: 'diverted_community', outcomeOn: '2026-11-06', outcomeService: 'Gündüz mərkəzi' });
    await ok(ctx, 'care.referralCreate', referralInput({ firstName: 'Leyla' }));
    await ok(ctx, 'care.referralCreate', referralInput({ firstName: 'Old', referredOn: '2026-09-30' }));
    await ok(ctx, 'care.exit', discharge(residentId));
    const other = await ok(ctx, 'residents.create', childInput({ firstName: 'Rauf', admissionDate: '2026-10-05' }));
    await ok(ctx, 'care.exit', discharge(other.id, { destination: 'other_institution', exitReason: 'transfer' }));
    const d = await getDashboard(ctx);
    expect(tally(d, 'referrals_by_outcome')).toEqual({ admitted_resident: 1, diverted_community: 1, pending: 1 });
    expect(tally(d, 'admissions_by_type')).toEqual({ new: 2 });
    expect(tally(d, 'exits_by_destination')).toEqual({ biological_family: 1, other_institution: 1, to_family: 1 });
    // follow-up after the family exit falls due a month later
    const inJanuary = await getDashboard({ ...ctx, now: () => new Date('2027-01-05T10:00:00Z') });
    expect(signal(inJanuary, 'follow_up_overdue')).toBe(1);
  });

  it('caregivers see the care signals; a role without care.read would not', async () => {
    const ctx = await testCtx({ role: 'caregiver' });
    const d = await getDashboard(ctx);
    expect(d.signals.map((s) => s.kind)).toContain('missing_unreported');
  });
});

describe('care plans, reviews, approvals and follow-up visits', () => {
  it('a plan falls due for review after 3 months; a review moves it on; a review before the plan began is refused', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const { residentId } = await admittedChild(ctx);
    const plan = await ok(ctx, 'care.planCreate', {
      residentId, kind: 'reintegration', startedOn: '2026-11-12', responsible: 'S. İsmayılova', requestApproval: true,
      goals: [{ domain: 'family', goal: 'Ana ilə həftəlik görüş', target: '12 görüşdən 10-u' }],
    });
    expect(plan).toMatchObject({ nextReviewOn: '2027-02-12', approval: 'requested', goals: [{ domain: 'family', status: 'open' }] });
    const feb = { ...ctx, now: () => new Date('2027-02-13T10:00:00Z') };
    const due = await getDashboard(feb);
    expect(signal(due, 'review_overdue')).toBe(1);
    expect(signal(due, 'approval_pending')).toBe(1);
    const early = await refused(feb, 'care.review', { planId: plan.id, reviewedOn: '2026-11-11' });
    expect(early.fields).toEqual([{ path: 'reviewedOn', message: 'care.errors.reviewBeforePlan', params: { date: '2026-11-12' } }]);
    const r = await ok(feb, 'care.review', { planId: plan.id, reviewedOn: '2027-02-13', participants: 'Uşaq, ana, sosial işçi', childView: 'Evə qayıtmaq istəyir', decision: 'Plan davam edir', progress: { [plan.goals[0]!.id]: '9 görüş' } });
    expect(r.nextReviewOn).toBe('2027-05-13');
    expect(signal(await getDashboard(feb), 'review_overdue')).toBe(0);
    // approval is the director's
    expect((await refused(feb, 'care.approve', { kind: 'plan', id: plan.id, decision: 'approved' })).code).toBe('forbidden');
    const director = { ...feb, actor: { ...feb.actor, role: 'director' as const } };
    await ok(director, 'care.approve', { kind: 'plan', id: plan.id, decision: 'approved' });
    expect(signal(await getDashboard(director), 'approval_pending')).toBe(0);
    const care = await ok(director, 'care.get', { residentId });
    expect(care.timeline.map((t) => t.kind)).toEqual(['referral', 'assessment', 'admission', 'plan', 'review']);
  });

  it('a transition plan only from 16; a transition plan silences turning 18', async () => {
    const ctx = await testCtx({ role: 'director' });
    const young = await ok(ctx, 'residents.create', childInput({ dateOfBirth: '2015-01-01' }));
    const err = await refused(ctx, 'care.planCreate', { residentId: young.id, kind: 'transition', startedOn: '2026-11-20' });
    expect(err.fields).toEqual([{ path: 'kind', message: 'care.errors.transitionFrom16', params: { age: 16 } }]);
    const old = await ok(ctx, 'residents.create', childInput({ firstName: 'Vüsal', dateOfBirth: '2009-01-10' }));
    expect(signal(await getDashboard(ctx), 'turning_18')).toBe(1);
    await ok(ctx, 'care.planCreate', { residentId: old.id, kind: 'transition', startedOn: '2026-11-20', readiness: { documents: true, housing: false } });
    expect(signal(await getDashboard(ctx), 'turning_18')).toBe(0);
  });

  it('records a follow-up visit after a family exit; refuses one before the exit and an unexplained "not seen"', async () => {
    const ctx = await testCtx({ role: 'social_worker', now: '2027-01-05T10:00:00Z' });
    const { residentId } = await admittedChild(ctx);
    await ok(ctx, 'care.exit', discharge(residentId));
    expect(signal(await getDashboard(ctx), 'follow_up_overdue')).toBe(1);
    const care = await ok(ctx, 'care.get', { residentId });
    expect(care.visits.map((v) => v.monthOffset)).toEqual([1, 3, 6, 12]);
    const first = care.visits[0]!;
    let err = await refused(ctx, 'care.visit', { visitId: first.id, visitedOn: '2026-11-19' });
    expect(err.fields).toEqual([{ path: 'visitedOn', message: 'care.errors.visitBeforeExit', params: { date: '2026-11-20' } }]);
    err = await refused(ctx, 'care.visit', { visitId: first.id, visitedOn: '2027-01-04', seen: false });
    expect(err.fields).toEqual([{ path: 'notSeenReason', message: 'validation.required' }]);
    await ok(ctx, 'care.visit', { visitId: first.id, visitedOn: '2027-01-04', placementStatus: 'going_well', services: ['family_support', 'economic_help'], outcome: 'stable' });
    expect(signal(await getDashboard(ctx), 'follow_up_overdue')).toBe(0);
    const after = await ok(ctx, 'care.get', { residentId });
    expect(after.timeline.filter((t) => t.kind === 'visit')).toHaveLength(4);
  });
});

describe('an exit closes the stay', () => {
  it('closes the active plans on the exit day', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const { residentId } = await admittedChild(ctx);
    await ok(ctx, 'care.planCreate', { residentId, kind: 'reintegration', startedOn: '2026-11-12' });
    await ok(ctx, 'care.exit', discharge(residentId));
    const care = await ok(ctx, 'care.get', { residentId });
    expect(care.plans.map((p) => p.status)).toEqual(['closed']);
    expect(ctx.conn.sqlite.prepare('SELECT ends_on FROM case_plans').pluck().get()).toBe('2026-11-20');
  });
});

describe('care signal: siblings apart', () => {
  const sib = (ctx: Awaited<ReturnType<typeof testCtx>>, a: string, b: string) =>
    ok(ctx, 'care.relativeCreate', { residentId: a, relation: 'sibling', lastName: 'Məmmədov', firstName: 'Bacı', siblingResidentId: b });
  const kids = async (ctx: Awaited<ReturnType<typeof testCtx>>) => {
    const count = (await getDashboard(ctx)).signals.find((s) => s.kind === 'siblings_apart')!.count;
    const residentIds = (await ok(ctx, 'dashboard.children', { kind: 'siblings_apart' })).map((c) => c.id).sort();
    return { count, residentIds };
  };

  it('counts siblings in different groups, one in care and one not, or leaving to different homes; not siblings together', async () => {
    const ctx = await testCtx({ role: 'director' });
    const add = (firstName: string, groupName: string) => ok(ctx, 'residents.create', childInput({ firstName, groupName, admissionDate: '2024-02-01' }));
    // together: the same group
    const [a1, a2] = [await add('Elçin', 'Günəş'), await add('Elnur', 'Günəş')];
    await sib(ctx, a1.id, a2.id);
    expect(await kids(ctx)).toMatchObject({ count: 0, residentIds: [] });
    // apart: different groups
    const [b1, b2] = [await add('Kamran', 'Günəş'), await add('Kənan', 'Ulduz')];
    await sib(ctx, b1.id, b2.id);
    expect((await kids(ctx))!.residentIds).toEqual([b1.id, b2.id].sort());
    // one leaves for the family, the other stays: apart
    await ok(ctx, 'care.exit', discharge(a1.id, { exitedOn: '2026-11-20' }));
    expect((await kids(ctx))!.residentIds).toEqual([a1.id, a2.id, b1.id, b2.id].sort());
    // the other follows to the same family: together again
    await ok(ctx, 'care.exit', discharge(a2.id, { exitedOn: '2026-11-21' }));
    expect((await kids(ctx))!.residentIds).toEqual([b1.id, b2.id].sort());
    // both leave, to different destinations: apart
    await ok(ctx, 'care.exit', discharge(b1.id, { exitedOn: '2026-11-20', destination: 'foster_family' }));
    await ok(ctx, 'care.exit', discharge(b2.id, { exitedOn: '2026-11-20', destination: 'guardianship' }));
    expect(await kids(ctx)).toMatchObject({ count: 2, residentIds: [b1.id, b2.id].sort() });
    // a caregiver's role (care.read) sees it too; the signal opens the list of the children
    expect(await kids({ ...ctx, actor: { ...ctx.actor, role: 'caregiver' } })).toMatchObject({ count: 2 });
  });

  it('forgets a pair both of whom left over 12 months ago', async () => {
    const ctx = await testCtx({ role: 'director' });
    const a = await ok(ctx, 'residents.create', childInput({ firstName: 'Aysel', admissionDate: '2020-01-10', status: 'discharged' }));
    const b = await ok(ctx, 'residents.create', childInput({ firstName: 'Aygün', admissionDate: '2020-01-10' }));
    await sib(ctx, a.id, b.id);
    expect((await kids(ctx))!.count).toBe(2); // one in care, one not
    await ok(ctx, 'care.exit', discharge(b.id, { exitedOn: '2026-11-20', destination: 'independent_living', exitReason: 'aged_out' }));
    expect((await kids(ctx))!.count).toBe(2); // the later exit is recent
    ctx.conn.sqlite.prepare("UPDATE care_episodes SET started_on = '2025-06-01' WHERE kind = 'exit'").run();
    expect((await kids(ctx))!.count).toBe(0);
  });
});
