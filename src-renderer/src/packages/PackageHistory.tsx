import { useState } from 'react';
import { Alert, Button, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import type { PackageDto } from '@core/packages/schema';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { savePackage } from './download';
import { PackageStatusBadge } from './PackageStatusBadge';

// The chain of packages, newest first: each names the statement it follows (by the previous
// package's number, matched on the statement hash), its state, and offers its file to save.

export function PackageHistory({ rows, saveDialog }: { rows: PackageDto[]; saveDialog: boolean }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const [error, setError] = useState<CallError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const bySha = new Map(rows.map((p) => [p.statementSha256, p.sequence]));

  const save = async (id: string) => {
    setError(null);
    setSaved(null);
    const r = await savePackage(id, saveDialog);
    if ('error' in r) setError(r.error);
    else if (r.path) setSaved(r.path);
  };

  return (
    <Paper withBorder radius="md">
      {error && (
        <Alert color="red" role="alert" m="sm">
          {tk(error.message, error.params)}
        </Alert>
      )}
      {saved && (
        <Text fz="sm" m="sm">
          {t('packages.saved', { path: saved })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={980}>
        <Table verticalSpacing="sm" data-testid="packages-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('packages.columns.sequence')}</Table.Th>
              <Table.Th>{t('packages.columns.period')}</Table.Th>
              <Table.Th>{t('packages.columns.file')}</Table.Th>
              <Table.Th>{t('packages.columns.sha256')}</Table.Th>
              <Table.Th>{t('packages.columns.previous')}</Table.Th>
              <Table.Th>{t('packages.columns.children')}</Table.Th>
              <Table.Th>{t('packages.columns.prepared')}</Table.Th>
              <Table.Th>{t('packages.columns.status')}</Table.Th>
              <Table.Th>{t('packages.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => {
              const prev = p.previousSha256 ? bySha.get(p.previousSha256) : undefined;
              return (
                <Table.Tr key={p.id} data-testid={`package-${p.sequence}`}>
                  <Table.Td fw={600}>{p.sequence}</Table.Td>
                  <Table.Td>{p.period}</Table.Td>
                  <Table.Td ff="monospace" fz="sm" style={{ wordBreak: 'break-all' }}>
                    {p.fileName}
                    {p.acceptedProblems && (
                      <Text fz="xs" c="orange.8" ff="text" lineClamp={2} style={{ wordBreak: 'normal' }}>
                        {t('packages.acceptedProblems', { reason: p.acceptedProblems.reason })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    <Tooltip label={p.sha256} withArrow>
                      <span>{p.sha256.slice(0, 12)}…</span>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td fz="sm">
                    {p.previousSha256 === null
                      ? t('packages.chainStart')
                      : prev !== undefined
                        ? t('packages.followsSequence', { sequence: prev })
                        : `${p.previousSha256.slice(0, 12)}…`}
                    {p.supersedes !== null && (
                      <Text fz="xs" c="orange.8" data-testid={`package-${p.sequence}-replaces`}>
                        {t('packages.replacesSequence', { sequence: p.supersedes })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{p.counts.residents ?? 0}</Table.Td>
                  <Table.Td fz="sm">{formatDateTime(p.preparedAt, locale)}</Table.Td>
                  <Table.Td data-testid={`package-${p.sequence}-status`}>
                    <PackageStatusBadge status={p.status} />
                    {p.status === 'rejected' && p.statusReason && (
                      <Text fz="xs" c="red.8" mt={4} maw={280} style={{ wordBreak: 'break-word' }}>
                        {t('packages.delivery.receipt.reason', { reason: p.statusReason })}
                      </Text>
                    )}
                    {p.status !== 'created' && (
                      <Text fz="xs" c="dimmed" mt={2}>
                        {formatDateTime(p.statusAt, locale)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Button size="xs" variant="light" leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => void save(p.id)}>
                      {t('packages.save')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
