import type { Ctx } from '../context';
import { FLOW_COLUMNS, FLOW_LABEL, flowCell, POPULATION, valueAt, valueSections } from '../reports/layout';
import { outsideRows } from '../reports/outside';
import { parseReportPeriod, previousPeriod } from '../reports/period';
import type { IndicatorsDto } from '../reports/schema';
import { getIndicators } from '../reports/service';
import type { RowFormat } from '../reports/source';
import type { Locale } from '../i18n/index';
import { addAbout, finish, header, newBook, sheetName, type About } from './workbook';
import type { ExportFileDto } from './schema';
import { DEFINITION_LABEL } from './i18n/labels';

// The indicator report of a period as XLSX: the about sheet, the population return, one sheet per
// section (read generically from valueSections, in the screen's order) with the previous period
// beside, and the definitions. For outside use every figure goes through the one small-number rule
// (reports/outside.ts): a suppressed figure is an empty cell marked in the note column.


interface Figure { v: number | null; suppressed: boolean }
type Lookup = (section: string, cell: string) => Figure;

function lookupOf(dto: IndicatorsDto, outside: boolean): Lookup {
  if (!outside) return (section, cell) => ({ v: valueAt(dto, section, cell), suppressed: false });
  const rows = new Map(outsideRows(dto).map((r) => [`${r.section}\u0000${r.cell}`, r]));
  return (section, cell) => {
    const r = rows.get(`${section}\u0000${cell}`);
    return r ? { v: r.value, suppressed: r.suppressed } : { v: valueAt(dto, section, cell), suppressed: false };
  };
}

const NUM_FMT: Record<RowFormat, string> = { count: '0', number: '0', share: '0.0%', days: '0.0', ratio: '0.0' };

export async function indicatorsXlsx(ctx: Ctx, input: { period: string; outside: boolean; lang: Locale }): Promise<ExportFileDto> {
  const dto = await getIndicators(ctx, input.period);
  const prevLabel = previousPeriod(parseReportPeriod(input.period)!).label;
  const prev = await getIndicators(ctx, prevLabel);
  const cur = lookupOf(dto, input.outside);
  const before = lookupOf(prev, input.outside);
  const sections = valueSections(dto);
  const about: About = { kind: 'indicators', period: `${dto.period.label} (${dto.period.start} – ${dto.period.end})`, outside: input.outside, rows: 0 };
  about.rows = POPULATION.reduce((n, g) => n + g.rows.length, 0) + sections.reduce((n, s) => n + s.rows.length, 0);
  const book = newBook(input.lang);
  const { wb, t } = book;
  await addAbout(ctx, book, about);
  const note = (...fs: Figure[]) => (fs.some((f) => f.suppressed) ? t('exports.indicators.suppressedNote') : '');

  // The population return: the four columns of this period, then the previous one's.
  const pop = wb.addWorksheet(sheetName(wb, t('reports.sections.population')));
  pop.columns = [{ width: 40 }, ...FLOW_COLUMNS.flatMap(() => [{ width: 14 }]), ...FLOW_COLUMNS.map(() => ({ width: 14 })), { width: 24 }];
  header(pop, [
    t('reports.columns.indicator'),
    ...FLOW_COLUMNS.map((c) => `${t(FLOW_LABEL[c])} (${dto.period.label})`),
    ...FLOW_COLUMNS.map((c) => `${t(FLOW_LABEL[c])} (${prev.period.label})`),
    t('exports.indicators.note'),
  ]);
  for (const g of POPULATION) {
    pop.addRow([t(g.title)]).font = { bold: true };
    for (const r of g.rows) {
      const now = FLOW_COLUMNS.map((c) => cur('population', flowCell(g, r, c)));
      const then = FLOW_COLUMNS.map((c) => before('population', flowCell(g, r, c)));
      pop.addRow([`  ${t(r.label, r.params)}`, ...now.map((f) => f.v), ...then.map((f) => f.v), note(...now, ...then)]);
    }
  }

  for (const s of sections) {
    const ws = wb.addWorksheet(sheetName(wb, t(s.title)));
    ws.columns = [{ width: 56 }, { width: 16 }, { width: 16 }, { width: 10 }, { width: 24 }];
    ws.addRow([t(s.title)]).font = { bold: true, size: 12 };
    header(ws, [t('reports.columns.indicator'), dto.period.label, prev.period.label, t('exports.indicators.coreColumn'), t('exports.indicators.note')]);
    for (const r of s.rows) {
      if (r.heading) ws.addRow([t(r.heading)]).font = { italic: true };
      const a = cur(r.indicator, r.cell);
      const b = before(r.indicator, r.cell);
      const row = ws.addRow([
        `${t(r.label, r.params)}${r.format === 'share' ? ' (%)' : ''}`,
        a.v, b.v,
        r.core ? t('exports.indicators.coreMark') : '',
        note(a, b),
      ]);
      row.getCell(2).numFmt = NUM_FMT[r.format];
      row.getCell(3).numFmt = NUM_FMT[r.format];
    }
  }

  const defs = wb.addWorksheet(sheetName(wb, t('exports.indicators.definitionsSheet')));
  defs.columns = [{ width: 30 }, { width: 100 }];
  header(defs, [t('exports.indicators.term'), t('exports.indicators.definition')]);
  for (const [term, text] of Object.values(DEFINITION_LABEL)) {
    const row = defs.addRow([t(term), t(text)]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }

  const suffix = input.outside ? '-outside' : '';
  return finish(ctx, book, about, `qaygi-indicators-${dto.period.label}${suffix}.xlsx`);
}
