// Reporting periods for the indicators: a month (`2026-11`), a quarter (`2026-Q3`), a year
// (`2026`) or custom days (`2026-01-15..2026-03-20`, both days included). One parser for the
// screen, the CLI and the calls. Isomorphic.

export type ReportPeriodKind = 'month' | 'quarter' | 'year' | 'custom';

export interface ReportPeriod {
  /** As written: `2026-Q3`, `2026-11`, `2026`, `2026-01-15..2026-03-20`. */
  label: string;
  kind: ReportPeriodKind;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  end: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOf(y, mo);
}

const month = (y: number, m: number): ReportPeriod => ({
  label: `${y}-${pad(m)}`, kind: 'month', start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDayOf(y, m))}`,
});
const quarter = (y: number, q: number): ReportPeriod => ({
  label: `${y}-Q${q}`, kind: 'quarter', start: `${y}-${pad(q * 3 - 2)}-01`, end: `${y}-${pad(q * 3)}-${pad(lastDayOf(y, q * 3))}`,
});
const year = (y: number): ReportPeriod => ({ label: String(y), kind: 'year', start: `${y}-01-01`, end: `${y}-12-31` });

/** The period a label names, or null when it names none (or a custom one ending before it starts). */
export function parseReportPeriod(label: string): ReportPeriod | null {
  const s = label.trim();
  let m = /^(\d{4})$/.exec(s);
  const inRange = (y: number) => y >= 1900 && y <= 2999;
  if (m) return inRange(Number(m[1])) ? year(Number(m[1])) : null;
  m = /^(\d{4})-Q([1-4])$/i.exec(s);
  if (m) return inRange(Number(m[1])) ? quarter(Number(m[1]), Number(m[2])) : null;
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) return inRange(Number(m[1])) ? month(Number(m[1]), Number(m[2])) : null;
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(s);
  if (m && validDay(m[1]!) && validDay(m[2]!) && m[1]! <= m[2]! && inRange(Number(m[1]!.slice(0, 4)))) {
    return { label: `${m[1]}..${m[2]}`, kind: 'custom', start: m[1]!, end: m[2]! };
  }
  return null;
}

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const isoOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day before (or, with n, n days after) `day`. */
export function shiftDay(day: string, n: number): string {
  return isoOfMs(dayMs(day) + n * 86_400_000);
}

/** Whole days from `from` to `to` (0 on the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / 86_400_000);
}

/** The period just before: the previous month, quarter or year; for custom days, as many days before. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  const y = Number(p.start.slice(0, 4));
  const mo = Number(p.start.slice(5, 7));
  if (p.kind === 'year') return year(y - 1);
  if (p.kind === 'quarter') return mo === 1 ? quarter(y - 1, 4) : quarter(y, (mo - 1) / 3);
  if (p.kind === 'month') return mo === 1 ? month(y - 1, 12) : month(y, mo - 1);
  const len = daysBetween(p.start, p.end);
  const end = shiftDay(p.start, -1);
  const start = shiftDay(end, -len);
  return { label: `${start}..${end}`, kind: 'custom', start, end };
}

/** The month, quarter or year a day falls in. */
export function periodOf(kind: Exclude<ReportPeriodKind, 'custom'>, day: string): ReportPeriod {
  const y = Number(day.slice(0, 4));
  const mo = Number(day.slice(5, 7));
  return kind === 'year' ? year(y) : kind === 'quarter' ? quarter(y, Math.floor((mo - 1) / 3) + 1) : month(y, mo);
}
