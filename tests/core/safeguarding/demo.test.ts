import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../../src-main/core/demo/write';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { testCtx } from '../../helpers/db';

// `qaygi demo`'s safeguarding records: every card of the domain shows something, the screens read them.

describe('demo safeguarding', () => {
  it('writes measures of control with each deadline pending, complaints, allergies, stock and first aid', async () => {
    const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
    const s = await writeDemo(ctx, { children: 60, seed: 1 });
    const q = (text: string) => ctx.conn.sqlite.prepare(text).pluck().get() as number;
    expect(s.safeguarding!.restraints).toBe(q('SELECT count(*) FROM restraints'));
    expect(s.safeguarding!.complaints).toBe(q('SELECT count(*) FROM complaints'));
    expect(s.safeguarding!.allergies).toBeGreaterThan(0);
    expect(s.safeguarding!.stockMovements).toBe(q('SELECT count(*) FROM medication_stock'));
    expect(s.safeguarding!.firstAid).toBe(q('SELECT count(*) FROM first_aid'));
    const cards = Object.fromEntries((await getDashboard(ctx)).signals.map((x) => [x.kind, x.count]));
    expect(cards).toMatchObject({ restraint_signoff_awaiting: 1, restraint_signoff_overdue: 1, restraint_talk_overdue: 1, complaints_open_long: 1 });
    const pending = await dispatch(ctx, 'safeguarding.restraints', {});
    expect(pending.ok && pending.value.length).toBe(4);
    const stock = await dispatch(ctx, 'daily.stock', {});
    expect(stock.ok && stock.value.find((x) => x.medicine === 'Parasetamol 500 mq')?.onHand).toBe(176);
    // Each with its audit entry (tests/core/demo/demo.test.ts leaves these actions to this test).
    expect(s.safeguarding!.auditEntries).toBe(q(`SELECT count(*) FROM audit_log WHERE action LIKE 'restraint.%' OR action LIKE 'complaint.%' OR action LIKE 'medication_stock.%' OR action IN ('allergy.add', 'first_aid.record')`));
    // Every record is of a child in care on its date.
    expect(q(`SELECT count(*) FROM restraints x JOIN residents r ON r.id = x.resident_id WHERE r.admission_date > x.date`)).toBe(0);
  });

  it('is the same for the same seed', async () => {
    const [a, b] = [await testCtx(), await testCtx()];
    await writeDemo(a, { children: 20, seed: 5 });
    await writeDemo(b, { children: 20, seed: 5 });
    const rows = (c: typeof a) => c.conn.sqlite.prepare('SELECT * FROM restraints ORDER BY id').all();
    expect(rows(a)).toEqual(rows(b));
  });
});
