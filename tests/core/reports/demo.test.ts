import { describe, expect, it } from 'vitest';
import { inCareOn } from '../../../src-main/core/care/queries';
import { writeDemo } from '../../../src-main/core/demo/write';
import { previousPeriod, periodOf, shiftDay } from '../../../src-main/core/reports/period';
import { AGE_BANDS, type Flow } from '../../../src-main/core/reports/schema';
import { testCtx } from '../../helpers/db';
import { ok } from '../care/fixture';

const balances = (f: Flow, what: string) => expect(f.opening + f.admissions - f.exits, what).toBe(f.closing);

describe('the population return on the demo institution', () => {
  it('balances in every quarter of the past three years, in every row, and opens and closes as inCareOn', async () => {
    const ctx = await testCtx({ role: 'director', now: '2026-11-26T10:00:00Z' });
    await writeDemo(ctx, { children: 300, seed: 7 });
    let q = periodOf('quarter', '2026-11-26');
    let admissions = 0;
    let exits = 0;
    for (let i = 0; i < 12; i++) {
      q = previousPeriod(q);
      const r = await ok(ctx, 'reports.indicators', { period: q.label });
      const p = r.population;
      for (const [name, block] of [['total', p], ['residents', p.residents], ['dayCare', p.dayCare]] as const) {
        balances(block, `${q.label} ${name}`);
        for (const s of ['M', 'F'] as const) balances(block.bySex[s], `${q.label} ${name} ${s}`);
        for (const b of AGE_BANDS) balances(block.byAge[b], `${q.label} ${name} ${b}`);
        balances(block.byDisability.yes, `${q.label} ${name} disability`);
        balances(block.byDisability.no, `${q.label} ${name} no disability`);
      }
      expect(p.residents.closing + p.dayCare.closing).toBe(p.closing);
      expect(p.bySex.M.closing + p.bySex.F.closing).toBe(p.closing);
      expect((await inCareOn(ctx.db, shiftDay(q.start, -1))).length, q.label).toBe(p.opening);
      expect((await inCareOn(ctx.db, q.end)).length, q.label).toBe(p.closing);
      const next = await ok(ctx, 'reports.indicators', { period: periodOf('quarter', shiftDay(q.end, 1)).label });
      expect(next.population.opening, `${q.label} closes where the next opens`).toBe(p.closing);
      admissions += p.admissions;
      exits += p.exits;
    }
    // the demo has a history to count: children came and went in those three years
    expect(admissions).toBeGreaterThan(50);
    expect(exits).toBeGreaterThan(20);
    const year = await ok(ctx, 'reports.indicators', { period: '2025' });
    expect(year.referrals.received).toBeGreaterThan(0);
    expect(year.prevented.total).toBeGreaterThan(0);
    expect(year.exits.toFamily).toBeGreaterThan(0);
  });
});
