// The period picker's model: a month (2026-09) or a quarter (2026-Q3), as the core spells them.

export type PeriodKind = 'month' | 'quarter';

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  index: number;
}

export function periodLabel(c: PeriodChoice): string {
  return c.kind === 'month' ? `${c.year}-${String(c.index).padStart(2, '0')}` : `${c.year}-Q${c.index}`;
}

/** The last period that has ended by `today` (what a director usually sends). */
export function lastEndedPeriod(kind: PeriodKind, today: Date): PeriodChoice {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  if (kind === 'month') return m === 1 ? { kind, year: y - 1, index: 12 } : { kind, year: y, index: m - 1 };
  const q = Math.ceil(m / 3);
  return q === 1 ? { kind, year: y - 1, index: 4 } : { kind, year: y, index: q - 1 };
}

export function yearsUpTo(today: Date, back = 6): number[] {
  const y = today.getFullYear();
  return Array.from({ length: back + 1 }, (_, i) => y - i);
}

/** The choice a core label names (`2026-09`, `2026-Q3`), or null for anything else. */
export function parsePeriodLabel(label: string): PeriodChoice | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (q) return { kind: 'quarter', year: Number(q[1]), index: Number(q[2]) };
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (m) return { kind: 'month', year: Number(m[1]), index: Number(m[2]) };
  return null;
}
