import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '@core/i18n';
import { setLocale, useLocale } from '../i18n';

// The language switch in the header. Language names are written in their own language, so
// anyone can find theirs whatever the current one is.
const NATIVE_NAMES = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' } as const;

export function LanguageMenu() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          title={NATIVE_NAMES[locale]}
          data-testid="language-menu"
          style={{ flexShrink: 0 }}
        >
          {/* Read as "Language: AZ"; seen as "AZ". */}
          <VisuallyHidden>{t('app.language')}: </VisuallyHidden>
          {locale.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('app.language')}</Menu.Label>
        {LOCALES.map((l) => (
          <Menu.Item
            key={l}
            lang={l}
            onClick={() => void setLocale(l)}
            rightSection={l === locale ? <IconCheck size={16} aria-label={t('app.selected')} /> : null}
            data-locale={l}
          >
            {NATIVE_NAMES[l]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
