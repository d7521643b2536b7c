import type { ReportPeriod } from '../reports/period';
import { shiftDay } from '../reports/period';
import { shareOf, Tally, type IndicatorSectionDef, type IndicatorSource, type SectionRow } from '../reports/source';

// Capacity against occupancy (definitions: docs/DESIGN.md, "Indicators"): the institution's
// places (institution.capacity) against the children living in it (residents, not day
// attendees) on the period's last day, and at the end of each month of the period, so the chart
// shows whether the institution shrinks.

/** The last day of each month within the period (and the period's last day when it is not one). */
export function monthEnds(p: ReportPeriod): string[] {
  const out: string[] = [];
  let y = Number(p.start.slice(0, 4));
  let m = Number(p.start.slice(5, 7));
  for (;;) {
    const next = `${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`;
    const last = shiftDay(next, -1);
    if (last >= p.end) break;
    out.push(last);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  out.push(p.end);
  return out;
}

const occupancy: IndicatorSectionDef = {
  id: 'occupancy',
  title: 'reports.sections.occupancy',
  rows: (p) => [
    { cell: 'capacity', label: 'reports.rows.capacity', format: 'number', public: true },
    { cell: 'residents', label: 'reports.rows.occupancyResidents', format: 'count' },
    { cell: 'share', label: 'reports.rows.occupancyShare', format: 'share', base: 'residents' },
    { cell: 'dayCare', label: 'reports.rows.occupancyDayCare', format: 'count' },
    ...monthEnds(p).map((d, i): SectionRow => ({ cell: `on.${d}`, label: 'reports.rows.occupancyOn', params: { day: d }, format: 'count', ...(i === 0 ? { heading: 'reports.sections.occupancyOverTime' as const } : {}) })),
  ],
  chart: { kind: 'line', prefix: 'on.', reference: 'capacity' },
  async compute(db, { period, inCareOn }) {
    const t = new Tally();
    const inst = await db.selectFrom('institution').select(['capacity']).executeTakeFirst();
    t.set('capacity', inst?.capacity ?? null);
    for (const [id, a] of inCareOn(period.end)) t.add(a.placement === 'day_care' ? 'dayCare' : 'residents', id, a.started_on);
    for (const d of monthEnds(period)) {
      for (const [id, a] of inCareOn(d)) if (a.placement !== 'day_care') t.add(`on.${d}`, id, a.started_on);
    }
    t.set('share', inst && inst.capacity > 0 ? shareOf(t.count('residents'), inst.capacity) : null);
    return t;
  },
};

export const institutionIndicators: IndicatorSource = { sections: [occupancy] };
