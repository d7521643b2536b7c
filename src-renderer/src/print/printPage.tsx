import { useEffect, useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PRINT_READY_ATTRIBUTE } from '@core/print/schema';
import { api } from '../api';

// What every print page (`/print/…`, core/print/schema.ts) shares: the ready mark the headless
// print and the app's print window wait for, and the app's "Save as PDF" (a hidden window and
// printToPDF; the web harness has no such host, and the browser's print dialog does it instead).

/** True once the document's fonts have loaded (a PDF made earlier could miss a glyph). */
function useFontsReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}

/** The attribute to spread on the page's root: set once `loaded` and the fonts are. */
export function usePrintReady(loaded: boolean): Record<string, string> {
  const fonts = useFontsReady();
  return fonts && loaded ? { [PRINT_READY_ATTRIBUTE]: '' } : {};
}

/** Shown only in the app: saves this print route as a PDF where the user chooses. */
export function SavePdfButton({ path, fileName }: { path: string; fileName: string }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  if (!window.qaygi) return null;
  const save = async () => {
    setSaving(true);
    const r = await api().call('print.savePdf', { path, fileName });
    setSaving(false);
    if (r.ok) {
      if (r.value.savedTo) notifications.show({ color: 'teal', message: t('print.saved', { path: r.value.savedTo }) });
    } else if (r.error.message === 'print.errors.unavailable') window.print();
    else notifications.show({ color: 'red', message: t(r.error.message as 'errors.internal', r.error.params) });
  };
  return (
    <Button variant="default" leftSection={<IconFileTypePdf size={18} aria-hidden />} loading={saving} onClick={() => void save()} data-testid="save-pdf">
      {t('print.savePdf')}
    </Button>
  );
}
