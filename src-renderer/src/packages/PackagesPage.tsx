import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPackageExport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClosedPeriodDto, KeysStatusDto, PackageDto } from '@core/packages/schema';
import type { PackagesHostInfo } from '@core/packages/host-schema';
import type { DeliverySettingsDto, QueueItemDto } from '@core/packages/delivery/schema';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { KeysPanel } from './KeysPanel';
import { ExportWizard } from './ExportWizard';
import { PackageHistory } from './PackageHistory';
import { DeliverySettingsPanel } from './DeliverySettingsPanel';
import { DeliveryQueuePanel } from './DeliveryQueuePanel';
import { ReceiptImportButton } from './ReceiptImportButton';
import { CorrectionsDue } from './CorrectionsDue';
import type { PeriodChoice } from './periodModel';

// Data packages for the ministry: the director's alone (packages.export). The keys, the wizard
// that makes a period's package, and the history of the chain; where packages go (the ministry's
// address, its receipt key), the upload queue, and receipts brought back by hand.

/** While a package waits for its upload, the screen looks again this often (the host sends it). */
const QUEUE_POLL_MS = 5_000;

interface Loaded {
  rows: PackageDto[];
  keys: KeysStatusDto;
  host: PackagesHostInfo;
  delivery: DeliverySettingsDto;
  queue: QueueItemDto[];
  closed: ClosedPeriodDto[];
}

export function PackagesPage() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  // The wizard, when open, and the period it starts from (a correction's, or its own default).
  const [wizard, setWizard] = useState<{ initial?: PeriodChoice } | null>(null);

  const load = useCallback(async () => {
    const [rows, keys, host, delivery, queue, closed] = await Promise.all([
      api().call('packages.list', {}),
      api().call('packages.keysStatus', {}),
      api().call('packages.hostInfo', {}),
      api().call('packages.deliverySettings', {}),
      api().call('packages.queue', {}),
      api().call('packages.closedPeriods', {}),
    ]);
    if (!rows.ok) return setError(rows.error);
    if (!keys.ok) return setError(keys.error);
    if (!host.ok) return setError(host.error);
    if (!delivery.ok) return setError(delivery.error);
    if (!queue.ok) return setError(queue.error);
    if (!closed.ok) return setError(closed.error);
    setError(null);
    setData({ rows: rows.value, keys: keys.value, host: host.value, delivery: delivery.value, queue: queue.value, closed: closed.value });
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // The host uploads in the background: while something waits, show its progress as it happens.
  const waiting = !!data?.delivery.url && data.queue.some((q) => q.state === 'pending');
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void load(), QUEUE_POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, load]);

  let body;
  if (error) {
    body = (
      <Alert color="red" role="alert">
        {tk(error.message, error.params)}
      </Alert>
    );
  } else if (!data) body = <Loader aria-label={t('common.loading')} />;
  else {
    body = (
      <>
        {/* First: what is due, so the director sees it before the settings below. */}
        {!wizard && <CorrectionsDue periods={data.closed} disabled={!data.host.available} onMake={(initial) => setWizard({ initial })} />}
        <KeysPanel keys={data.keys} host={data.host} onChange={() => void load()} />
        <DeliverySettingsPanel settings={data.delivery} onChange={() => void load()} />
        {wizard ? (
          <ExportWizard host={data.host} initial={wizard.initial} onClose={() => setWizard(null)} onFinished={() => void load()} />
        ) : (
          <Group align="flex-start">
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setWizard({})} disabled={!data.host.available}>
              {t('packages.wizard.open')}
            </Button>
            {data.rows.length > 0 && <ReceiptImportButton onImported={() => void load()} />}
          </Group>
        )}
        {(data.delivery.url || data.queue.length > 0) && (
          <DeliveryQueuePanel items={data.queue} configured={!!data.delivery.url} onChange={() => void load()} />
        )}
        {data.rows.length === 0 ? (
          <EmptyState
            icon={<IconPackageExport size={36} aria-hidden />}
            variant="light"
            color="teal"
            title={t('packages.empty.title')}
            description={t('packages.empty.description')}
            data-testid="packages-empty"
          />
        ) : (
          <PackageHistory rows={data.rows} saveDialog={data.host.saveDialog} />
        )}
      </>
    );
  }

  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={1} fz="h2">
          {t('packages.title')}
        </Title>
        <Text c="dimmed" fz="sm">
          {t('packages.intro')}
        </Text>
      </div>
      {body}
    </Stack>
  );
}
