import { useState } from 'react';
import { Button, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPackageExport, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { KeysPanel } from './KeysPanel';
import { ExportWizard } from './ExportWizard';
import { PackageHistory } from './PackageHistory';
import { DeliverySettingsPanel } from './DeliverySettingsPanel';
import { DeliveryQueuePanel } from './DeliveryQueuePanel';
import { ReceiptImportButton } from './ReceiptImportButton';
import { CorrectionsDue } from './CorrectionsDue';
import type { PeriodChoice } from './periodModel';
import { QUEUE_POLL_MS, uploadWaiting } from './polling';
import { packageQueries } from './queries';

// Data packages for the ministry: the director's alone (packages.export). The keys, the wizard
// that makes a period's package, and the history of the chain; where packages go (the ministry's
// address, its receipt key), the upload queue, and receipts brought back by hand.

export function PackagesPage() {
  const { t } = useTranslation();
  // The wizard, when open, and the period it starts from (a correction's, or its own default).
  const [wizard, setWizard] = useState<{ initial?: PeriodChoice } | null>(null);
  const delivery = useQuery(packageQueries.deliverySettings());
  // The host uploads in the background: while something waits, show its progress as it happens.
  const queue = useQuery({ ...packageQueries.queue(), refetchInterval: (q) => (uploadWaiting(delivery.data, q.state.data) ? QUEUE_POLL_MS : false) });
  const poll = uploadWaiting(delivery.data, queue.data) ? QUEUE_POLL_MS : false;
  const rows = useQuery({ ...packageQueries.list(), refetchInterval: poll });
  const keys = useQuery(packageQueries.keysStatus());
  const host = useQuery(packageQueries.hostInfo());
  const closed = useQuery({ ...packageQueries.closedPeriods(), refetchInterval: poll });

  const failed = [rows, keys, host, delivery, queue, closed].find((q) => q.error)?.error;
  let body;
  if (failed) body = <CallErrorAlert error={failed} />;
  else if (!rows.data || !keys.data || !host.data || !delivery.data || !queue.data || !closed.data) body = <Loader aria-label={t('common.loading')} />;
  else {
    body = (
      <>
        {/* First: what is due, so the director sees it before the settings below. */}
        {!wizard && <CorrectionsDue periods={closed.data} disabled={!host.data.available} onMake={(initial) => setWizard({ initial })} />}
        <KeysPanel keys={keys.data} host={host.data} />
        <DeliverySettingsPanel settings={delivery.data} />
        {wizard ? (
          <ExportWizard host={host.data} initial={wizard.initial} onClose={() => setWizard(null)} />
        ) : (
          <Group align="flex-start">
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setWizard({})} disabled={!host.data.available}>
              {t('packages.wizard.open')}
            </Button>
            {rows.data.length > 0 && <ReceiptImportButton />}
          </Group>
        )}
        {(delivery.data.url || queue.data.length > 0) && <DeliveryQueuePanel items={queue.data} configured={!!delivery.data.url} />}
        {rows.data.length === 0 ? (
          <EmptyState
            icon={<IconPackageExport size={36} aria-hidden />}
            variant="light"
            color="teal"
            title={t('packages.empty.title')}
            description={t('packages.empty.description')}
            data-testid="packages-empty"
          />
        ) : (
          <PackageHistory rows={rows.data} saveDialog={host.data.saveDialog} />
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
