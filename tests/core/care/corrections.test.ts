import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../src-main/core/contract/calls';
import type { EpisodeDto } from '../../../src-main/core/care/schema';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { openSigner } from '../../../src-main/core/packages/keys-service';
import { tempDir, testCtx } from '../../helpers/db';
import { readyInstitution, store } from '../packages/db-fixture';
import { admission, discharge, ok, referralInput, refused } from './fixture';

// Care records in a closed period (refused, the date field named, nothing written), and the
// correction of an episode: edit and void, each with a reason, audited, the history checked again
// and the child's status derived anew.

type TestCtx = Awaited<ReturnType<typeof testCtx>>;
const count = (ctx: TestCtx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
const snapshot = (ctx: TestCtx) =>
  ['residents', 'referrals', 'care_episodes', 'case_plans', 'case_reviews', 'follow_up_visits', 'closed_periods', 'audit_log'].map((t) => count(ctx, t));
const register = (ctx: TestCtx, id: string) =>
  ctx.conn.sqlite.prepare('SELECT status, admission_date FROM residents WHERE id = ?').get(id) as { status: string; admission_date: string };
const actions = (ctx: TestCtx) => ctx.conn.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[];
const lastAudit = (ctx: TestCtx) =>
  ctx.conn.sqlite.prepare('SELECT action, before, after FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; before: string; after: string };

/** Exports the 2026-Q3 package for real, which closes the period. */
async function closeQ3(ctx: TestCtx) {
  if (!ctx.conn.sqlite.prepare('SELECT count(*) FROM institution').pluck().get()) await readyInstitution(ctx);
  await exportPackage(ctx, { period: '2026-Q3', outDir: tempDir(), signer: await openSigner(ctx, store()), acceptProblems: 'test' });
}

async function child(ctx: TestCtx, on = '2026-06-10') {
  const ref = await ok(ctx, 'care.referralCreate', referralInput({ referredOn: '2026-05-01' }));
  await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-05-03', assessedBy: 'Səbinə İsmayılova', recommendation: 'admit_resident' });
  const a = await ok(ctx, 'care.admit', admission({ referralId: ref.id, admittedOn: on, decisionDate: on }));
  return { id: a.residentId, admission: a.episode };
}

async function nothingWritten<T>(ctx: TestCtx, run: () => Promise<T>): Promise<T> {
  const before = snapshot(ctx);
  const out = await run();
  expect(snapshot(ctx)).toEqual(before);
  return out;
}

const edit = (e: EpisodeDto, over: Partial<CallInput<'care.episodeUpdate'>>): CallInput<'care.episodeUpdate'> => ({
  ...(e as unknown as CallInput<'care.episodeUpdate'>),
  id: e.id,
  version: e.version,
  reason: 'Sənəddə tarix başqadır',
  ...over,
});
const strip = (i: CallInput<'care.episodeUpdate'>) => {
  const keep = ['id', 'version', 'reason', 'startedOn', 'endedOn', 'admissionType', 'emergency', 'placement', 'legalBasis', 'decidingBody', 'decisionNumber', 'decisionDate', 'cameFrom', 'orderExpiresOn', 'leaveReason', 'risk', 'expectedReturnOn', 'noticedAt', 'authorised', 'reportedTo', 'reportedAt', 'foundWhere', 'destination', 'exitReason', 'destinationAddress', 'homeKind', 'notes'];
  return Object.fromEntries(Object.entries(i).filter(([k, v]) => keep.includes(k) && v !== null)) as CallInput<'care.episodeUpdate'>;
};

describe('care: a closed period', () => {
  it('refuses a new episode, return, plan, review or visit dated in it, naming the date field, writing nothing', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx);
    const plan = await ok(ctx, 'care.planCreate', { residentId: c.id, kind: 'reintegration', startedOn: '2026-06-20' });
    const leave = await ok(ctx, 'care.leave', { residentId: c.id, startedOn: '2026-06-25', leaveReason: 'family_visit' });
    await closeQ3(ctx);
    const closed = (path: string) => [{ path, message: 'care.errors.periodClosed', params: { date: expect.any(String), period: '2026-Q3', sequence: 1 } }];
    const f = async <K extends Parameters<typeof refused>[1]>(name: K, input: CallInput<K>) => (await nothingWritten(ctx, () => refused(ctx, name, input))).fields;
    expect(await f('care.return', { episodeId: leave.id, endedOn: '2026-07-02' })).toEqual(closed('endedOn'));
    expect(await f('care.exit', discharge(c.id, { exitedOn: '2026-09-20', decisionDate: '2026-09-19' }))).toEqual(closed('exitedOn'));
    expect(await f('care.planCreate', { residentId: c.id, kind: 'care', startedOn: '2026-08-01' })).toEqual(closed('startedOn'));
    expect(await f('care.review', { planId: plan.id, reviewedOn: '2026-09-15' })).toEqual(closed('reviewedOn'));
    // outside it, the same writes go through
    await ok(ctx, 'care.review', { planId: plan.id, reviewedOn: '2026-10-15' });
    await ok(ctx, 'care.exit', discharge(c.id, { exitedOn: '2026-11-02', decisionDate: '2026-11-01' }));
    const other = await ok(ctx, 'residents.create', (await import('../../helpers/residents')).childInput({ firstName: 'Kamran', admissionDate: '2026-01-10' }));
    expect(await f('care.leave', { residentId: other.id, startedOn: '2026-08-01', leaveReason: 'holiday' })).toEqual(closed('startedOn'));
    expect(await f('care.missing', { residentId: other.id, noticedAt: '2026-08-01T20:00' })).toEqual(closed('noticedAt'));
  });

  it('refuses a follow-up visit made in it', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx, '2026-05-10');
    await ok(ctx, 'care.exit', discharge(c.id, { exitedOn: '2026-06-15', decisionDate: '2026-06-14' }));
    await closeQ3(ctx);
    const visit = (await ok(ctx, 'care.get', { residentId: c.id })).visits[0]!;
    const err = await nothingWritten(ctx, () => refused(ctx, 'care.visit', { visitId: visit.id, visitedOn: '2026-07-20', placementStatus: 'going_well' }));
    expect(err.fields).toMatchObject([{ path: 'visitedOn', message: 'care.errors.periodClosed' }]);
    await ok(ctx, 'care.visit', { visitId: visit.id, visitedOn: '2026-10-20', placementStatus: 'going_well' });
  });

  it('refuses an admission dated in it', async () => {
    const ctx = await testCtx({ role: 'director' });
    await closeQ3(ctx);
    const ref = await ok(ctx, 'care.referralCreate', referralInput({ referredOn: '2026-09-01' }));
    await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-09-03', assessedBy: 'S', recommendation: 'admit_resident' });
    const err = await nothingWritten(ctx, () => refused(ctx, 'care.admit', admission({ referralId: ref.id, admittedOn: '2026-09-10', decisionDate: '2026-09-09' })));
    expect(err.fields).toMatchObject([{ path: 'admittedOn', message: 'care.errors.periodClosed' }]);
  });
});

describe('care: correcting an episode', () => {
  it('edits an admission with a reason: audited, the register follows; without a reason, refused', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx);
    const noReason = await nothingWritten(ctx, () => refused(ctx, 'care.episodeUpdate', strip(edit(c.admission, { reason: ' ', startedOn: '2026-06-08' }))));
    expect(noReason.fields).toMatchObject([{ path: 'reason', message: 'validation.required' }]);
    const out = await ok(ctx, 'care.episodeUpdate', strip(edit(c.admission, { startedOn: '2026-06-08', decisionNumber: 'K-113' })));
    expect(out).toMatchObject({ startedOn: '2026-06-08', decisionNumber: 'K-113', version: 2 });
    expect(register(ctx, c.id)).toEqual({ status: 'resident', admission_date: '2026-06-08' });
    const entry = ctx.conn.sqlite.prepare("SELECT before, after FROM audit_log WHERE action = 'care.episodeUpdate'").get() as { before: string; after: string };
    expect(JSON.parse(entry.before)).toEqual({ residentId: c.id, kind: 'admission', startedOn: '2026-06-10', decisionNumber: 'K-112' });
    expect(JSON.parse(entry.after)).toEqual({ residentId: c.id, kind: 'admission', startedOn: '2026-06-08', decisionNumber: 'K-113', reason: 'Sənəddə tarix başqadır' });
    expect(actions(ctx).slice(-2)).toEqual(['care.episodeUpdate', 'resident.update']);
    // a second edit from the old version is refused
    expect((await refused(ctx, 'care.episodeUpdate', strip(edit(c.admission, { startedOn: '2026-06-07' })))).code).toBe('conflict');
  });

  it('re-checks the order rules: an exit moved before a leave, a leave moved before the admission, a return before its leave, an exit without a decision', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx);
    const leave = await ok(ctx, 'care.leave', { residentId: c.id, startedOn: '2026-08-01', leaveReason: 'family_visit' });
    const back = await ok(ctx, 'care.return', { episodeId: leave.id, endedOn: '2026-08-05' });
    const exit = await ok(ctx, 'care.exit', discharge(c.id, { exitedOn: '2026-10-01', decisionDate: '2026-09-30' }));
    const f = async (input: CallInput<'care.episodeUpdate'>) => (await nothingWritten(ctx, () => refused(ctx, 'care.episodeUpdate', strip(input)))).fields;
    expect(await f(edit(exit, { startedOn: '2026-08-03' }))).toEqual([{ path: 'startedOn', message: 'care.errors.overlapsAbsence', params: { date: '2026-08-05' } }]);
    expect(await f(edit({ ...back, version: 2 }, { startedOn: '2026-06-01' }))).toEqual([{ path: 'startedOn', message: 'care.errors.notInCare' }]);
    expect(await f(edit({ ...back, version: 2 }, { endedOn: '2026-07-30' }))).toEqual([{ path: 'endedOn', message: 'care.errors.returnBeforeLeave', params: { date: '2026-08-01' } }]);
    expect(await f(edit(exit, { decisionNumber: '' }))).toEqual([{ path: 'decisionNumber', message: 'validation.required' }]);
    expect(await f(edit(exit, { startedOn: '2026-12-01' }))).toEqual([{ path: 'startedOn', message: 'validation.dateFuture' }]);
    // a valid correction of the exit moves its follow-up visits with it
    await ok(ctx, 'care.episodeUpdate', strip(edit(exit, { startedOn: '2026-10-15' })));
    const visits = (await ok(ctx, 'care.get', { residentId: c.id })).visits.map((v) => v.dueOn);
    expect(visits).toEqual(['2026-11-15', '2027-01-15', '2027-04-15', '2027-10-15']);
  });

  it('voids an exit: the child is in care again, its unmade visits dropped; a void needs a reason', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx);
    const exit = await ok(ctx, 'care.exit', discharge(c.id, { exitedOn: '2026-10-01', decisionDate: '2026-09-30' }));
    expect(register(ctx, c.id).status).toBe('discharged');
    const none = await nothingWritten(ctx, () => refused(ctx, 'care.episodeVoid', { id: exit.id, version: exit.version, reason: '' }));
    expect(none.fields).toMatchObject([{ path: 'reason', message: 'validation.required' }]);
    const v = await ok(ctx, 'care.episodeVoid', { id: exit.id, version: exit.version, reason: 'Səhvən başqa uşağa yazılıb' });
    expect(v.id).toBe(exit.id);
    const care = await ok(ctx, 'care.get', { residentId: c.id });
    expect(care.status).toBe('resident');
    expect(care.episodes.map((e) => e.kind)).toEqual(['admission']);
    expect(care.visits).toEqual([]);
    expect(register(ctx, c.id).status).toBe('resident');
    expect(ctx.conn.sqlite.prepare('SELECT voided_at IS NOT NULL AS v, void_reason FROM care_episodes WHERE id = ?').get(exit.id)).toEqual({ v: 1, void_reason: 'Səhvən başqa uşağa yazılıb' });
    expect(actions(ctx).slice(-2)).toEqual(['care.episodeVoid', 'resident.update']);
  });

  it('the plans an exit closed follow its correction: moved with its date, open again when it is voided', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx);
    // An older plan, closed when the next one began, stays closed whatever happens to the exit.
    const older = await ok(ctx, 'care.planCreate', { residentId: c.id, kind: 'reintegration', startedOn: '2026-06-20', goals: [{ domain: 'family', goal: 'Ana ilə görüş' }] });
    const plan = await ok(ctx, 'care.planCreate', { residentId: c.id, kind: 'reintegration', startedOn: '2026-08-01', goals: [{ domain: 'family', goal: 'Ana ilə həftəlik görüş' }] });
    const planOf = (id: string) => ctx.conn.sqlite.prepare('SELECT status, ends_on FROM case_plans WHERE id = ?').get(id);
    expect(planOf(older.id)).toEqual({ status: 'closed', ends_on: '2026-08-01' });
    let exit = await ok(ctx, 'care.exit', discharge(c.id, { exitedOn: '2026-10-01', decisionDate: '2026-09-30' }));
    expect(planOf(plan.id)).toEqual({ status: 'closed', ends_on: '2026-10-01' });
    exit = await ok(ctx, 'care.episodeUpdate', strip(edit(exit, { startedOn: '2026-10-15' })));
    expect(planOf(plan.id)).toEqual({ status: 'closed', ends_on: '2026-10-15' });
    await ok(ctx, 'care.episodeVoid', { id: exit.id, version: exit.version, reason: 'Çıxma baş tutmayıb' });
    expect(planOf(plan.id)).toEqual({ status: 'active', ends_on: null });
    const care = await ok(ctx, 'care.get', { residentId: c.id });
    expect(planOf(older.id)).toEqual({ status: 'closed', ends_on: '2026-08-01' });
    expect(care.plans.filter((p) => p.status === 'active').map((p) => p.id)).toEqual([plan.id]);
    const planEntries = ctx.conn.sqlite.prepare("SELECT action, before, after FROM audit_log WHERE entity = 'case_plan' AND entity_id = ? ORDER BY seq").all(plan.id) as { action: string; before: string; after: string }[];
    expect(planEntries.map((e) => e.action)).toEqual(['plan.create', 'plan.close', 'plan.update', 'plan.reopen']);
    expect(JSON.parse(planEntries[2]!.after)).toMatchObject({ endsOn: '2026-10-15', reason: 'Sənəddə tarix başqadır' });
    expect(JSON.parse(planEntries[3]!.after)).toMatchObject({ status: 'active', endsOn: null, reason: 'Çıxma baş tutmayıb' });
  });

  it('voids an open leave (the child is back), refuses to void the only admission or one later entries rest on', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx);
    const leave = await ok(ctx, 'care.leave', { residentId: c.id, startedOn: '2026-08-01', leaveReason: 'holiday' });
    expect((await ok(ctx, 'care.get', { residentId: c.id })).status).toBe('on_leave');
    const only = await nothingWritten(ctx, () => refused(ctx, 'care.episodeVoid', { id: c.admission.id, version: 1, reason: 'x' }));
    expect(only.fields).toEqual([{ path: 'id', message: 'care.errors.voidOnlyAdmission' }]);
    await ok(ctx, 'care.episodeVoid', { id: leave.id, version: 1, reason: 'Getmədi' });
    expect((await ok(ctx, 'care.get', { residentId: c.id })).status).toBe('resident');
    // a second stay: voiding its admission would leave its leave outside any stay
    await ok(ctx, 'care.exit', discharge(c.id, { exitedOn: '2026-09-01', decisionDate: '2026-08-30' }));
    const again = await ok(ctx, 'care.admit', admission({ residentId: c.id, emergency: true, admissionType: 'readmission', admittedOn: '2026-10-01', decisionDate: '2026-10-01' }));
    await ok(ctx, 'care.leave', { residentId: c.id, startedOn: '2026-10-10', leaveReason: 'holiday' });
    const rests = await nothingWritten(ctx, () => refused(ctx, 'care.episodeVoid', { id: again.episode.id, version: 1, reason: 'x' }));
    expect(rests.fields).toEqual([{ path: 'id', message: 'care.errors.voidBreaksHistory' }]);
  });

  it('in a closed period, goes through with its reason: audited with it, the period marked for a correction', async () => {
    const ctx = await testCtx({ role: 'director' });
    const c = await child(ctx);
    const leave = await ok(ctx, 'care.leave', { residentId: c.id, startedOn: '2026-08-01', leaveReason: 'holiday' });
    await ok(ctx, 'care.return', { episodeId: leave.id, endedOn: '2026-08-04' });
    await closeQ3(ctx);
    await ok(ctx, 'care.episodeUpdate', strip(edit({ ...leave, endedOn: '2026-08-04', version: 2 }, { startedOn: '2026-08-02', reason: 'Jurnala görə 2 avqust' })));
    expect(ctx.conn.sqlite.prepare("SELECT needs_correction FROM closed_periods WHERE period = '2026-Q3'").pluck().get()).toBe(1);
    expect(actions(ctx)).toContain('period.closed_change');
    expect(JSON.parse(lastAudit(ctx).after)).toMatchObject({ reason: 'Jurnala görə 2 avqust', startedOn: '2026-08-02' });
  });
});
