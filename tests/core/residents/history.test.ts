import { describe, expect, it } from 'vitest';
import { testCtx } from '../../helpers/db';
import { admittedChild, discharge, ok } from '../care/fixture';
import { CHILD_HISTORY_LIMIT } from '../../../src-main/core/audit/query';
import { writeTx } from '../../../src-main/core/db/write';

// A child's History tab (residents.history) shows every audited change about the child: on the
// child's own record and on the records other domains keep for the child under their own entity
// (referral, assessment, care episodes, relatives, incidents…) — and nothing of another child's.

describe("a child's history", () => {
  it("lists the child's care, relatives and incidents, newest first, and none of another child's", async () => {
    const ctx = await testCtx({ role: 'director', now: '2026-11-26T10:00:00Z' });
    const a = await admittedChild(ctx);
    const b = await admittedChild(ctx, { groupName: 'Ay' });
    await ok(ctx, 'care.relativeCreate', { residentId: a.residentId, relation: 'mother', lastName: 'Hüseynova', firstName: 'Gülnar' });
    await ok(ctx, 'care.relativeCreate', { residentId: b.residentId, relation: 'father', lastName: 'Hüseynov', firstName: 'Elşən' });
    await ok(ctx, 'daily.createIncident', {
      date: '2026-11-20', time: '14:30', place: 'Həyət', kind: 'injury', severity: 'low', residentIds: [a.residentId],
      whatHappened: 'Yıxılıb dizini zədələyib', actionsTaken: 'Tibb bacısı baxdı',
    });
    await ok(ctx, 'care.exit', discharge(b.residentId));

    const history = await ok(ctx, 'residents.history', { id: a.residentId });
    const entities = new Set(history.map((e) => e.entity));
    for (const e of ['resident', 'referral', 'assessment', 'care_episode', 'relative', 'incident']) expect(entities, e).toContain(e);
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['care.admission', 'relative.create', 'incident.create', 'referral.create']));
    // Newest first.
    const seqs = history.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
    // Nothing of the other child: not its referral, episodes, relative or exit.
    const ofB = await ok(ctx, 'residents.history', { id: b.residentId });
    const bIds = new Set(ofB.filter((e) => e.entity !== 'resident').map((e) => e.entityId));
    expect(history.filter((e) => bIds.has(e.entityId))).toEqual([]);
    expect(ofB.map((e) => e.action)).toContain('care.exit');
    expect(history.map((e) => e.action)).not.toContain('care.exit');
  });

  it('shows the newest changes up to its limit (the Audit screen has the rest)', async () => {
    const ctx = await testCtx({ role: 'director', now: '2026-11-26T10:00:00Z' });
    const a = await admittedChild(ctx);
    await writeTx(ctx, async (_trx, audit) => {
      for (let i = 0; i < CHILD_HISTORY_LIMIT + 10; i++) await audit({ action: 'daily.note', entity: 'resident', entityId: a.residentId, after: { n: i } });
    });
    const history = await ok(ctx, 'residents.history', { id: a.residentId });
    expect(history).toHaveLength(CHILD_HISTORY_LIMIT);
    expect(history[0]!.after).toEqual({ n: CHILD_HISTORY_LIMIT + 9 });
  });
});
