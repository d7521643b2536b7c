import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { mergeAbsences, schoolingSpan } from '../../../src-main/core/education/absences';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// Days missed at school per month from the daily roll call (issue 10): a school day (Mon–Fri)
// marked hospital or missing is a day missed; present, school trip, home leave, other are not;
// a month the roll call covered shows its count, a month without one the typed number.
// The clock: 2026-11-26 (academic year 2026-2027). Expected values worked out by hand below.

type Ctx = Awaited<ReturnType<typeof testCtx>>;

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const mark = (ctx: Ctx, residentId: string, date: string, status: CallInput<'daily.saveRollCall'>['marks'][number]['status']) =>
  ok(dispatch(ctx, 'daily.saveRollCall', { date, group: 'Günəş', marks: [{ residentId, status }] }));

const schooling = (residentId: string, over: Partial<CallInput<'education.schoolingSave'>> = {}): CallInput<'education.schoolingSave'> => ({
  residentId, academicYear: '2026-2027', schoolType: 'mainstream', schoolName: 'Bakı şəhəri 45 nömrəli məktəb', outsideInstitution: true, inclusive: true, ...over,
});

describe('days missed per month from the roll call', () => {
  it('counts hospital and missing on school days, month by month; typed numbers only for months without a roll call', async () => {
    const ctx = await testCtx();
    const id = (await ok(dispatch(ctx, 'residents.create', { confirmDuplicate: true, ...childInput() }))).id;
    // Last academic year: not this year's.
    await mark(ctx, id, '2026-08-31', 'hospital'); // Monday, 2025-2026
    // September 2026: Mon hospital, Tue missing (2 missed); Wed home leave, Thu present, Fri school
    // trip (0); Sat hospital (a weekend: 0). → 2
    await mark(ctx, id, '2026-09-14', 'hospital');
    await mark(ctx, id, '2026-09-15', 'missing');
    await mark(ctx, id, '2026-09-16', 'home_leave');
    await mark(ctx, id, '2026-09-17', 'present');
    await mark(ctx, id, '2026-09-18', 'school_trip');
    await mark(ctx, id, '2026-09-19', 'hospital');
    // October: no roll call at all. November: Mon other (0), Tue hospital (1), Wed 25th missing (1). → 2
    await mark(ctx, id, '2026-11-02', 'other');
    await mark(ctx, id, '2026-11-03', 'hospital');
    await mark(ctx, id, '2026-11-25', 'missing');

    // Typed: October 4 (kept: no roll call), November 9 and September 7 (the roll call's count wins).
    const s = await ok(dispatch(ctx, 'education.schoolingSave', schooling(id, {
      absences: [{ month: '2026-09', daysMissed: 7 }, { month: '2026-10', daysMissed: 4 }, { month: '2026-11', daysMissed: 9 }],
    })));
    const expected = [
      { month: '2026-09', daysMissed: 2, source: 'roll_call' },
      { month: '2026-10', daysMissed: 4, source: 'typed' },
      { month: '2026-11', daysMissed: 2, source: 'roll_call' },
    ];
    expect(s.absences).toEqual(expected);
    expect(s.daysMissedThisMonth).toEqual({ month: '2026-11', daysMissed: 2, source: 'roll_call' });
    expect(s.daysMissedTotal).toBe(8);
    // The Education tab reads the same; the typed numbers stay stored (the form edits them).
    const tab = await ok(dispatch(ctx, 'education.child', { residentId: id }));
    expect(tab.schooling[0]!.absences).toEqual(expected);
    expect(ctx.conn.sqlite.prepare("SELECT month, days_missed FROM schooling_absences WHERE source = 'typed' ORDER BY month").all()).toEqual([
      { month: '2026-09', days_missed: 7 }, { month: '2026-10', days_missed: 4 }, { month: '2026-11', days_missed: 9 },
    ]);
    // A later mark changes the count at once (nothing to recompute): Thursday 26 November, hospital.
    await mark(ctx, id, '2026-11-26', 'hospital');
    const again = await ok(dispatch(ctx, 'education.child', { residentId: id }));
    expect(again.schooling[0]!.daysMissedThisMonth).toEqual({ month: '2026-11', daysMissed: 3, source: 'roll_call' });
  });

  it('reads only the schooling’s own dates: a school begun on 16 September misses nothing of the 14th and 15th', async () => {
    const ctx = await testCtx();
    const id = (await ok(dispatch(ctx, 'residents.create', { confirmDuplicate: true, ...childInput() }))).id;
    await mark(ctx, id, '2026-09-14', 'hospital');
    await mark(ctx, id, '2026-09-15', 'missing');
    await mark(ctx, id, '2026-09-16', 'present');
    await mark(ctx, id, '2026-10-05', 'missing'); // Monday, after the school ended
    const s = await ok(dispatch(ctx, 'education.schoolingSave', schooling(id, { startDate: '2026-09-16', endDate: '2026-09-30' })));
    expect(s.absences).toEqual([{ month: '2026-09', daysMissed: 0, source: 'roll_call' }]);
    expect(s.daysMissedThisMonth).toBeNull();
    expect(s.daysMissedTotal).toBe(0);
  });

  it('the span and the merge, alone', () => {
    expect(schoolingSpan({ academicYear: '2026-2027', startDate: null, endDate: null }, '2026-11-26')).toEqual({ from: '2026-09-01', to: '2026-11-26' });
    expect(schoolingSpan({ academicYear: '2025-2026', startDate: '2025-10-01', endDate: null }, '2026-11-26')).toEqual({ from: '2025-10-01', to: '2026-08-31' });
    expect(schoolingSpan({ academicYear: '2027-2028', startDate: null, endDate: null }, '2026-11-26')).toBeNull();
    expect(mergeAbsences([{ month: '2026-10', missed: 1 }], [{ month: '2026-10', daysMissed: 5 }, { month: '2026-09', daysMissed: 2 }])).toEqual([
      { month: '2026-09', daysMissed: 2, source: 'typed' },
      { month: '2026-10', daysMissed: 1, source: 'roll_call' },
    ]);
  });
});
