import { Button, FileButton, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { useImportReceipt } from './mutations';
import { PACKAGE_STATUS_LABEL } from '@core/packages/i18n/labels';

// "Import a receipt": the ministry's signed answer brought back by hand (a USB stick). The core
// checks it against the ministry's receipt key; the package becomes acknowledged or rejected.

export function ReceiptImportButton() {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const importing = useImportReceipt();

  const importFile = (file: File | null) =>
    file &&
    importing.mutate(file, {
      onSuccess: (r) =>
        notifications.show({
          color: r.status === 'rejected' ? 'orange' : 'teal',
          message: t('packages.delivery.receipt.imported', { sequence: r.sequence, status: tk(PACKAGE_STATUS_LABEL[r.status]) }),
          closeButtonProps: { 'aria-label': t('common.close') },
        }),
    });

  return (
    <Stack gap={6}>
      <FileButton onChange={importFile} accept=".json,application/json">
        {(props) => (
          <Button {...props} variant="light" leftSection={<IconReceipt size={16} aria-hidden />} title={t('packages.delivery.receipt.hint')} data-testid="import-receipt">
            {t('packages.delivery.receipt.import')}
          </Button>
        )}
      </FileButton>
      <CallErrorAlert error={importing.error} testId="receipt-error" />
    </Stack>
  );
}
