import type { ReadDb } from '../db/read';
import type { MessageKey } from '../i18n/keys';
import type { EpisodeFact, Facts, Member, ResidentFact, Stay } from './compute';
import type { ReportPeriod } from './period';

// What a domain gives the indicators (the reports' seam, as DashboardSource is the dashboard's).
// A domain lists its sections in its own `<domain>/indicators.ts` (an IndicatorSource) and
// registers it with one line in ./sources.ts. Each section says its rows (labels, formats, which
// are UNICEF/BCN core indicators) and computes, within the report's one read snapshot, the
// children behind every count; the screen, the CLI, the exports and the package's indicators.csv
// all read the same sections from the DTO. Family contact (daily) and restraints/complaints
// (safeguarding) become one section each this way.

export type RowFormat = 'count' | 'number' | 'share' | 'days' | 'ratio';

/** One line of a section: a figure of the DTO (`sections[id].values[cell]`). */
export interface SectionRow {
  /** The figure's name within its section (`byKind.injury`): also the drill-down's cell. */
  cell: string;
  label: MessageKey;
  params?: Record<string, string | number>;
  /**
   * `count`: children (each a Member; the number opens the list of them); `number`: a count of
   * something else (child-days, incidents, staff, places) with no list; `share`: 0–1; `days`,
   * `ratio`: one decimal.
   */
  format: RowFormat;
  /** A UNICEF/BCN formal-care core indicator. */
  core?: boolean;
  /** A sub-heading shown above this row (the first of a breakdown). */
  heading?: MessageKey;
  /** For a share or a length: the count (same section) it is computed over; suppressed with it. */
  base?: string;
  /** Not about children (staff, places): never suppressed by the small-number rule. */
  public?: boolean;
}

/** What the indicators already know when the sections are computed (read once, shared). */
export interface ReportBase {
  period: ReportPeriod;
  /**
   * The last day the figures can know: the period's last day, or today when the period has not
   * ended (what falls due after today is not yet due).
   */
  asOf: string;
  facts: Facts;
  residents: ReadonlyMap<string, ResidentFact>;
  /** Every stay (admission with the exit that ended it), as the population return counts them. */
  stays: readonly Stay[];
  /** Children in care at the end of a day (as the population return's closing): id → the admission. */
  inCareOn(day: string): ReadonlyMap<string, EpisodeFact>;
}

/** A section's figures while they are computed: the children behind each count, and the other values. */
export class Tally {
  readonly members = new Map<string, Member[]>();
  readonly values = new Map<string, number | null>();
  /** One child (or referral) behind `cell`, counted on `date`. */
  add(cell: string, residentId: string, date: string, ref: Member['ref'] = 'resident'): void {
    const m: Member = { ref, id: residentId, date };
    const list = this.members.get(cell);
    if (list) list.push(m);
    else this.members.set(cell, [m]);
  }
  /** A figure that is not a list of children (a number, a share, a length). */
  set(cell: string, value: number | null): void {
    this.values.set(cell, value);
  }
  /** `number` figures that add up: child-days, incidents, hours. */
  plus(cell: string, by = 1): void {
    this.values.set(cell, (this.values.get(cell) ?? 0) + by);
  }
  count(cell: string): number {
    return this.members.get(cell)?.length ?? 0;
  }
}

export interface IndicatorSectionDef {
  /** camelCase, unique across sources and the built-in indicators; the drill-down's `indicator`. */
  id: string;
  title: MessageKey;
  /** Its rows for a period (most sections' rows do not depend on it). */
  rows(period: ReportPeriod): SectionRow[];
  /** Optional chart of some of its figures (the screen draws it beside the table). */
  chart?: SectionChart;
  compute(db: ReadDb, base: ReportBase): Promise<Tally>;
}

export interface SectionChart {
  kind: 'bar' | 'line';
  /** The cells drawn (count or number rows); for `line`, in time order. */
  cells?: string[];
  /** Or every row whose cell starts with this (rows that depend on the period: `on.`). */
  prefix?: string;
  /** A `line` chart's reference line (capacity). */
  reference?: string;
}

export interface IndicatorSource {
  sections: readonly IndicatorSectionDef[];
}

/** A section as the DTO carries it: its rows and every figure's value. */
export interface SectionDto {
  id: string;
  title: MessageKey;
  rows: SectionRow[];
  values: Record<string, number | null>;
  chart?: SectionChart;
}

export const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function spreadOf(days: number[]): { median: number | null; mean: number | null } {
  if (days.length === 0) return { median: null, mean: null };
  const s = [...days].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  return { median, mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 10) / 10 };
}
