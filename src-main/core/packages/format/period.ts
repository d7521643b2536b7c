// Reporting periods: a month (`2026-09`) or a quarter (`2026-Q3`). Isomorphic.

export interface Period {
  /** As written in file names and the statement: `2026-Q3` or `2026-09`. */
  label: string;
  kind: 'month' | 'quarter';
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  end: string;
  /** ISO 8601 duration from `start`: `P1M` or `P3M`. */
  duration: 'P1M' | 'P3M';
}

export const PERIOD_PATTERN = /^(\d{4})-(?:Q([1-4])|(0[1-9]|1[0-2]))$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The period a label names, or null when the label is not `YYYY-Qn` or `YYYY-MM`. */
export function parsePeriod(label: string): Period | null {
  const m = PERIOD_PATTERN.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000) return null;
  if (m[2]) {
    const q = Number(m[2]);
    const first = (q - 1) * 3 + 1;
    return {
      label,
      kind: 'quarter',
      start: `${year}-${pad(first)}-01`,
      end: `${year}-${pad(first + 2)}-${pad(lastDayOf(year, first + 2))}`,
      duration: 'P3M',
    };
  }
  const month = Number(m[3]);
  return {
    label,
    kind: 'month',
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`,
    duration: 'P1M',
  };
}

/** True when the day (`YYYY-MM-DD`) falls inside the period. */
export function periodContains(p: Period, day: string): boolean {
  return day >= p.start && day <= p.end;
}
