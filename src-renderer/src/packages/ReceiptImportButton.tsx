import { useState } from 'react';
import { Alert, Button, FileButton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '@core/contract/errors';
import { api } from '../api';
import { useDynamicT } from '../i18n';
import { PACKAGE_STATUS_LABEL } from '@core/packages/i18n/labels';

// "Import a receipt": the ministry's signed answer brought back by hand (a USB stick). The core
// checks it against the ministry's receipt key; the package becomes acknowledged or rejected.

const MAX_RECEIPT = 64 * 1024;

export function ReceiptImportButton({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [error, setError] = useState<CallError | null>(null);

  const importFile = async (file: File | null) => {
    if (!file) return;
    setError(null);
    let text: string;
    try {
      text = (await file.text()).slice(0, MAX_RECEIPT);
    } catch {
      return setError({ code: 'invalid', message: 'packages.delivery.settings.readFailed' });
    }
    const r = await api().call('packages.importReceipt', { text });
    if (!r.ok) return setError(r.error);
    notifications.show({
      color: r.value.status === 'rejected' ? 'orange' : 'teal',
      message: t('packages.delivery.receipt.imported', { sequence: r.value.sequence, status: tk(PACKAGE_STATUS_LABEL[r.value.status]) }),
      closeButtonProps: { 'aria-label': t('common.close') },
    });
    onImported();
  };

  return (
    <Stack gap={6}>
      <FileButton onChange={(f) => void importFile(f)} accept=".json,application/json">
        {(props) => (
          <Button {...props} variant="light" leftSection={<IconReceipt size={16} aria-hidden />} title={t('packages.delivery.receipt.hint')} data-testid="import-receipt">
            {t('packages.delivery.receipt.import')}
          </Button>
        )}
      </FileButton>
      {error && (
        <Alert color="red" role="alert" data-testid="receipt-error">
          {tk(error.message, error.params)}
        </Alert>
      )}
    </Stack>
  );
}
