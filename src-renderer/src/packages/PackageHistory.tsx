import { Button, Stack, Text, Tooltip } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PackageDto } from '@core/packages/schema';
import { formatDateTime } from '../format';
import { useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, type DataColumn } from '../ui/DataTable';
import { useSavePackage } from './mutations';
import { PackageStatusBadge } from './PackageStatusBadge';

// The chain of packages, newest first: each names the statement it follows (by the previous
// package's number, matched on the statement hash), its state, and offers its file to save.

export function PackageHistory({ rows, saveDialog }: { rows: PackageDto[]; saveDialog: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const saving = useSavePackage(saveDialog);
  const saved = saving.data || null;
  const bySha = new Map(rows.map((p) => [p.statementSha256, p.sequence]));

  const follows = (p: PackageDto) => {
    if (p.previousSha256 === null) return t('packages.chainStart');
    const prev = bySha.get(p.previousSha256);
    return prev !== undefined ? t('packages.followsSequence', { sequence: prev }) : `${p.previousSha256.slice(0, 12)}…`;
  };

  const columns: DataColumn<PackageDto>[] = [
    { id: 'sequence', header: t('packages.columns.sequence'), width: 64, cell: (p) => <Text span fz="sm" fw={600}>{p.sequence}</Text> },
    { id: 'period', header: t('packages.columns.period'), width: 96, cell: (p) => p.period },
    {
      id: 'file',
      header: t('packages.columns.file'),
      wrap: true,
      cell: (p) => (
        <Text component="div" fz="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {p.fileName}
          {p.acceptedProblems && (
            <Text fz="xs" c="orange.8" ff="text" lineClamp={2} style={{ wordBreak: 'normal' }} title={p.acceptedProblems.reason}>
              {t('packages.acceptedProblems', { reason: p.acceptedProblems.reason })}
            </Text>
          )}
        </Text>
      ),
    },
    {
      id: 'sha256',
      header: t('packages.columns.sha256'),
      width: 100,
      cell: (p) => (
        <Tooltip label={p.sha256} withArrow>
          <Text span fz="sm" ff="monospace">
            {p.sha256.slice(0, 12)}…
          </Text>
        </Tooltip>
      ),
    },
    {
      id: 'previous',
      header: t('packages.columns.previous'),
      width: 120,
      wrap: true,
      cell: (p) => (
        <>
          <Text fz="sm">{follows(p)}</Text>
          {p.supersedes !== null && (
            <Text fz="xs" c="orange.8" data-testid={`package-${p.sequence}-replaces`}>
              {t('packages.replacesSequence', { sequence: p.supersedes })}
            </Text>
          )}
        </>
      ),
    },
    { id: 'children', header: t('packages.columns.children'), width: 72, cell: (p) => p.counts.residents ?? 0 },
    { id: 'prepared', header: t('packages.columns.prepared'), width: 136, cell: (p) => formatDateTime(p.preparedAt, locale) },
    {
      id: 'status',
      header: t('packages.columns.status'),
      width: 128,
      wrap: true,
      cell: (p) => (
        <div data-testid={`package-${p.sequence}-status`}>
          <PackageStatusBadge status={p.status} />
          {p.status === 'rejected' && p.statusReason && (
            <Text fz="xs" c="red.8" mt={4} style={{ wordBreak: 'break-word' }}>
              {t('packages.delivery.receipt.reason', { reason: p.statusReason })}
            </Text>
          )}
          {p.status !== 'created' && (
            <Text fz="xs" c="dimmed" mt={2}>
              {formatDateTime(p.statusAt, locale)}
            </Text>
          )}
        </div>
      ),
    },
    {
      id: 'actions',
      header: t('packages.columns.actions'),
      width: 108,
      cell: (p) => (
        <Button size="xs" variant="light" leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => saving.mutate(p.id)}>
          {t('packages.save')}
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="xs">
      <CallErrorAlert error={saving.error} />
      {saved && <Text fz="sm">{t('packages.saved', { path: saved })}</Text>}
      <DataTable
        columns={columns}
        count={rows.length}
        rowAt={(i) => rows[i]}
        label={t('packages.title')}
        testId="packages-table"
        minWidth={1020}
        rowHeight={56}
        rowData={(p) => ({ 'data-testid': `package-${p.sequence}` })}
      />
    </Stack>
  );
}
