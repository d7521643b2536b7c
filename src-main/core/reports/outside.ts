import { FLOW_COLUMNS, flowCell, POPULATION, valueAt, valueSections } from './layout';
import type { RowFormat } from './source';
import type { IndicatorsDto } from './schema';

// The indicators as they leave the institution (the package's indicators.csv, exports for
// outside use): every figure of the report, one row each, with the small-number rule applied.
// The screen shows the true numbers. Isomorphic.
//
// The rule (docs/DESIGN.md, "Small numbers"): a count of children, or of something about them
// (child-days, incidents), of 1 to 4 is suppressed — written empty, with `suppressed` true; a
// share, length or ratio computed over such a count is suppressed with it. 0 and 5 or more are
// written as they are; figures about staff and places (`public`) are never suppressed.

export const SMALL_MIN = 1;
export const SMALL_MAX = 4;

export interface OutsideRow {
  section: string;
  cell: string;
  format: RowFormat;
  /** Empty (null) when suppressed, or when there was nothing to measure (a share of none). */
  value: number | null;
  suppressed: boolean;
  core: boolean;
}

const small = (v: number | null) => v !== null && v >= SMALL_MIN && v <= SMALL_MAX;

export function outsideRows(dto: IndicatorsDto): OutsideRow[] {
  const out: OutsideRow[] = [];
  const seen = new Set<string>();
  const push = (r: OutsideRow) => {
    const key = `${r.section}\u0000${r.cell}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(r);
  };
  for (const g of POPULATION) {
    for (const r of g.rows) {
      for (const c of FLOW_COLUMNS) {
        const cell = flowCell(g, r, c);
        const v = valueAt(dto, 'population', cell);
        push({ section: 'population', cell, format: 'count', value: small(v) ? null : v, suppressed: small(v), core: true });
      }
    }
  }
  for (const s of valueSections(dto)) {
    for (const r of s.rows) {
      const v = valueAt(dto, r.indicator, r.cell);
      const isCount = r.format === 'count' || r.format === 'number';
      const hidden = !r.public && (isCount ? small(v) : r.base !== undefined && small(valueAt(dto, r.indicator, r.base)));
      const value = hidden || v === null ? null : r.format === 'share' ? Math.round(v * 10_000) / 10_000 : v;
      push({ section: r.indicator, cell: r.cell, format: r.format, value, suppressed: hidden, core: r.core === true });
    }
  }
  return out;
}
