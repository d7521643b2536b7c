import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../../src-main/core/demo/write';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { inCareOn } from '../../../src-main/core/care/queries';
import { testCtx } from '../../helpers/db';
import { ok } from './fixture';

// The demo's care records: every care signal and tally shows something, and the episodes agree
// with the register (the status is derived, never typed).

describe('demo care', () => {
  it('gives every signal something to show and keeps the register equal to the episodes', async () => {
    const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
    const s = await writeDemo(ctx, { children: 150, seed: 7 });
    expect(s.care.referrals).toBeGreaterThan(30);
    const d = await getDashboard(ctx);
    const counts = Object.fromEntries(d.signals.map((x) => [x.kind, x.count]));
    for (const kind of ['emergency_assessment_overdue', 'missing_unreported', 'order_expired', 'order_expiring', 'review_overdue', 'approval_pending', 'turning_18', 'long_stay', 'follow_up_overdue', 'siblings_apart']) {
      expect(counts[kind], kind).toBeGreaterThan(0);
    }
    const sql = ctx.conn.sqlite;
    const exitKinds = sql.prepare("SELECT count(DISTINCT destination) FROM care_episodes WHERE kind = 'exit'").pluck().get() as number;
    expect(exitKinds).toBeGreaterThanOrEqual(7);
    expect(sql.prepare("SELECT count(*) FROM referrals WHERE outcome LIKE 'diverted%'").pluck().get()).toBeGreaterThan(0);
    // the register's status is the one the episodes give
    const inCare = new Set(await inCareOn(ctx.db, '2026-11-26'));
    const register = sql.prepare("SELECT id, status FROM residents").all() as Array<{ id: string; status: string }>;
    for (const r of register) expect(inCare.has(r.id), r.id).toBe(r.status !== 'discharged');
    const sample = register.find((r) => r.status === 'discharged')!;
    expect((await ok(ctx, 'care.get', { residentId: sample.id })).status).toBe('discharged');
  }, 30_000);
});
