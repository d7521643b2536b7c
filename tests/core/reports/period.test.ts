import { describe, expect, it } from 'vitest';
import { parseReportPeriod, periodOf, previousPeriod } from '../../../src-main/core/reports/period';

describe('report periods', () => {
  it('parses a month, a quarter, a year and custom days', () => {
    expect(parseReportPeriod('2026-11')).toEqual({ label: '2026-11', kind: 'month', start: '2026-11-01', end: '2026-11-30' });
    expect(parseReportPeriod('2028-02')).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
    expect(parseReportPeriod('2026-Q3')).toEqual({ label: '2026-Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30' });
    expect(parseReportPeriod('2026-q1')).toMatchObject({ label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' });
    expect(parseReportPeriod('2026')).toEqual({ label: '2026', kind: 'year', start: '2026-01-01', end: '2026-12-31' });
    expect(parseReportPeriod(' 2026-01-15..2026-03-20 ')).toEqual({ label: '2026-01-15..2026-03-20', kind: 'custom', start: '2026-01-15', end: '2026-03-20' });
  });

  it('refuses what names no period', () => {
    for (const bad of ['', '2026-13', '2026-Q5', '2026-Q0', '26', '2026-1', '2026-03-20..2026-01-15', '2026-02-30..2026-03-01', '2026-11-01', 'Q3-2026']) {
      expect(parseReportPeriod(bad), bad).toBeNull();
    }
  });

  it('gives the period before, and the period a day is in', () => {
    expect(previousPeriod(parseReportPeriod('2026-Q1')!).label).toBe('2025-Q4');
    expect(previousPeriod(parseReportPeriod('2026-Q3')!).label).toBe('2026-Q2');
    expect(previousPeriod(parseReportPeriod('2026-01')!).label).toBe('2025-12');
    expect(previousPeriod(parseReportPeriod('2026-03')!)).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
    expect(previousPeriod(parseReportPeriod('2026')!).label).toBe('2025');
    // ten days, so the ten days before
    expect(previousPeriod(parseReportPeriod('2026-03-01..2026-03-10')!)).toMatchObject({ start: '2026-02-19', end: '2026-02-28' });
    expect(periodOf('quarter', '2026-11-26').label).toBe('2026-Q4');
    expect(periodOf('month', '2026-11-26').label).toBe('2026-11');
    expect(periodOf('year', '2026-11-26').label).toBe('2026');
  });
});
