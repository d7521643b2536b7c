import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconMoodSmile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ageOn, type ResidentListItem } from '@core/residents/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { href, navigate, paths } from '../app/router';
import { formatDate, fullName } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { StatusBadge } from '../residents/badges';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, TableEmptyState, type DataColumn } from '../ui/DataTable';
import { BackLink } from '../ui/RecordPage';
import { dashboardQueries } from './queries';
import { dashboardPaths } from './paths';

// The children a dashboard signal counts: the card's number, opened. A row opens the child.

export function SignalChildrenPage({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const { info } = useAppInfo();
  const dashboard = useQuery(dashboardQueries.get());
  const children = useQuery(dashboardQueries.children(kind));
  const signal = dashboard.data?.signals.find((s) => s.kind === kind);
  const rows = children.data ?? [];
  const columns: DataColumn<ResidentListItem>[] = [
    { id: 'name', header: t('residents.columns.name'), cell: (r) => fullName(r), ellipsis: (r) => fullName(r) },
    {
      id: 'born',
      header: t('residents.columns.dateOfBirth'),
      width: 190,
      cell: (r) => `${formatDate(r.dateOfBirth, locale)} (${t('residents.age', { count: ageOn(r.dateOfBirth, info.today) })})`,
    },
    { id: 'group', header: t('residents.columns.group'), width: 150, cell: (r) => r.groupName },
    { id: 'admitted', header: t('residents.columns.admissionDate'), width: 130, cell: (r) => formatDate(r.admissionDate, locale) },
    { id: 'status', header: t('residents.columns.status'), width: 210, cell: (r) => <StatusBadge status={r.status} /> },
  ];
  return (
    <Stack gap="md" maw={1200}>
      <BackLink href={href(dashboardPaths.dashboard())} label={t('dashboard.children.back')} />
      <Title order={2} data-testid="signal-title">
        {signal ? tk(signal.label, { count: signal.count }) : ''}
      </Title>
      <CallErrorAlert error={children.error} title={t('dashboard.children.loadFailed')} />
      {children.data && (
        <>
          <Text c="dimmed">{t('residents.count', { n: rows.length })}</Text>
          <DataTable
            columns={columns}
            count={rows.length}
            rowAt={(i) => rows[i]}
            label={signal ? tk(signal.label, { count: signal.count }) : t('dashboard.title')}
            testId="signal-children"
            onRowClick={(r) => navigate(paths.child(r.id))}
            rowData={(r) => ({ 'data-name': fullName(r) })}
            empty={<TableEmptyState icon={<IconMoodSmile aria-hidden />} title={t('dashboard.children.empty')} description="" />}
          />
        </>
      )}
    </Stack>
  );
}
