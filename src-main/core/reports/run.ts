import type { ReadDb } from '../db/read';
import { computeIndicators, staysOf, type Computed, type EpisodeFact, type Facts, type Stay } from './compute';
import type { ReportPeriod } from './period';
import { readFacts } from './queries';
import type { ReportBase, SectionDto } from './source';
import { REPORT_SOURCES } from './sources';

// The whole report of a period on one read snapshot: the built-in indicators (compute.ts) and
// every domain's sections (sources.ts). The screen, `qaygi report` and the package's
// indicators.csv all come through here.

export function baseOf(facts: Facts, period: ReportPeriod, today?: string, stays: readonly Stay[] = staysOf(facts.episodes)): ReportBase {
  const residents = new Map(facts.residents.map((r) => [r.id, r]));
  const memo = new Map<string, Map<string, EpisodeFact>>();
  return {
    period,
    asOf: today && today < period.end ? today : period.end,
    facts,
    residents,
    stays,
    inCareOn(day) {
      let m = memo.get(day);
      if (!m) {
        m = new Map();
        for (const s of stays) {
          if (residents.has(s.residentId) && s.admission.started_on <= day && (!s.exit || s.exit.started_on > day)) m.set(s.residentId, s.admission);
        }
        memo.set(day, m);
      }
      return m;
    },
  };
}

/** `today`: the screen's and the CLI's clock (a period not yet ended is counted as far as today). */
export async function computeOn(db: ReadDb, period: ReportPeriod, today?: string): Promise<Computed> {
  const facts = await readFacts(db, period);
  const stays = staysOf(facts.episodes);
  const computed = computeIndicators(facts, period, stays);
  const base = baseOf(facts, period, today, stays);
  const seen = new Set<string>(Object.keys(computed.dto));
  for (const source of REPORT_SOURCES) {
    for (const def of source.sections) {
      if (seen.has(def.id)) throw new Error(`indicator section ${def.id} named twice`);
      seen.add(def.id);
      const tally = await def.compute(db, base);
      const rows = def.rows(period);
      const values: SectionDto['values'] = {};
      for (const r of rows) {
        values[r.cell] = r.format === 'count' ? tally.count(r.cell) : (tally.values.get(r.cell) ?? (r.format === 'number' ? 0 : null));
        if (r.format === 'count') computed.cells.set(`${def.id}.${r.cell}`, tally.members.get(r.cell) ?? []);
      }
      computed.dto.sections.push({ id: def.id, title: def.title, rows, values, ...(def.chart ? { chart: def.chart } : {}) });
    }
  }
  return computed;
}
