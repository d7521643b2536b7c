import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { inCareOn, residentsInCare } from '../../../src-main/core/care/queries';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { admission, admittedChild, discharge, ok, referralInput, refused } from './fixture';

type TestCtx = Awaited<ReturnType<typeof testCtx>>;
const count = (ctx: TestCtx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const register = (ctx: TestCtx, id: string) =>
  ctx.conn.sqlite.prepare('SELECT status, admission_date, admission_decision_number, version FROM residents WHERE id = ?').get(id) as {
    status: string; admission_date: string; admission_decision_number: string; version: number;
  };

/** Every table a care write could touch, counted: a refusal must leave all of them as they were. */
const snapshot = (ctx: TestCtx) =>
  ['residents', 'referrals', 'assessments', 'care_episodes', 'follow_up_visits', 'audit_log'].map((t) => count(ctx, t));

async function refusedNothingWritten(ctx: TestCtx, run: () => Promise<{ code: string; fields?: Array<{ path: string; message: string }> }>) {
  const before = snapshot(ctx);
  const err = await run();
  expect(snapshot(ctx)).toEqual(before);
  return err;
}

describe('care: referral, assessment, admission', () => {
  it('admits an assessed referral: the child enters the register as a resident, the referral is accepted', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const { referralId, residentId } = await admittedChild(ctx);
    const care = await ok(ctx, 'care.get', { residentId });
    expect(care.status).toBe('resident');
    expect(care.referrals.map((r) => [r.id, r.status, r.outcome])).toEqual([[referralId, 'accepted', 'admitted_resident']]);
    expect(care.timeline.map((t) => t.kind)).toEqual(['referral', 'assessment', 'admission']);
    const child = await ok(ctx, 'residents.get', { id: residentId });
    expect(child).toMatchObject({ lastName: 'Hüseynova', status: 'resident', admissionDate: '2026-11-10', admissionDecisionNumber: 'K-112', groupName: 'Günəş', legalStatus: 'parents_request_poverty' });
    const actions = ctx.conn.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all();
    expect(actions).toEqual(['referral.create', 'assessment.create', 'resident.create', 'care.admission', 'referral.outcome']);
  });

  it('refuses a planned admission without a referral, and one whose referral was not assessed by then', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const ref = await ok(ctx, 'care.referralCreate', referralInput());
    let err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission()));
    expect(err.fields).toEqual([{ path: 'referralId', message: 'care.errors.referralRequired' }]);
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: ref.id })));
    expect(err.fields).toEqual([{ path: 'referralId', message: 'care.errors.assessmentRequired' }]);
    // assessed after the admission date is not "prior"
    await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-11-12', assessedBy: 'S. İsmayılova', recommendation: 'admit_resident' });
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: ref.id })));
    expect(err.fields?.[0]?.path).toBe('referralId');
    await ok(ctx, 'care.admit', admission({ referralId: ref.id, admittedOn: '2026-11-12' }));
  });

  it('admits an emergency without an assessment; a referral that ended in diversion cannot be admitted', async () => {
    const ctx = await testCtx({ role: 'director' });
    const ref = await ok(ctx, 'care.referralCreate', referralInput());
    const a = await ok(ctx, 'care.admit', admission({ referralId: ref.id, emergency: true }));
    expect(a.episode.emergency).toBe(true);
    const other = await ok(ctx, 'care.referralCreate', referralInput({ firstName: 'Aysel' }));
    const diverted = await ok(ctx, 'care.referralOutcome', { id: other.id, version: 1, outcome: 'diverted_family_support', outcomeOn: '2026-11-04', outcomeService: 'Ailəyə dəstək mərkəzi' });
    expect(diverted).toMatchObject({ status: 'rejected', outcome: 'diverted_family_support' });
    await ok(ctx, 'care.assess', { referralId: other.id, assessedOn: '2026-11-03', assessedBy: 'S. İsmayılova', recommendation: 'family_support' });
    const err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: other.id })));
    expect(err.fields).toEqual([{ path: 'referralId', message: 'care.errors.referralRejected' }]);
    // a diverted child keeps its record, without a register entry
    expect(await ok(ctx, 'care.referrals', { status: 'all' })).toHaveLength(2);
    const notAdmitted = await refused(ctx, 'care.referralOutcome', { id: ref.id, version: 2, outcome: 'not_admitted', outcomeOn: '2026-11-04' });
    expect(notAdmitted.fields).toEqual([{ path: 'outcomeReason', message: 'validation.required' }]);
  });

  it('refuses an admission in the future, and an assessment before its referral', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const ref = await ok(ctx, 'care.referralCreate', referralInput());
    const err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: ref.id, emergency: true, admittedOn: '2026-12-01' })));
    expect(err.fields).toEqual([{ path: 'admittedOn', message: 'validation.dateFuture' }]);
    const a = await refusedNothingWritten(ctx, () => refused(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-10-01', assessedBy: 'X Y', recommendation: 'no_placement' }));
    expect(a.fields).toEqual([{ path: 'assessedOn', message: 'care.errors.assessmentBeforeReferral', params: { date: '2026-11-02' } }]);
  });

  it('is refused to roles that do not write care, and written by none of them', async () => {
    for (const role of ['caregiver', 'teacher', 'admin', 'read_only'] as const) {
      const ctx = await testCtx({ role });
      const err = await refused(ctx, 'care.referralCreate', referralInput());
      expect(err.code).toBe('forbidden');
      expect(count(ctx, 'referrals')).toBe(0);
    }
  });
});

describe('care: episodes and the rules of a stay', () => {
  it('keeps the register’s status equal to the episodes: leave and missing stay "resident", exit is "discharged"', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const { residentId } = await admittedChild(ctx);
    const leave = await ok(ctx, 'care.leave', { residentId, startedOn: '2026-11-13', leaveReason: 'family_visit', expectedReturnOn: '2026-11-15' });
    expect((await ok(ctx, 'care.get', { residentId })).status).toBe('on_leave');
    expect(register(ctx, residentId).status).toBe('resident');
    await ok(ctx, 'care.return', { episodeId: leave.id, endedOn: '2026-11-15' });
    const missing = await ok(ctx, 'care.missing', { residentId, noticedAt: '2026-11-16T19:30:00.000Z' });
    expect((await ok(ctx, 'care.get', { residentId })).status).toBe('missing');
    await ok(ctx, 'care.return', { episodeId: missing.id, endedOn: '2026-11-17', foundWhere: 'Nənəsinin evində' });
    const v = register(ctx, residentId).version;
    await ok(ctx, 'care.exit', discharge(residentId));
    expect(register(ctx, residentId)).toMatchObject({ status: 'discharged', version: v + 1 });
    const care = await ok(ctx, 'care.get', { residentId });
    expect(care.status).toBe('discharged');
    expect(care.timeline.map((t) => t.kind)).toEqual(['referral', 'assessment', 'admission', 'leave', 'missing', 'exit', 'visit', 'visit', 'visit', 'visit']);
    // an exit into a family schedules the follow-up visits
    expect(ctx.conn.sqlite.prepare('SELECT due_on FROM follow_up_visits ORDER BY due_on').pluck().all()).toEqual(['2026-12-20', '2027-02-20', '2027-05-20', '2027-11-20']);
    const audited = ctx.conn.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'resident.update'").pluck().all();
    expect(audited).toContain(JSON.stringify({ status: 'discharged' }));
  });

  it('refuses an exit before the admission, a second exit, an exit without destination or decision', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const { residentId } = await admittedChild(ctx);
    let err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.exit', discharge(residentId, { exitedOn: '2026-11-01' })));
    expect(err.fields).toEqual([{ path: 'exitedOn', message: 'care.errors.exitBeforeAdmission', params: { date: '2026-11-10' } }]);
    const noDest = { ...discharge(residentId) } as Record<string, unknown>;
    delete noDest.destination;
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.exit', noDest as never));
    expect(err.fields).toEqual([{ path: 'destination', message: 'validation.choose' }]);
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.exit', discharge(residentId, { decisionNumber: ' ' })));
    expect(err.fields).toMatchObject([{ path: 'decisionNumber', message: 'validation.required' }]);
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.exit', discharge(residentId, { exitedOn: '2026-11-27' })));
    expect(err.fields).toEqual([{ path: 'exitedOn', message: 'validation.dateFuture' }]);
    await ok(ctx, 'care.exit', discharge(residentId));
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.exit', discharge(residentId, { exitedOn: '2026-11-25' })));
    expect(err.fields).toEqual([{ path: 'exitedOn', message: 'care.errors.notInCare' }]);
  });

  it('refuses a return before the leave, a leave while away, and an absence before the admission', async () => {
    const ctx = await testCtx({ role: 'social_worker' });
    const { residentId } = await admittedChild(ctx);
    let err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.leave', { residentId, startedOn: '2026-11-08', leaveReason: 'holiday' }));
    expect(err.fields).toEqual([{ path: 'startedOn', message: 'care.errors.beforeAdmission', params: { date: '2026-11-10' } }]);
    const leave = await ok(ctx, 'care.leave', { residentId, startedOn: '2026-11-20', leaveReason: 'holiday' });
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.return', { episodeId: leave.id, endedOn: '2026-11-19' }));
    expect(err.fields).toEqual([{ path: 'endedOn', message: 'care.errors.returnBeforeLeave', params: { date: '2026-11-20' } }]);
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.missing', { residentId, noticedAt: '2026-11-21T08:00' }));
    expect(err.fields).toEqual([{ path: 'noticedAt', message: 'care.errors.alreadyAway' }]);
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.leave', { residentId, startedOn: '2026-11-21', leaveReason: 'holiday', expectedReturnOn: '2026-11-20' }));
    expect(err.fields).toEqual([{ path: 'expectedReturnOn', message: 'care.errors.returnBeforeLeave' }]);
  });

  it('refuses an exit for a child never admitted, an admission overlapping a stay, and re-admits after an exit keeping both stays', async () => {
    const ctx = await testCtx({ role: 'director', now: '2026-11-26T10:00:00Z' });
    const { residentId } = await admittedChild(ctx);
    const ref2 = await ok(ctx, 'care.referralCreate', referralInput({ residentId, referredOn: '2026-11-11' }));
    let err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: ref2.id, admissionType: 'readmission', admittedOn: '2026-11-12', emergency: true })));
    expect(err.fields).toEqual([{ path: 'admittedOn', message: 'care.errors.alreadyInCare' }]);
    await ok(ctx, 'care.exit', discharge(residentId, { exitedOn: '2026-11-15' }));
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: ref2.id, admissionType: 'readmission', admittedOn: '2026-11-15', emergency: true })));
    expect(err.fields).toEqual([{ path: 'admittedOn', message: 'care.errors.overlapsStay', params: { date: '2026-11-15' } }]);
    err = await refusedNothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: ref2.id, admittedOn: '2026-11-18', emergency: true })));
    expect(err.fields).toEqual([{ path: 'admissionType', message: 'care.errors.readmissionExpected' }]);
    const re = await ok(ctx, 'care.admit', admission({ referralId: ref2.id, admissionType: 'readmission', admittedOn: '2026-11-18', emergency: true }));
    expect(re.residentId).toBe(residentId);
    expect(re.episode.previousExitId).not.toBeNull();
    const care = await ok(ctx, 'care.get', { residentId });
    expect(care.episodes.map((e) => e.kind)).toEqual(['admission', 'exit', 'admission']);
    expect(register(ctx, residentId)).toMatchObject({ status: 'resident', admission_date: '2026-11-18' });
    // the re-admission within a year marks the earlier exit's open visits as re-entered
    expect(ctx.conn.sqlite.prepare('SELECT DISTINCT outcome FROM follow_up_visits').pluck().all()).toEqual(['reentered']);

    const registered = await ok(ctx, 'residents.create', childInput({ firstName: 'Rauf', status: 'discharged', admissionDate: '2023-01-10' }));
    expect((await ok(ctx, 'care.get', { residentId: registered.id })).status).toBe('discharged');
    err = await refused(ctx, 'care.exit', discharge(registered.id));
    expect(err.fields).toEqual([{ path: 'exitedOn', message: 'care.errors.notInCare' }]);
  });

  it('a child entered in the register gets its admission episode; a typed status no longer changes it', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await ok(ctx, 'residents.create', childInput({ status: 'day_attendee' }));
    const care = await ok(ctx, 'care.get', { residentId: c.id });
    expect(care.status).toBe('day_attendee');
    expect(care.episodes).toMatchObject([{ kind: 'admission', startedOn: '2022-09-01', placement: 'day_care', origin: 'register' }]);
    const u = await ok(ctx, 'residents.update', { ...childInput({ status: 'discharged', room: '12' }), id: c.id, version: c.version });
    expect(u).toMatchObject({ status: 'day_attendee', room: '12' });
  });
});

describe('care: who is in care on a day', () => {
  it('inCareOn and residentsInCare: admitted on or before the day, not yet exited; away children marked', async () => {
    const ctx: Ctx & TestCtx = await testCtx({ role: 'director' });
    const { residentId } = await admittedChild(ctx);
    const leave = await ok(ctx, 'care.leave', { residentId, startedOn: '2026-11-13', leaveReason: 'family_visit' });
    await ok(ctx, 'care.return', { episodeId: leave.id, endedOn: '2026-11-15' });
    await ok(ctx, 'care.exit', discharge(residentId));
    const other = await ok(ctx, 'residents.create', childInput({ firstName: 'Rauf', groupName: 'Bahar' }));
    expect(await inCareOn(ctx.db, '2026-11-09')).toEqual([other.id]);
    expect((await inCareOn(ctx.db, '2026-11-10')).sort()).toEqual([residentId, other.id].sort());
    expect(await inCareOn(ctx.db, '2026-11-20')).toEqual([other.id]);
    const on14 = await residentsInCare(ctx.db, '2026-11-14');
    expect(on14.find((r) => r.residentId === residentId)).toMatchObject({ presence: 'on_leave', placement: 'resident', groupName: 'Günəş' });
    expect((await residentsInCare(ctx.db, '2026-11-15')).find((r) => r.residentId === residentId)?.presence).toBe('in');
    expect((await residentsInCare(ctx.db, '2026-11-14', 'Bahar')).map((r) => r.residentId)).toEqual([other.id]);
  });
});
