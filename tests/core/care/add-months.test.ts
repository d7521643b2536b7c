import { describe, expect, it } from 'vitest';
import { addMonths, addMonthsByDate } from '../../../src-main/core/care/schema';

// addMonths is plain arithmetic for an ordinary day; addMonthsByDate (through `Date`) is what it
// always answered. They must agree on every day, month ends and leap years included, and on what
// is not an ordinary day (a thrown error included).

const answer = (f: (d: string, m: number) => string, d: string, m: number) => {
  try {
    return f(d, m);
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
};

describe('addMonths', () => {
  it('answers as addMonthsByDate on every day from 1896 to 2104, by many month counts', () => {
    const months = [-1200, -216, -25, -13, -12, -11, -6, -3, -2, -1, 0, 1, 2, 3, 6, 11, 12, 13, 24, 25, 216, 1200];
    let n = 0;
    const bad: string[] = [];
    for (let ms = Date.UTC(1896, 0, 1); ms <= Date.UTC(2104, 11, 31); ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      for (const m of months) {
        n++;
        const a = addMonths(day, m);
        if (a !== addMonthsByDate(day, m) && bad.length < 5) bad.push(`${day} ${m}: ${a} vs ${addMonthsByDate(day, m)}`);
      }
    }
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThan(1_600_000);
  });

  it('knows month ends and leap years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2000-02-29', 12)).toBe('2001-02-28');
    expect(addMonths('1900-03-31', -1)).toBe('1900-02-28');
    expect(addMonths('2000-03-31', -1)).toBe('2000-02-29');
    expect(addMonths('2026-09-30', -3)).toBe('2026-06-30');
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-31');
    expect(addMonths('2008-02-29', 18 * 12)).toBe('2026-02-28');
  });

  it('answers as addMonthsByDate on what is not an ordinary day', () => {
    const odd = ['0099-05-31', '0100-01-31', '0999-12-31', '1000-01-01', '9999-12-31', '2026-02-30', '2026-02-00', '2026-13-01',
      '2026-00-15', '2026-1-05', '', 'x', '2026-02-28T12:00:00Z', '2026-04-31', '-001-01-01', '2026-02-3'];
    for (const d of odd) for (const m of [-13, -1, 0, 1, 0.5, 12, 1e6, Number.NaN]) expect(answer(addMonths, d, m), `${d} ${m}`).toBe(answer(addMonthsByDate, d, m));
  });
});
