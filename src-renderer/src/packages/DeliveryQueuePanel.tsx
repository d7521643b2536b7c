import { Alert, Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeliveryOutcome, QueueItemDto, QueueState } from '@core/packages/delivery/schema';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, type DataColumn } from '../ui/DataTable';
import { useDeliver } from './mutations';
import { PackageStatusBadge } from './PackageStatusBadge';
import { DELIVERY_ERROR_KIND_LABEL, DELIVERY_RESULT_MESSAGE, QUEUE_STATE_LABEL } from '@core/packages/i18n/labels';

// The upload queue: each package waiting for (or done with) its upload, its attempts, when it is
// tried next and why the last attempt failed, in words; "send now" for one or for all that wait.

const STATE_COLOR: Record<QueueState, string> = { pending: 'blue', sent: 'teal', failed: 'red' };

export function DeliveryQueuePanel({ items, configured }: { items: QueueItemDto[]; configured: boolean }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const delivering = useDeliver();
  // Which button spins: one package's, or "send all".
  const busy = delivering.isPending ? (delivering.variables.sequence ?? 'all') : null;
  const results = delivering.data?.outcomes ?? null;

  const send = (sequence?: number) => delivering.mutate(sequence === undefined ? {} : { sequence });
  const outcomeText = (o: DeliveryOutcome) =>
    t(DELIVERY_RESULT_MESSAGE[o.result], { sequence: o.sequence, error: o.error ? tk(DELIVERY_ERROR_KIND_LABEL[o.error.kind]) : '' });
  const waiting = items.some((i) => i.state === 'pending');
  const never = t('packages.delivery.queue.never');

  const columns: DataColumn<QueueItemDto>[] = [
    { id: 'sequence', header: t('packages.delivery.queue.columns.sequence'), width: 70, cell: (q) => <Text span fz="sm" fw={600}>{q.sequence}</Text> },
    { id: 'period', header: t('packages.delivery.queue.columns.period'), width: 90, cell: (q) => q.period },
    {
      id: 'state',
      header: t('packages.delivery.queue.columns.state'),
      width: 170,
      cell: (q) => (
        <Badge variant="light" color={STATE_COLOR[q.state]} tt="none" style={{ minWidth: 'max-content' }}>
          {tk(QUEUE_STATE_LABEL[q.state])}
        </Badge>
      ),
    },
    { id: 'attempts', header: t('packages.delivery.queue.columns.attempts'), width: 80, cell: (q) => q.attempts },
    { id: 'next', header: t('packages.delivery.queue.columns.nextAttempt'), width: 160, cell: (q) => (q.nextAttemptAt ? formatDateTime(q.nextAttemptAt, locale) : never) },
    {
      id: 'lastError',
      header: t('packages.delivery.queue.columns.lastError'),
      wrap: true,
      cell: (q) =>
        q.lastError ? (
          <>
            <Text fz="sm">{tk(DELIVERY_ERROR_KIND_LABEL[q.lastError.kind])}</Text>
            <Text fz="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {q.lastError.detail}
            </Text>
          </>
        ) : (
          never
        ),
    },
    { id: 'status', header: t('packages.delivery.queue.columns.status'), width: 130, cell: (q) => <PackageStatusBadge status={q.packageStatus} /> },
    {
      id: 'actions',
      header: <VisuallyHidden>{t('packages.columns.actions')}</VisuallyHidden>,
      width: 160,
      cell: (q) =>
        configured &&
        q.state !== 'sent' && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconSend size={14} aria-hidden />}
            loading={busy === q.sequence}
            disabled={busy !== null && busy !== q.sequence}
            onClick={() => send(q.sequence)}
          >
            {t('packages.delivery.queue.sendNow')}
          </Button>
        ),
    },
  ];

  return (
    <Paper withBorder radius="md" p="md" data-testid="delivery-queue">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            {t('packages.delivery.queue.title')}
          </Title>
          {configured && waiting && (
            <Button size="xs" variant="light" leftSection={<IconSend size={14} aria-hidden />} loading={busy === 'all'} onClick={() => send()}>
              {t('packages.delivery.queue.sendAll')}
            </Button>
          )}
        </Group>
        <CallErrorAlert error={delivering.error} />
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
          <DataTable
            columns={columns}
            count={items.length}
            rowAt={(i) => items[i]}
            label={t('packages.delivery.queue.title')}
            testId="delivery-queue-table"
            minWidth={1000}
            rowData={(q) => ({ 'data-testid': `queue-${q.sequence}` })}
          />
        )}
      </Stack>
    </Paper>
  );
}
