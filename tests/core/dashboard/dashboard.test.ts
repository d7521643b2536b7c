import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { DASHBOARD_SOURCES } from '../../../src-main/core/dashboard/sources';
import { getDashboard, quarterOf, signalChildren } from '../../../src-main/core/dashboard/service';
import type { DashboardSource } from '../../../src-main/core/dashboard/signal';
import { AppError } from '../../../src-main/core/contract/errors';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// The dashboard: every domain's signals in one call, each role seeing only its own.

describe('dashboard.get', () => {
  it('counts children in the institution for over two years and lists exactly them, in name order', async () => {
    const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
    const add = async (lastName: string, admissionDate: string, status?: 'day_attendee') => {
      const r = await dispatch(ctx, 'residents.create', childInput({ lastName, admissionDate, ...(status ? { status } : {}) }));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value.id;
    };
    const zeynalov = await add('Zeynalov', '2020-01-15');
    const aliyev = await add('Əliyev', '2024-11-25');
    await add('Quliyev', '2025-02-01');
    await add('Həsənov', '2019-05-05', 'day_attendee');
    expect(aliyev).toBeTruthy();

    const d = await dispatch(ctx, 'dashboard.get', {});
    if (!d.ok) throw new Error(JSON.stringify(d.error));
    expect(d.value.today).toBe('2026-11-26');
    expect(d.value.quarter).toEqual({ label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    expect(d.value.signals.find((s) => s.kind === 'long_stay')).toEqual({
      kind: 'long_stay', label: 'care.signals.longStay', level: 'warning', count: 2, children: true,
    });
    const list = await dispatch(ctx, 'dashboard.children', { kind: 'long_stay' });
    if (!list.ok) throw new Error(JSON.stringify(list.error));
    // Əliyev came two years and a day ago; Zeynalov in 2020. Az order: Ə after E, before Z.
    expect(list.value.map((c) => c.lastName)).toEqual(['Əliyev', 'Zeynalov']);
    expect(list.value.map((c) => c.id)).toContain(zeynalov);
  });

  it('shows a role only the signals its permissions allow, and refuses their lists to the others', async () => {
    const sources: DashboardSource[] = [
      {
        signals: [
          { kind: 'open_one', label: 'dashboard.title', permission: 'residents.read', level: 'info', compute: async () => ({ count: 1, residentIds: [] }) },
          { kind: 'medical_one', label: 'dashboard.title', permission: 'residents.medical', level: 'action', compute: async () => ({ count: 3, residentIds: [] }) },
          { kind: 'no_list', label: 'dashboard.title', permission: 'residents.read', level: 'info', compute: async () => ({ count: 4 }) },
        ],
        tallies: [{ kind: 't', label: 'dashboard.title', permission: 'packages.export', compute: async (_db, period) => [{ key: period.start, label: 'dashboard.title', count: 7 }] }],
      },
    ];
    const caregiver = await testCtx({ role: 'caregiver', now: '2026-02-10T08:00:00Z' });
    const seen = await getDashboard(caregiver, sources);
    expect(seen.signals.map((s) => [s.kind, s.count, s.children])).toEqual([['open_one', 1, true], ['no_list', 4, false]]);
    expect(seen.tallies).toEqual([]);
    await expect(signalChildren(caregiver, 'medical_one', sources)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(signalChildren(caregiver, 'no_list', sources)).rejects.toMatchObject({ code: 'invalid' });
    await expect(signalChildren(caregiver, 'nothing_such', sources)).rejects.toBeInstanceOf(AppError);

    const director = await testCtx({ role: 'director', now: '2026-02-10T08:00:00Z' });
    const all = await getDashboard(director, sources);
    expect(all.signals.map((s) => s.kind)).toEqual(['open_one', 'medical_one', 'no_list']);
    expect(all.tallies).toEqual([{ kind: 't', label: 'dashboard.title', rows: [{ key: '2026-01-01', label: 'dashboard.title', count: 7 }] }]);
  });

  it('refuses a malformed kind at the boundary', async () => {
    const ctx = await testCtx();
    expect(await dispatch(ctx, 'dashboard.children', { kind: 'DROP TABLE' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('knows the quarters, leap years included', () => {
    expect(quarterOf('2028-02-29')).toEqual({ label: '2028-Q1', start: '2028-01-01', end: '2028-03-31' });
    expect(quarterOf('2026-06-30')).toEqual({ label: '2026-Q2', start: '2026-04-01', end: '2026-06-30' });
    expect(quarterOf('2026-07-01').label).toBe('2026-Q3');
  });
});

describe('the signal kinds', () => {
  it('are unique and each one is in DESIGN.md’s "Dashboard signals" table, and the table names no other', () => {
    const kinds = DASHBOARD_SOURCES.flatMap((s) => s.signals.map((d) => d.kind));
    expect(new Set(kinds).size).toBe(kinds.length);
    const design = readFileSync(new URL('../../../docs/DESIGN.md', import.meta.url), 'utf8');
    const section = design.split('### Dashboard signals')[1]!.split(/\n#{2,3} /)[0]!;
    const listed = [...section.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...kinds].sort());
  });
});
