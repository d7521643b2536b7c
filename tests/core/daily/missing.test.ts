import { describe, expect, it } from 'vitest';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { ok, refused } from '../care/fixture';

// A child missing on the roll call: care's missing-from-care episode and the incident, in one call
// and one transaction (issue 11 §1).

async function institution() {
  const director = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const add = async (lastName: string) => (await ok(director, 'residents.create', childInput({ lastName, firstName: lastName.slice(0, 3) + 'a' }))).id;
  // The caregiver who finds the child missing opens it.
  const ctx = { ...director, actor: { ...director.actor, role: 'caregiver' as const, username: 'test-caregiver' } };
  return { ctx, a: await add('Abbasov'), b: await add('Bağırov') };
}

const count = (ctx: Awaited<ReturnType<typeof testCtx>>, sql: string) => Number(ctx.conn.sqlite.prepare(sql).pluck().get());

const input = (residentIds: string[]) => ({
  date: '2026-11-26', time: '08:10', noticedAt: '2026-11-26T08:10:00.000Z', residentIds,
  place: 'Məktəbin həyəti', whatHappened: 'Səhər yoxlamasında yox idi; yataq toxunulmayıb.', actionsTaken: 'Ərazi yoxlanıldı, direktora xəbər verildi.',
});

describe('daily.openMissing', () => {
  it('opens the missing episode of each child and one incident naming them, with their audit, in one call', async () => {
    const { ctx, a, b } = await institution();
    const r = await ok(ctx, 'daily.openMissing', input([a, b]));
    expect(r.episodeIds).toHaveLength(2);
    expect(r.incident).toMatchObject({ kind: 'missing_from_care', severity: 'high', place: 'Məktəbin həyəti', status: 'open', date: '2026-11-26', time: '08:10' });
    expect(r.incident.children.map((c) => c.residentId).sort()).toEqual([a, b].sort());
    // The care side: each child's status is now missing (the register follows the episodes).
    expect((await ok(ctx, 'residents.get', { id: a })).status).toBe('resident');
    const episodes = ctx.conn.sqlite.prepare("SELECT resident_id, kind, started_on, noticed_at, notes FROM care_episodes WHERE kind = 'missing' ORDER BY resident_id").all();
    expect(episodes).toEqual(
      [a, b].sort().map((id) => ({ resident_id: id, kind: 'missing', started_on: '2026-11-26', noticed_at: '2026-11-26T08:10:00.000Z', notes: input([]).whatHappened })),
    );
    expect(count(ctx, "SELECT count(*) FROM audit_log WHERE action = 'care.missing'")).toBe(2);
    expect(count(ctx, "SELECT count(*) FROM audit_log WHERE action = 'incident.create'")).toBe(1);
    expect(count(ctx, "SELECT count(*) FROM audit_log WHERE action = 'incident.involve'")).toBe(2);
    // Still in care (a missing child is): on today's roll call.
    const day = await ok(ctx, 'daily.rollCall', { date: '2026-11-26', group: 'Günəş' });
    expect(day.rows.map((x) => x.residentId).sort()).toEqual([a, b].sort());
  });

  it('writes nothing when one child cannot go missing (already away): neither episode nor incident', async () => {
    const { ctx, a, b } = await institution();
    const director = { ...ctx, actor: { ...ctx.actor, role: 'director' as const } };
    await ok(director, 'care.leave', { residentId: b, startedOn: '2026-11-25', leaveReason: 'family_visit' });
    const before = count(ctx, 'SELECT count(*) FROM audit_log');
    const e = await refused(ctx, 'daily.openMissing', input([a, b]));
    expect(e.fields).toEqual([{ path: 'noticedAt', message: 'care.errors.alreadyAway' }]);
    expect(count(ctx, 'SELECT count(*) FROM incidents')).toBe(0);
    expect(count(ctx, "SELECT count(*) FROM care_episodes WHERE kind = 'missing'")).toBe(0);
    expect(count(ctx, 'SELECT count(*) FROM audit_log')).toBe(before);
    // A time after now, and no child.
    expect((await refused(ctx, 'daily.openMissing', { ...input([a]), noticedAt: '2026-11-26T11:00:00.000Z' })).fields).toEqual([
      { path: 'noticedAt', message: 'validation.dateFuture' },
    ]);
    expect((await refused(ctx, 'daily.openMissing', input([]))).fields?.[0]).toMatchObject({ path: 'residentIds', message: 'daily.errors.noChild' });
    const teacher = { ...ctx, actor: { ...ctx.actor, role: 'teacher' as const } };
    expect((await refused(teacher, 'daily.openMissing', input([a]))).code).toBe('forbidden');
  });
});
