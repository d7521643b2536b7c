import { describe, expect, it } from 'vitest';
import { lastEndedPeriod, parsePeriodLabel, periodLabel } from '../../src-renderer/src/packages/periodModel';

describe('the period picker model', () => {
  it('reads back the labels it writes', () => {
    for (const c of [
      { kind: 'quarter', year: 2026, index: 3 },
      { kind: 'month', year: 2025, index: 1 },
      { kind: 'month', year: 2026, index: 12 },
    ] as const) expect(parsePeriodLabel(periodLabel(c))).toEqual(c);
  });

  it('refuses what is not a period', () => {
    for (const s of ['2026-Q5', '2026-Q0', '2026-13', '2026-00', '2026-9', '26-Q1', '2026-Q3 ', '']) expect(parsePeriodLabel(s)).toBeNull();
  });

  it('the last ended period wraps to the previous year in January', () => {
    expect(lastEndedPeriod('quarter', new Date(2027, 0, 10))).toEqual({ kind: 'quarter', year: 2026, index: 4 });
    expect(lastEndedPeriod('month', new Date(2027, 0, 10))).toEqual({ kind: 'month', year: 2026, index: 12 });
    expect(lastEndedPeriod('quarter', new Date(2026, 10, 30))).toEqual({ kind: 'quarter', year: 2026, index: 3 });
  });
});
