import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../../src-main/core/demo/write';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { testCtx } from '../../helpers/db';

// `qaygi demo`'s daily records: a roll call for every group on every day of the past year, today's
// for every other group only; care notes; each with its audit entry.

describe('demo daily care', () => {
  it('saves every group’s roll call for each past day, leaves half of today’s to do, and writes notes', async () => {
    const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
    const s = await writeDemo(ctx, { children: 60, seed: 1 });
    const db = ctx.conn.sqlite;
    const q = (text: string) => db.prepare(text).pluck().get() as number;
    expect(s.daily!.rollCalls).toBe(q('SELECT count(*) FROM roll_calls'));
    expect(s.daily!.marks).toBe(q('SELECT count(*) FROM attendance'));
    expect(s.daily!.notes).toBe(q('SELECT count(*) FROM care_notes'));
    expect(s.daily!.notes).toBeGreaterThan(365);
    // Every mark is of a child in care that day, in their group, and every roll call is complete.
    expect(q(`SELECT count(*) FROM attendance a JOIN residents r ON r.id = a.resident_id
      WHERE r.admission_date > a.date OR r.group_name <> a.group_name OR r.status = 'discharged'`)).toBe(0);
    expect(q(`SELECT count(*) FROM roll_calls c WHERE c.marked <> (SELECT count(*) FROM attendance a WHERE a.date = c.date AND a.group_name = c.group_name)`)).toBe(0);
    // Each past day of the year: every group that had children; today: every other one.
    const groups = q(`SELECT count(DISTINCT group_name) FROM residents WHERE status <> 'discharged' AND group_name <> '' AND admission_date <= '2026-11-25'`);
    expect(q("SELECT count(*) FROM roll_calls WHERE date = '2026-11-25'")).toBe(groups);
    expect(q("SELECT min(date) FROM roll_calls")).toBe('2025-11-26' as unknown as number);
    const today = q("SELECT count(*) FROM roll_calls WHERE date = '2026-11-26'");
    expect(today).toBe(Math.ceil(groups / 2));
    expect(q("SELECT count(DISTINCT status) FROM attendance")).toBe(6);
    const signal = (await getDashboard(ctx)).signals.find((x) => x.kind === 'roll_call_missing');
    expect(signal?.count).toBe(groups - today);
    // Incidents of every kind but death and of every severity; a serious one open, one overdue.
    expect(s.daily!.incidents).toBe(q('SELECT count(*) FROM incidents'));
    expect(q('SELECT count(DISTINCT kind) FROM incidents')).toBe(13);
    expect(q('SELECT count(DISTINCT severity) FROM incidents')).toBe(4);
    expect(q('SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM incident_children c WHERE c.incident_id = i.id)')).toBe(0);
    const cards = Object.fromEntries((await getDashboard(ctx)).signals.map((x) => [x.kind, x.count]));
    expect(cards.incidents_serious_open).toBeGreaterThan(0);
    expect(cards.incidents_notification_overdue).toBeGreaterThan(0);
    // Prescriptions with their doses; today's morning doses recorded, one refused.
    expect(s.daily!.prescriptions).toBeGreaterThan(0);
    expect(s.daily!.doses).toBe(q('SELECT count(*) FROM medication_doses'));
    expect(cards.doses_missed_today).toBeGreaterThan(0);
    const med = await dispatch(ctx, 'daily.medication', { date: '2026-11-26' });
    expect(med.ok && med.value.counts.refused).toBeGreaterThan(0);
    // The screens read it like any roll call.
    const group = db.prepare("SELECT group_name FROM roll_calls WHERE date = '2026-06-01' LIMIT 1").pluck().get() as string;
    const day = await dispatch(ctx, 'daily.rollCall', { date: '2026-06-01', group });
    expect(day.ok && day.value.rows.every((r) => r.status !== null)).toBe(true);
  });

  it('is the same for the same seed', async () => {
    const [a, b] = [await testCtx(), await testCtx()];
    await writeDemo(a, { children: 20, seed: 5 });
    await writeDemo(b, { children: 20, seed: 5 });
    const rows = (c: typeof a) => c.conn.sqlite.prepare('SELECT resident_id, date, status, note FROM attendance ORDER BY resident_id, date').all();
    expect(rows(a)).toEqual(rows(b));
    const notes = (c: typeof a) => c.conn.sqlite.prepare('SELECT * FROM care_notes ORDER BY id').all();
    expect(notes(a)).toEqual(notes(b));
  });
});
