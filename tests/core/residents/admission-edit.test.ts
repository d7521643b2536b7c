import { describe, expect, it } from 'vitest';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { ok, refused } from '../care/fixture';

// The register's admission fields are the current stay's admission episode's: an edit on the
// child's form moves the episode with it (so care, the roll call, reports and packages agree with
// the register), checked against the child's whole care history.

describe('editing the admission on the child’s form', () => {
  it('moves the current stay’s admission episode with it, audited', async () => {
    const ctx = await testCtx({ role: 'director', now: '2026-11-26T10:00:00Z' });
    const c = await ok(ctx, 'residents.create', childInput({ admissionDate: '2022-09-01' }));
    const edited = await ok(ctx, 'residents.update', {
      ...childInput({ admissionDate: '2022-08-15', admissionBasis: 'court', admissionDecisionNumber: 'M-77', admissionDecisionDate: '2022-08-10' }),
      id: c.id, version: c.version,
    });
    expect(edited.admissionDate).toBe('2022-08-15');
    const care = await ok(ctx, 'care.get', { residentId: c.id });
    expect(care.episodes.map((e) => [e.kind, e.startedOn, e.decidingBody, e.decisionNumber, e.decisionDate])).toEqual([
      ['admission', '2022-08-15', 'court', 'M-77', '2022-08-10'],
    ]);
    const entry = ctx.conn.sqlite.prepare("SELECT before, after FROM audit_log WHERE action = 'care.episodeUpdate' ORDER BY seq DESC LIMIT 1").get() as { before: string; after: string };
    expect(JSON.parse(entry.before)).toMatchObject({ startedOn: '2022-09-01', decidingBody: 'commission' });
    expect(JSON.parse(entry.after)).toMatchObject({ startedOn: '2022-08-15', decidingBody: 'court', decisionNumber: 'M-77' });
    // Saved again unchanged: nothing more.
    const n = ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
    await ok(ctx, 'residents.update', { ...childInput({ admissionDate: '2022-08-15', admissionBasis: 'court', admissionDecisionNumber: 'M-77', admissionDecisionDate: '2022-08-10' }), id: c.id, version: edited.version });
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(n);
  });

  it('refuses a date that breaks the care history — after the stay’s first leave — and writes nothing', async () => {
    const ctx = await testCtx({ role: 'director', now: '2026-11-26T10:00:00Z' });
    const c = await ok(ctx, 'residents.create', childInput({ admissionDate: '2022-09-01' }));
    await ok(ctx, 'care.leave', { residentId: c.id, startedOn: '2023-01-10', leaveReason: 'family_visit', expectedReturnOn: '2023-01-15' });
    const count = () => ctx.conn.sqlite.prepare("SELECT (SELECT count(*) FROM audit_log) || '/' || (SELECT group_concat(started_on) FROM care_episodes)").pluck().get();
    const before = count();
    const cur = await ok(ctx, 'residents.get', { id: c.id });
    const err = await refused(ctx, 'residents.update', { ...childInput({ admissionDate: '2023-02-01' }), id: c.id, version: cur.version });
    expect(err.fields).toEqual([{ path: 'admissionDate', message: 'care.errors.admissionAfterEvent', params: { date: '2023-01-10' } }]);
    expect(count()).toBe(before);
    expect((await ok(ctx, 'residents.get', { id: c.id })).admissionDate).toBe('2022-09-01');
  });
});
