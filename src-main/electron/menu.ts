import type { MenuItemConstructorOptions } from 'electron';
import { MENU_SCREENS } from '../core/app/screens';
import { LOCALES, type Locale } from '../core/i18n/locales';
import type { MessageKey } from '../core/i18n/keys';

// The application menu as data (a pure function of the language; main.ts builds it with Electron's
// Menu): File, Edit, View, Go (the main screens with their shortcuts), Language, Help (About).
// Only types come from 'electron', so tests run it without the Electron binary.

export const LANGUAGE_NAMES: Record<Locale, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

export interface MenuActions {
  go(path: string): void;
  language(locale: Locale): void;
  about(): void;
}

export function menuTemplate(locale: Locale, tr: (key: MessageKey) => string, actions: MenuActions): MenuItemConstructorOptions[] {
  return [
    { label: tr('app.menu.file'), submenu: [{ role: 'quit', label: tr('app.menu.quit') }] },
    {
      label: tr('app.menu.edit'),
      submenu: [
        { role: 'undo', label: tr('app.menu.undo') },
        { role: 'redo', label: tr('app.menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: tr('app.menu.cut') },
        { role: 'copy', label: tr('app.menu.copy') },
        { role: 'paste', label: tr('app.menu.paste') },
        { role: 'selectAll', label: tr('app.menu.selectAll') },
      ],
    },
    {
      label: tr('app.menu.view'),
      submenu: [
        { role: 'resetZoom', label: tr('app.menu.resetZoom') },
        { role: 'zoomIn', label: tr('app.menu.zoomIn') },
        { role: 'zoomOut', label: tr('app.menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: tr('app.menu.fullscreen') },
      ],
    },
    {
      label: tr('app.menu.go'),
      submenu: MENU_SCREENS.map((s) => ({ label: tr(s.label), accelerator: s.accelerator, click: () => actions.go(s.path) })),
    },
    {
      label: tr('app.menu.language'),
      submenu: LOCALES.map((l) => ({
        label: LANGUAGE_NAMES[l],
        type: 'radio' as const,
        checked: l === locale,
        click: () => actions.language(l),
      })),
    },
    { label: tr('app.menu.help'), submenu: [{ label: tr('app.menu.about'), click: () => actions.about() }] },
  ];
}
