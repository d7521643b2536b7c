import { Button, Group, SegmentedControl } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@core/i18n';
import { SavePdfButton } from '../print/printPage';

// The toolbar above a printed sheet (hidden on paper): back, the sheet's language, extra
// controls, in the app "Save as PDF" of this print route (`pdf`), and print.

const LANGUAGE_NAME: Record<Locale, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

export function PrintToolbar({ className, locale, onBack, onLocale, pdf, children }: {
  className: string; locale: Locale; onBack(): void; onLocale(l: Locale): void; pdf?: { path: string; fileName: string }; children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group className={className} justify="space-between" data-print-hide>
      <Button variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={onBack}>
        {t('exports.ui.back')}
      </Button>
      <Group gap="sm" align="flex-end">
        {children}
        <SegmentedControl aria-label={t('exports.ui.language')} value={locale} onChange={(l) => onLocale(l as Locale)} data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAME[l] }))} />
        {pdf && <SavePdfButton path={pdf.path} fileName={pdf.fileName} />}
        <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()} data-testid="print-now">
          {t('exports.ui.printNow')}
        </Button>
      </Group>
    </Group>
  );
}
