import { Badge, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconMoodSmile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorsDto, ReportChildRow } from '@core/reports/schema';
import { FLOW_COLUMNS, FLOW_LABEL, POPULATION, valueSections } from '@core/reports/layout';
import { href, navigate, paths } from '../app/router';
import { formatDate, fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, TableEmptyState, type DataColumn } from '../ui/DataTable';
import { BackLink } from '../ui/RecordPage';
import { carePaths } from '../care/paths';
import { reportsQueries } from './queries';
import { useRowLabel } from './ReportsPage';
import { reportsPaths } from './paths';

// The children behind one figure of the indicators. A child of the register opens its record; a
// referred child never admitted opens the referral.

export function ReportChildrenPage({ period, indicator, cell }: { period: string; indicator: string; cell: string }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const ind: Indicator = indicator;
  const q = useQuery(reportsQueries.children(period, ind, cell));
  const dto = useQuery(reportsQueries.indicators(period));
  const rows = q.data ?? [];
  const rowLabel = useRowLabel();
  const title = dto.data ? figureTitle(ind, cell, dto.data, tk, rowLabel) : '';
  const columns: DataColumn<ReportChildRow>[] = [
    { id: 'name', header: t('reports.children.name'), cell: (r) => fullName(r), ellipsis: (r) => fullName(r) },
    { id: 'born', header: t('reports.children.dateOfBirth'), width: 150, cell: (r) => formatDate(r.dateOfBirth, locale) },
    { id: 'date', header: t('reports.children.date'), width: 150, cell: (r) => formatDate(r.date, locale) },
    {
      id: 'kind', header: '', width: 260,
      cell: (r) => (r.residentId ? '' : <Badge variant="light" color="gray">{t('reports.children.notInRegister')}</Badge>),
    },
  ];
  return (
    <Stack gap="md" maw={1200}>
      <BackLink href={href(reportsPaths.reports(period))} label={t('reports.children.back')} />
      <div>
        <Title order={2} data-testid="report-children-title">{title || t('reports.children.title')}</Title>
        <Text c="dimmed">{period}</Text>
      </div>
      <CallErrorAlert error={q.error} title={t('reports.children.loadFailed')} />
      {q.data && (
        <>
          <Text c="dimmed" data-testid="report-children-count">{t('reports.children.count', { count: rows.length })}</Text>
          <DataTable
            columns={columns}
            count={rows.length}
            rowAt={(i) => rows[i]}
            label={title || t('reports.children.title')}
            testId="report-children"
            onRowClick={(r) => navigate(r.residentId ? paths.child(r.residentId) : carePaths.referral(r.referralId!))}
            rowData={(r) => ({ 'data-name': fullName(r) })}
            empty={<TableEmptyState icon={<IconMoodSmile aria-hidden />} title={t('reports.children.empty')} description="" />}
          />
        </>
      )}
    </Stack>
  );
}

/** "Residents · Girls · At end": the figure's row and column, in words. */
function figureTitle(
  indicator: Indicator, cell: string, dto: IndicatorsDto, tk: (k: string, p?: Record<string, string | number>) => string, rowLabel: ReturnType<typeof useRowLabel>,
): string {
  if (indicator === 'population') {
    for (const g of POPULATION) {
      for (const r of g.rows) {
        for (const c of FLOW_COLUMNS) {
          if ([g.scope, r.prefix, c].filter(Boolean).join('.') === cell) {
            return [tk('reports.sections.population'), tk(g.title), ...(r.prefix ? [tk(r.label, r.params)] : []), tk(FLOW_LABEL[c])].join(' · ');
          }
        }
      }
    }
    return '';
  }
  for (const s of valueSections(dto)) {
    const r = s.rows.find((x) => x.indicator === indicator && x.cell === cell);
    if (r) return `${tk(s.title)} · ${rowLabel(r)}`;
  }
  return '';
}
