import type { Command } from '../main';
import { dispatch } from '../../core/contract/dispatch';
import { FLOW_COLUMNS, FLOW_LABEL, flowCell, formatValue, POPULATION, valueAt, valueSections } from '../../core/reports/layout';
import type { IndicatorsDto } from '../../core/reports/schema';
import { writeFileSync } from 'node:fs';
import { cliLocale, cliText } from '../command';
import { withDb } from '../db';
import { formatCallError, printJson, UsageError } from '../io';

// `qaygi report --db FILE --period 2026-Q3 [--json]`: the indicators of a period, computed by the
// same code as the Reports screen (reports.indicators), as one JSON object or as a table. With
// `--xlsx OUT.xlsx` the report is written as the screen's XLSX export (exports.indicatorsXlsx, in
// QAYGI_LANG's language; `--outside`: for use outside the institution, small counts suppressed).

export const reportCommand: Command = {
  words: ['report'],
  usage: 'report --db FILE --period 2026-Q3|2026-11|2026|2026-01-15..2026-03-20 [--json] [--xlsx OUT.xlsx [--outside]]',
  options: { db: { type: 'string' }, period: { type: 'string' }, json: { type: 'boolean' }, xlsx: { type: 'string' }, outside: { type: 'boolean' } },
  async run(values) {
    const period = values.period as string | undefined;
    if (!period) throw new UsageError('--period is required (2026-Q3, 2026-11, 2026 or 2026-01-15..2026-03-20)');
    return withDb(values.db as string, async (ctx) => {
      if (typeof values.xlsx === 'string') {
        const x = await dispatch(ctx, 'exports.indicatorsXlsx', { period, outside: values.outside === true, lang: cliLocale() });
        if (!x.ok) {
          process.stderr.write(`${formatCallError(x.error)}\n`);
          return 1;
        }
        writeFileSync(values.xlsx, Buffer.from(x.value.base64, 'base64'));
        process.stdout.write(`${values.xlsx}\n`);
        return 0;
      }
      const r = await dispatch(ctx, 'reports.indicators', { period });
      if (!r.ok) {
        process.stderr.write(`${formatCallError(r.error)}\n`);
        return 1;
      }
      if (values.json) printJson({ ...r.value, exitsByDestination: r.value.exits.byDestination });
      else process.stdout.write(table(r.value));
      return 0;
    });
  },
};

function table(dto: IndicatorsDto): string {
  const t = (key: string, params?: Record<string, string | number>) => cliText(key, params);
  const lines: string[] = [t('reports.cli.title', { period: dto.period.label, start: dto.period.start, end: dto.period.end }), ''];
  const rows: string[][] = [];
  const flush = () => {
    const w = rows.reduce((m, r) => r.map((c, i) => Math.max(m[i] ?? 0, [...c].length)), [] as number[]);
    for (const r of rows) lines.push(r.map((c, i) => (i === 0 ? c.padEnd(w[0]!) : c.padStart(w[i]!))).join('  ').trimEnd());
    rows.length = 0;
    lines.push('');
  };
  lines.push(`== ${t('reports.sections.population')} ==`);
  for (const g of POPULATION) {
    rows.push([t(g.title), ...FLOW_COLUMNS.map((c) => t(FLOW_LABEL[c]))]);
    for (const r of g.rows) {
      if (g.scope && r.prefix.startsWith('byAge')) continue; // ages once, for the total
      rows.push([`  ${t(r.label, r.params)}`, ...FLOW_COLUMNS.map((c) => String(valueAt(dto, 'population', flowCell(g, r, c))))]);
    }
    flush();
  }
  const p = dto.population;
  lines.push(p.opening + p.admissions - p.exits === p.closing ? t('reports.cli.balanced') : t('reports.cli.unbalanced'), '');
  for (const s of valueSections(dto)) {
    lines.push(`== ${t(s.title)} ==`);
    for (const r of s.rows) {
      if (r.heading) rows.push([` ${t(r.heading)}:`, '']);
      rows.push([`${r.core ? '* ' : '  '}${t(r.label, r.params)}${r.format === 'share' ? ' (%)' : ''}`, formatValue(valueAt(dto, r.indicator, r.cell), r.format)]);
    }
    flush();
  }
  lines.push(`* ${t('reports.core')}`);
  return `${lines.join('\n')}\n`;
}
