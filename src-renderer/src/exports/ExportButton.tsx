import { Button, type ButtonProps } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFileDto } from '@core/exports/schema';
import { downloadFile } from '../packages/download';
import { toCallError } from '../data/callError';
import { useDynamicT } from '../i18n';

// A button that has the core write a file (an XLSX export, audited there) and saves it: the
// browser's download in the web harness, the window's download in the app (as documents do).

export function ExportButton({ run, children, testId, ...rest }: { run: () => Promise<ExportFileDto>; children: ReactNode; testId: string } & ButtonProps) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const m = useMutation({
    mutationFn: run,
    onSuccess: (file) => downloadFile(file),
    // Why it was refused (a bad period, no permission), in the reader's language.
    onError: (error) => {
      const e = toCallError(error);
      notifications.show({ color: 'red', title: t('exports.ui.failed'), message: e ? tk(e.message, e.params) : '' });
    },
  });
  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} loading={m.isPending} onClick={() => m.mutate()} data-testid={testId} {...rest}>
      {children}
    </Button>
  );
}
