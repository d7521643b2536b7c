import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import type { DeliveryOutcome, QueueItemDto, QueueState } from '@core/packages/delivery/schema';
import { api } from '../api';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { PackageStatusBadge } from './PackageStatusBadge';
import { DELIVERY_ERROR_KIND_LABEL, DELIVERY_RESULT_MESSAGE, QUEUE_STATE_LABEL } from '@core/packages/i18n/labels';

// The upload queue: each package waiting for (or done with) its upload, its attempts, when it is
// tried next and why the last attempt failed, in words; "send now" for one or for all that wait.

const STATE_COLOR: Record<QueueState, string> = { pending: 'blue', sent: 'teal', failed: 'red' };

export function DeliveryQueuePanel({ items, configured, onChange }: { items: QueueItemDto[]; configured: boolean; onChange(): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const [busy, setBusy] = useState<number | 'all' | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [results, setResults] = useState<DeliveryOutcome[] | null>(null);

  const send = async (sequence?: number) => {
    setBusy(sequence ?? 'all');
    setError(null);
    setResults(null);
    const r = await api().call('packages.deliver', sequence === undefined ? {} : { sequence });
    setBusy(null);
    if (!r.ok) setError(r.error);
    else setResults(r.value.outcomes);
    onChange();
  };

  const outcomeText = (o: DeliveryOutcome) =>
    t(DELIVERY_RESULT_MESSAGE[o.result], { sequence: o.sequence, error: o.error ? tk(DELIVERY_ERROR_KIND_LABEL[o.error.kind]) : '' });
  const waiting = items.some((i) => i.state === 'pending');

  return (
    <Paper withBorder radius="md" p="md" data-testid="delivery-queue">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            {t('packages.delivery.queue.title')}
          </Title>
          {configured && waiting && (
            <Button size="xs" variant="light" leftSection={<IconSend size={14} aria-hidden />} loading={busy === 'all'} onClick={() => void send()}>
              {t('packages.delivery.queue.sendAll')}
            </Button>
          )}
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {tk(error.message, error.params)}
          </Alert>
        )}
        {results && (
          <Alert color={results.every((o) => o.result === 'acknowledged') ? 'teal' : 'orange'} role="status" data-testid="delivery-results">
            {results.length === 0 ? t('packages.delivery.queue.nothingDue') : results.map((o) => <Text key={o.sequence} fz="sm">{outcomeText(o)}</Text>)}
          </Alert>
        )}
        {items.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('packages.delivery.queue.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="xs" data-testid="delivery-queue-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('packages.delivery.queue.columns.sequence')}</Table.Th>
                  <Table.Th>{t('packages.delivery.queue.columns.period')}</Table.Th>
                  <Table.Th>{t('packages.delivery.queue.columns.state')}</Table.Th>
                  <Table.Th>{t('packages.delivery.queue.columns.attempts')}</Table.Th>
                  <Table.Th>{t('packages.delivery.queue.columns.nextAttempt')}</Table.Th>
                  <Table.Th>{t('packages.delivery.queue.columns.lastError')}</Table.Th>
                  <Table.Th>{t('packages.delivery.queue.columns.status')}</Table.Th>
                  <Table.Th aria-label={t('packages.columns.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((q) => (
                  <Table.Tr key={q.sequence} data-testid={`queue-${q.sequence}`}>
                    <Table.Td fw={600}>{q.sequence}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{q.period}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge variant="light" color={STATE_COLOR[q.state]} tt="none" style={{ minWidth: 'max-content' }}>
                        {tk(QUEUE_STATE_LABEL[q.state])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{q.attempts}</Table.Td>
                    <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>{q.nextAttemptAt ? formatDateTime(q.nextAttemptAt, locale) : t('packages.delivery.queue.never')}</Table.Td>
                    <Table.Td fz="sm">
                      {q.lastError ? (
                        <>
                          <Text fz="sm">{tk(DELIVERY_ERROR_KIND_LABEL[q.lastError.kind])}</Text>
                          <Text fz="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                            {q.lastError.detail}
                          </Text>
                        </>
                      ) : (
                        t('packages.delivery.queue.never')
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <PackageStatusBadge status={q.packageStatus} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {configured && q.state !== 'sent' && (
                        <Button size="xs" variant="light" leftSection={<IconSend size={14} aria-hidden />} loading={busy === q.sequence} disabled={busy !== null && busy !== q.sequence} onClick={() => void send(q.sequence)}>
                          {t('packages.delivery.queue.sendNow')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
