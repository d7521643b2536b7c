import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src-main/electron/menu';
import { MENU_SCREENS } from '../../src-main/core/app/screens';
import { aboutText } from '../../src-main/core/app/about';
import { LOCALES } from '../../src-main/core/i18n/locales';
import { resources, translate } from '../../src-main/core/i18n/index';

// The application menu: translated in every language, the main screens under Go with their own
// shortcuts, the same screens as the navigation, and About.

function items(t: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return t.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

describe('the application menu', () => {
  it('is translated in az, en and ru: no label is a key, and Go and Help differ by language', () => {
    const labels = LOCALES.map((l) => {
      const all = items(menuTemplate(l, (k) => translate(l, k), { go() {}, language() {}, about() {} }));
      for (const i of all) if (i.type !== 'separator') expect(i.label, JSON.stringify(i)).toMatch(/^[^.]+$/);
      return all.map((i) => i.label).join('|');
    });
    expect(new Set(labels).size).toBe(3);
    expect(labels[0]).toContain(resources.az.dashboard.nav);
  });

  it('opens each main screen (the navigation’s, core/app/screens.ts) by its own shortcut', () => {
    const went: string[] = [];
    const t = menuTemplate('az', (k) => translate('az', k), { go: (p) => went.push(p), language() {}, about() {} });
    const go = t.find((m) => m.label === resources.az.app.menu.go)!.submenu as MenuItemConstructorOptions[];
    const accelerators = go.map((i) => i.accelerator);
    expect(new Set(accelerators).size).toBe(go.length);
    for (const i of go) (i.click as () => void)();
    expect(went).toEqual(MENU_SCREENS.map((s) => s.path));
  });

  it('has About under Help, and About names the version, the folders and the key', () => {
    let asked = 0;
    const t = menuTemplate('en', (k) => translate('en', k), { go() {}, language() {}, about: () => asked++ });
    const help = t.at(-1)!;
    expect(help.label).toBe('Help');
    ((help.submenu as MenuItemConstructorOptions[])[0]!.click as () => void)();
    expect(asked).toBe(1);
    const a = aboutText((k, p) => translate('en', k, p), { version: '0.1.0', dataFolder: '/d', logFolder: '/d/logs', keyFingerprint: 'ab12 cd34' });
    expect(a).toEqual({ title: 'About Qayğı', message: 'Qayğı, version 0.1.0', detail: 'Data folder: /d\nLog folder: /d/logs\nSigning key fingerprint: ab12 cd34' });
    expect(aboutText((k, p) => translate('az', k, p), { version: '1', dataFolder: '/d', logFolder: '/l', keyFingerprint: null }).detail).toContain('İmza açarı hələ yaradılmayıb');
  });
});
