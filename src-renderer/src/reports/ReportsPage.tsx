import { ActionIcon, Anchor, Badge, Card, Group, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { Fragment } from 'react';
import { useQuery } from '@tanstack/react-query';
import { IconChevronLeft, IconChevronRight, IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseReportPeriod, periodOf, previousPeriod, shiftDay, type ReportPeriodKind } from '@core/reports/period';
import {
  FLOW_COLUMNS, FLOW_LABEL, flowCell, formatValue, POPULATION, valueAt, valueSections, type FlowGroup, type ValueRow,
} from '@core/reports/layout';
import type { Indicator, IndicatorsDto } from '@core/reports/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate } from '../app/router';
import { formatDate } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { reportsQueries } from './queries';
import { reportsPaths } from './paths';

// The indicators of a period (a quarter unless the user picks a month or a year), each figure
// with the previous period's beside it; a count opens the children behind it (for roles that may
// read the register). Laid out by core/reports/layout.ts, as the CLI's table.

type PickerKind = Exclude<ReportPeriodKind, 'custom'>;
const KIND_LABEL = { month: 'reports.period.month', quarter: 'reports.period.quarter', year: 'reports.period.year' } as const;

export function ReportsPage({ period }: { period?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { info, can } = useAppInfo();
  const current = (period && parseReportPeriod(period)) || periodOf('quarter', info.today);
  const previous = previousPeriod(current);
  const now = useQuery(reportsQueries.indicators(current.label));
  const before = useQuery(reportsQueries.indicators(previous.label));
  const kind: PickerKind = current.kind === 'custom' ? 'quarter' : current.kind;
  const canDrill = can('residents.read');
  const go = (label: string) => navigate(reportsPaths.reports(label));
  const next = periodOf(kind, shiftDay(current.end, 1));
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
          onChange={(k) => go(periodOf(k as PickerKind, current.end > info.today ? info.today : current.end).label)}
          data={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        />
        <Group gap={4}>
          <Tooltip label={t('reports.period.previous')}>
            <ActionIcon variant="default" aria-label={t('reports.period.previous')} data-testid="period-previous" onClick={() => go(previous.label)}>
              <IconChevronLeft size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Text fw={600} w={110} ta="center" data-testid="period-label">
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
      <CallErrorAlert error={now.error ?? before.error} title={t('reports.loadFailed')} />
      {now.data && before.data && (
        <>
          <Title order={3}>{t('reports.sections.population')}</Title>
          {POPULATION.map((g) => (
            <FlowTable key={g.title} g={g} dto={now.data} prev={before.data} canDrill={canDrill} />
          ))}
          {valueSections(now.data).map((s) => (
            <Card key={s.id} withBorder padding="md" data-testid={`section-${s.id}`}>
              <Text fw={600} mb="xs">
                {t(s.title)}
              </Text>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.columns.indicator')}</Table.Th>
                    <Table.Th ta="right" w={140}>{t('reports.columns.current')}</Table.Th>
                    <Table.Th ta="right" w={200}>{t('reports.columns.previous', { period: previous.label })}</Table.Th>
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
                      <ValueLine r={r} dto={now.data} prev={before.data} canDrill={canDrill} />
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
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

function ValueLine({ r, dto, prev, canDrill }: { r: ValueRow; dto: IndicatorsDto; prev: IndicatorsDto; canDrill: boolean }) {
  const tk = useDynamicT();
  const label = `${tk(r.label, r.params)}${r.format === 'share' ? ', %' : ''}`;
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
        {formatValue(valueAt(prev, r.indicator, r.cell), r.format)}
      </Table.Td>
    </Table.Tr>
  );
}
