import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { actor, testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// Editing a functioning assessment and a special-needs support (issue 10): every field again with
// its version, audited on the child field by field; a stale version, a score off the scale, a
// future date refused with nothing written; what a closed plan holds stays read-only.

type Ctx = Awaited<ReturnType<typeof testCtx>>;

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const count = (ctx: Ctx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const TABLES = ['audit_log', 'functioning_assessments', 'functioning_scores', 'functioning_barriers', 'special_needs_supports'];
const snapshot = (ctx: Ctx) => [
  ...TABLES.map((t) => count(ctx, t)),
  ctx.conn.sqlite.prepare('SELECT group_concat(score) FROM (SELECT score FROM functioning_scores ORDER BY assessment_id, domain)').pluck().get(),
  ctx.conn.sqlite.prepare('SELECT group_concat(version) FROM functioning_assessments').pluck().get(),
];

async function refused(ctx: Ctx, run: () => Promise<{ ok: boolean; error?: unknown }>) {
  const before = snapshot(ctx);
  const r = await run();
  expect(r.ok).toBe(false);
  expect(snapshot(ctx)).toEqual(before);
  return (r as { error: { code: string; message: string; fields?: Array<{ path: string; message: string }> } }).error;
}

const scores = { learning: 3, communication: 2, mobility: 1, self_care: 2, relationships: 1, behaviour: 2 } as const;
const lastAudit = (ctx: Ctx) =>
  ctx.conn.sqlite.prepare('SELECT action, entity, entity_id, before, after FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; entity: string; entity_id: string; before: string; after: string };

async function setUp() {
  const ctx = await testCtx();
  const id = (await ok(dispatch(ctx, 'residents.create', { confirmDuplicate: true, ...childInput({ disability: true, disabilityDegree: 'II' }) }))).id;
  const a = await ok(dispatch(ctx, 'education.assessmentAdd', {
    residentId: id, assessedOn: '2026-10-01', assessedBy: 'Psixoloq Nərmin', scores, barriers: [{ barrier: 'transport' }],
  }));
  return { ctx, id, a };
}

const update = (a: { id: string; version: number; residentId: string }, over: Partial<CallInput<'education.assessmentUpdate'>> = {}): CallInput<'education.assessmentUpdate'> => ({
  id: a.id, version: a.version, residentId: a.residentId, assessedOn: '2026-10-01', assessedBy: 'Psixoloq Nərmin', scores, barriers: [{ barrier: 'transport' }], ...over,
});

describe('editing assessments', () => {
  it('corrects scores and barriers, audited field by field on the child; unchanged saves write nothing', async () => {
    const { ctx, id, a } = await setUp();
    expect(a).toMatchObject({ version: 1, readOnly: false });
    const teacher = { ...ctx, actor: actor('teacher') };
    const fixed = await ok(dispatch(teacher, 'education.assessmentUpdate', update(a, {
      scores: { ...scores, mobility: 3 }, barriers: [{ barrier: 'access', note: 'Pilləkən' }, { barrier: 'transport' }],
    })));
    expect(fixed).toMatchObject({ version: 2, scores: { mobility: 3, learning: 3 }, barriers: [{ barrier: 'access', note: 'Pilləkən' }, { barrier: 'transport', note: '' }] });
    const entry = lastAudit(ctx);
    expect(entry).toMatchObject({ action: 'education.assessmentUpdate', entity: 'resident', entity_id: id });
    expect(JSON.parse(entry.before)).toEqual({ assessmentId: a.id, mobility: 1, barriers: 'transport' });
    expect(JSON.parse(entry.after)).toEqual({ assessmentId: a.id, mobility: 3, barriers: 'access: Pilləkən, transport' });
    // The same values again: nothing written, the version stays.
    const before = snapshot(ctx);
    const same = await ok(dispatch(teacher, 'education.assessmentUpdate', update(fixed, { scores: { ...scores, mobility: 3 }, barriers: [{ barrier: 'access', note: 'Pilləkən' }, { barrier: 'transport' }] })));
    expect(same.version).toBe(2);
    expect(snapshot(ctx)).toEqual(before);
    // The Education tab shows the corrected one.
    const tab = await ok(dispatch(ctx, 'education.child', { residentId: id }));
    expect(tab.assessments[0]!.scores.mobility).toBe(3);
  });

  it('refuses a stale version, a score off the scale, a future date, a caregiver — nothing written', async () => {
    const { ctx, a } = await setUp();
    await ok(dispatch(ctx, 'education.assessmentUpdate', update(a, { assessedBy: 'Başqa' })));
    expect((await refused(ctx, () => dispatch(ctx, 'education.assessmentUpdate', update(a, { assessedBy: 'Köhnə' })))).message).toBe('errors.staleVersion');
    const fresh = { ...a, version: 2 };
    const off = await refused(ctx, () => dispatch(ctx, 'education.assessmentUpdate', update(fresh, { scores: { ...scores, learning: 5 } })));
    expect(off.fields?.map((f) => [f.path, f.message])).toEqual([['scores.learning', 'education.errors.scoreScale']]);
    const future = await refused(ctx, () => dispatch(ctx, 'education.assessmentUpdate', update(fresh, { assessedOn: '2026-12-01' })));
    expect(future.fields).toEqual([{ path: 'assessedOn', message: 'validation.dateFuture' }]);
    const twice = await refused(ctx, () => dispatch(ctx, 'education.assessmentUpdate', update(fresh, { barriers: [{ barrier: 'access' }, { barrier: 'access' }] })));
    expect(twice.fields).toEqual([{ path: 'barriers.1.barrier', message: 'education.errors.barrierTwice' }]);
    const carer = await dispatch({ ...ctx, actor: actor('caregiver') }, 'education.assessmentUpdate', update(fresh));
    expect(carer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const other = await refused(ctx, () => dispatch(ctx, 'education.assessmentUpdate', update(fresh, { residentId: 'someone-else' })));
    expect(other.code).toBe('not_found');
  });
});

describe('what a closed plan holds stays read-only', () => {
  it('its assessment and its supports cannot be changed; the child’s other supports can', async () => {
    const { ctx, id, a } = await setUp();
    const plan = await ok(dispatch(ctx, 'education.planCreate', {
      residentId: id, academicYear: '2026-2027', startDate: '2026-09-15', endDate: '2027-05-31', responsibleTeacher: 'Əliyeva Gülər', assessmentId: a.id,
    }));
    const inPlan = await ok(dispatch(ctx, 'education.supportSave', {
      residentId: id, planId: plan.id, kind: 'service', service: 'speech_therapy', provider: 'Loqoped Aytən', frequencyCount: 2, frequencyUnit: 'week', startDate: '2026-09-15',
    }));
    const own = await ok(dispatch(ctx, 'education.supportSave', { residentId: id, kind: 'referral', description: 'Psixoloji-tibbi-pedaqoji komissiya', startDate: '2026-09-01' }));
    // Editing a support before the plan closes: audited, field by field.
    const edited = await ok(dispatch(ctx, 'education.supportSave', { id: inPlan.id, version: inPlan.version, residentId: id, planId: plan.id, kind: 'service', service: 'speech_therapy', provider: 'Loqoped Aytən', frequencyCount: 3, frequencyUnit: 'week', startDate: '2026-09-15' }));
    expect(edited).toMatchObject({ version: 2, frequencyCount: 3, readOnly: false });
    expect(JSON.parse(lastAudit(ctx).before)).toEqual({ supportId: inPlan.id, frequencyCount: 2 });
    expect(JSON.parse(lastAudit(ctx).after)).toEqual({ supportId: inPlan.id, frequencyCount: 3 });

    const current = await ok(dispatch(ctx, 'education.planGet', { id: plan.id }));
    await ok(dispatch(ctx, 'education.planClose', { id: plan.id, version: current.version }));
    const tab = await ok(dispatch(ctx, 'education.child', { residentId: id }));
    expect(tab.assessments.map((x) => x.readOnly)).toEqual([true]);
    expect(Object.fromEntries(tab.supports.map((s) => [s.id, s.readOnly]))).toEqual({ [inPlan.id]: true, [own.id]: false });

    const assessment = await refused(ctx, () => dispatch(ctx, 'education.assessmentUpdate', update(a, { scores: { ...scores, learning: 4 } })));
    expect(assessment).toMatchObject({ code: 'conflict', message: 'education.errors.planClosed' });
    const support = await refused(ctx, () => dispatch(ctx, 'education.supportSave', { id: inPlan.id, version: 2, residentId: id, planId: null, kind: 'service', service: 'speech_therapy', startDate: '2026-09-15' }));
    expect(support.message).toBe('education.errors.planClosed');
    // The child's own support (no plan) is still edited.
    const ownEdited = await ok(dispatch(ctx, 'education.supportSave', { id: own.id, version: own.version, residentId: id, kind: 'referral', description: 'Komissiya', startDate: '2026-09-01', endDate: '2026-10-15' }));
    expect(ownEdited).toMatchObject({ version: 2, endDate: '2026-10-15' });
  });
});
