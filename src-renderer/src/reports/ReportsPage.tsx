import { ActionIcon, Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { BarChart, LineChart } from '@mantine/charts';
import { Fragment, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { IconBook, IconPrinter, IconChevronLeft, IconChevronRight, IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { daysBetween, parseReportPeriod, periodOf, previousPeriod, shiftDay, type ReportPeriod, type ReportPeriodKind } from '@core/reports/period';
import {
  FLOW_COLUMNS, FLOW_LABEL, flowCell, formatValue, POPULATION, valueAt, valueSections, type FlowGroup, type ValueRow, type ValueSection,
} from '@core/reports/layout';
import type { Indicator, IndicatorsDto } from '@core/reports/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate } from '../app/router';
import { formatDate } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { reportsQueries } from './queries';
import { reportsPaths } from './paths';
import { ExportButton } from '../exports/ExportButton';
import { exportsPaths } from '../exports/paths';
import { request } from '../data/call';

// The indicators of a period (a quarter unless the user picks a month, a year or two dates), each
// figure with the previous period's beside it, and charts of the breakdowns; a count of children
// opens the children behind it (for roles that may read the register). Laid out by
// core/reports/layout.ts, as the CLI's table; the domains' sections come in the DTO.

type PickerKind = Exclude<ReportPeriodKind, 'custom'>;
const KIND_LABEL = { month: 'reports.period.month', quarter: 'reports.period.quarter', year: 'reports.period.year', custom: 'reports.period.custom' } as const;

/** The period after: the next month, quarter or year; for custom days, as many days after. */
function nextPeriod(p: ReportPeriod): ReportPeriod {
  if (p.kind !== 'custom') return periodOf(p.kind, shiftDay(p.end, 1));
  const start = shiftDay(p.end, 1);
  const end = shiftDay(start, daysBetween(p.start, p.end));
  return { label: `${start}..${end}`, kind: 'custom', start, end };
}

export function ReportsPage({ period }: { period?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { info, can } = useAppInfo();
  const current = (period && parseReportPeriod(period)) || periodOf('quarter', info.today);
  const previous = previousPeriod(current);
  const now = useQuery(reportsQueries.indicators(current.label));
  const before = useQuery(reportsQueries.indicators(previous.label));
  const [picking, setPicking] = useState(current.kind === 'custom');
  const kind: ReportPeriodKind = picking ? 'custom' : current.kind;
  const canDrill = can('residents.read');
  const go = (label: string) => navigate(reportsPaths.reports(label));
  const next = nextPeriod(current);
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>{t('reports.title')}</Title>
        <Text c="dimmed" data-testid="report-period">
          {t('reports.subtitle', { start: formatDate(current.start, locale), end: formatDate(current.end, locale) })}
        </Text>
      </div>
      <Group gap="md" align="center">
        <SegmentedControl
          aria-label={t('reports.period.kind')}
          data-testid="period-kind"
          value={kind}
          onChange={(k) => {
            if (k === 'custom') return setPicking(true);
            setPicking(false);
            go(periodOf(k as PickerKind, current.end > info.today ? info.today : current.end).label);
          }}
          data={(['month', 'quarter', 'year', 'custom'] as const).map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        />
        <Group gap={4}>
          <Tooltip label={t('reports.period.previous')}>
            <ActionIcon variant="default" aria-label={t('reports.period.previous')} data-testid="period-previous" onClick={() => go(previous.label)}>
              <IconChevronLeft size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Text fw={600} miw={110} px="xs" ta="center" data-testid="period-label">
            {current.label}
          </Text>
          <Tooltip label={t('reports.period.next')}>
            <ActionIcon variant="default" aria-label={t('reports.period.next')} data-testid="period-next" disabled={next.start > info.today} onClick={() => go(next.label)}>
              <IconChevronRight size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={4} c="dimmed">
          <IconStar size={14} aria-hidden />
          <Text size="sm">{t('reports.core')}</Text>
        </Group>
      </Group>
      <Group gap="sm" data-testid="report-exports">
        <ExportButton testId="report-xlsx" run={() => request('exports.indicatorsXlsx', { period: current.label, outside: false, lang: locale })}>
          {t('exports.ui.xlsx')}
        </ExportButton>
        <ExportButton testId="report-xlsx-outside" run={() => request('exports.indicatorsXlsx', { period: current.label, outside: true, lang: locale })}>
          {t('exports.ui.xlsxOutside')}
        </ExportButton>
        <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => navigate(exportsPaths.indicators(current.label, locale))} data-testid="print-indicators">
          {t('exports.ui.print')}
        </Button>
        {canDrill && (
          <Button variant="default" leftSection={<IconBook size={18} aria-hidden />} onClick={() => navigate(exportsPaths.register(locale))} data-testid="open-register">
            {t('exports.ui.register')}
          </Button>
        )}
      </Group>
      {picking && <CustomPeriod key={current.label} current={current} onPick={go} />}
      <CallErrorAlert error={now.error ?? before.error} title={t('reports.loadFailed')} />
      {now.data && before.data && (
        <>
          <Title order={3}>{t('reports.sections.population')}</Title>
          <PopulationChart dto={now.data} prev={before.data} />
          {POPULATION.map((g) => (
            <FlowTable key={g.title} g={g} dto={now.data} prev={before.data} canDrill={canDrill} />
          ))}
          {valueSections(now.data).map((s) => (
            <SectionCard key={s.id} s={s} dto={now.data} prev={before.data} canDrill={canDrill} />
          ))}
        </>
      )}
    </Stack>
  );
}

function Figure({ dto, indicator, cell, format, canDrill, label }: {
  dto: IndicatorsDto; indicator: Indicator; cell: string; format: ValueRow['format']; canDrill: boolean; label: string;
}) {
  const { t } = useTranslation();
  const v = valueAt(dto, indicator, cell);
  const text = formatValue(v, format);
  const testId = `figure-${indicator}.${cell}`;
  if (format !== 'count' || !canDrill || !v) return <span data-testid={testId} data-value={v ?? ''}>{text}</span>;
  return (
    <Anchor
      href={href(reportsPaths.children(dto.period.label, indicator, cell))}
      data-testid={testId}
      data-value={v}
      aria-label={t('reports.open', { label, count: v })}
    >
      {text}
    </Anchor>
  );
}

function FlowTable({ g, dto, prev, canDrill }: { g: FlowGroup; dto: IndicatorsDto; prev: IndicatorsDto; canDrill: boolean }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  return (
    <Card withBorder padding="md" data-testid={`population-${g.scope || 'total'}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t(g.title)}</Text>
        <Badge variant="light" leftSection={<IconStar size={12} aria-hidden />}>{t('reports.core')}</Badge>
      </Group>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {FLOW_COLUMNS.map((c) => (
              <Table.Th key={c} ta="right">
                {t(FLOW_LABEL[c])}
                <Text span size="xs" c="dimmed" display="block">{t('reports.columns.previous', { period: prev.period.label })}</Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {g.rows.map((r) => (
            <Table.Tr key={r.prefix}>
              <Table.Td>{tk(r.label, r.params)}</Table.Td>
              {FLOW_COLUMNS.map((c) => {
                const cell = flowCell(g, r, c);
                return (
                  <Table.Td key={c} ta="right">
                    <Figure dto={dto} indicator="population" cell={cell} format="count" canDrill={canDrill} label={`${tk(r.label, r.params)}, ${t(FLOW_LABEL[c])}`} />
                    <Text span size="sm" c="dimmed" ml={8} data-testid={`previous-population.${cell}`}>
                      ({formatValue(valueAt(prev, 'population', cell), 'count')})
                    </Text>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** A row's words; a day in its params (occupancy at a month's end) written as dates are. */
export function useRowLabel() {
  const tk = useDynamicT();
  const locale = useLocale();
  return (r: Pick<ValueRow, 'label' | 'params'>) =>
    tk(r.label, r.params && typeof r.params.day === 'string' ? { ...r.params, day: formatDate(r.params.day, locale) } : r.params);
}

/**
 * The previous period's figure beside a row: the same cell, or — for rows that depend on the
 * period (occupancy at each month's end) — the previous period's row of the same kind at the same place.
 */
function previousCell(s: ValueSection, r: ValueRow, prev: IndicatorsDto): string {
  const before = valueSections(prev).find((x) => x.id === s.id);
  if (!before || before.rows.some((x) => x.cell === r.cell)) return r.cell;
  const same = s.rows.filter((x) => x.label === r.label);
  const prevSame = before.rows.filter((x) => x.label === r.label);
  return prevSame[same.indexOf(r)]?.cell ?? r.cell;
}

function ValueLine({ r, dto, prev, prevCell, canDrill }: { r: ValueRow; dto: IndicatorsDto; prev: IndicatorsDto; prevCell: string; canDrill: boolean }) {
  const rowLabel = useRowLabel();
  const label = `${rowLabel(r)}${r.format === 'share' ? ', %' : ''}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          {r.core && <IconStar size={14} aria-label="UNICEF/BCN" />}
          <span>{label}</span>
        </Group>
      </Table.Td>
      <Table.Td ta="right">
        <Figure dto={dto} indicator={r.indicator} cell={r.cell} format={r.format} canDrill={canDrill} label={label} />
      </Table.Td>
      <Table.Td ta="right" c="dimmed" data-testid={`previous-${r.indicator}.${r.cell}`}>
        {formatValue(valueAt(prev, r.indicator, prevCell), r.format)}
      </Table.Td>
    </Table.Tr>
  );
}

/** Two dates, both included: a custom period (`2026-01-15..2026-03-20`). */
function CustomPeriod({ current, onPick }: { current: ReportPeriod; onPick(label: string): void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(current.start);
  const [to, setTo] = useState(current.end);
  const picked = parseReportPeriod(`${from}..${to}`);
  return (
    <Group gap="sm" align="flex-end" data-testid="period-custom">
      <DateField label={t('reports.period.from')} value={from} onChange={setFrom} w={170} data-testid="period-from" />
      <DateField label={t('reports.period.to')} value={to} onChange={setTo} w={170} data-testid="period-to" />
      <Button variant="light" disabled={!picked} data-testid="period-apply" onClick={() => picked && onPick(picked.label)}>
        {t('reports.period.apply')}
      </Button>
    </Group>
  );
}

const SERIES = (t: (k: 'reports.charts.current' | 'reports.charts.previous') => string) => [
  { name: 'current', label: t('reports.charts.current'), color: 'blue.6' },
  { name: 'previous', label: t('reports.charts.previous'), color: 'gray.5' },
];

function PopulationChart({ dto, prev }: { dto: IndicatorsDto; prev: IndicatorsDto }) {
  const { t } = useTranslation();
  const data = FLOW_COLUMNS.map((c) => ({ column: t(FLOW_LABEL[c]), current: valueAt(dto, 'population', c) ?? 0, previous: valueAt(prev, 'population', c) ?? 0 }));
  return (
    <Card withBorder padding="md" data-testid="chart-population">
      <BarChart h={200} data={data} dataKey="column" series={SERIES(t)} withLegend tickLine="y" />
    </Card>
  );
}

/** A section's chart: its breakdown beside the previous period's, or (occupancy) a line against capacity. */
function SectionChartView({ s, dto, prev }: { s: ValueSection; dto: IndicatorsDto; prev: IndicatorsDto }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const chart = s.chart;
  if (!chart) return null;
  const rows = s.rows.filter((r) => (chart.cells ? chart.cells.includes(r.cell) : chart.prefix ? r.cell.startsWith(chart.prefix) : false));
  if (rows.length === 0) return null;
  if (chart.kind === 'line') {
    const reference = chart.reference ? valueAt(dto, s.id, chart.reference) : null;
    const data = rows.map((r) => ({
      day: typeof r.params?.day === 'string' ? formatDate(r.params.day, locale) : tk(r.label, r.params),
      residents: valueAt(dto, s.id, r.cell) ?? 0,
      ...(reference !== null ? { capacity: reference } : {}),
    }));
    return (
      <LineChart
        h={200}
        mb="sm"
        data={data}
        dataKey="day"
        withLegend
        data-testid={`chart-${s.id}`}
        series={[
          { name: 'residents', label: t('reports.charts.residents'), color: 'blue.6' },
          ...(reference !== null ? [{ name: 'capacity', label: t('reports.charts.capacity'), color: 'red.6', strokeDasharray: '5 5' }] : []),
        ]}
      />
    );
  }
  const data = rows.map((r) => ({ name: tk(r.label, r.params), current: valueAt(dto, s.id, r.cell) ?? 0, previous: valueAt(prev, s.id, r.cell) ?? 0 }));
  return <BarChart h={220} mb="sm" data={data} dataKey="name" series={SERIES(t)} withLegend tickLine="y" data-testid={`chart-${s.id}`} />;
}

function SectionCard({ s, dto, prev, canDrill }: { s: ValueSection; dto: IndicatorsDto; prev: IndicatorsDto; canDrill: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid={`section-${s.id}`}>
      <Text fw={600} mb="xs">
        {t(s.title)}
      </Text>
      <SectionChartView s={s} dto={dto} prev={prev} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.columns.indicator')}</Table.Th>
            <Table.Th ta="right" w={140}>{t('reports.columns.current')}</Table.Th>
            <Table.Th ta="right" w={200}>{t('reports.columns.previous', { period: prev.period.label })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {s.rows.map((r) => (
            <Fragment key={`${r.cell}-${r.format}`}>
              {r.heading && (
                <Table.Tr>
                  <Table.Th colSpan={3}>{t(r.heading)}</Table.Th>
                </Table.Tr>
              )}
              <ValueLine r={r} dto={dto} prev={prev} prevCell={previousCell(s, r, prev)} canDrill={canDrill} />
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
