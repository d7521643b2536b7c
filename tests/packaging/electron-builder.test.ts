import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// electron-builder cannot package here (no Electron binary), but its own configuration loader and
// schema validator run offline: the same checks `npm run dist` starts with.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, file: string | null, extra: unknown): Promise<Record<string, any>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const load = () => getConfig(ROOT, null, null);

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const config = await load();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a broken copy, so the validation above is real', async () => {
    const config = await load();
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/runAsNode/);
  });

  it('packages only out/, in an asar, with better-sqlite3 unpacked', async () => {
    const c = await load();
    expect(c.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    expect(c.productName).toBe('Qayğı');
    // The loader normalises `files` to [{ filter: [...] }].
    const patterns = (c.files as Array<string | { filter: string[] }>).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    const included = patterns.filter((p) => !p.startsWith('!'));
    expect(included).toEqual(['out/**/*']);
    expect(c.asar).toBe(true);
    expect(c.asarUnpack).toContain('node_modules/better-sqlite3/**');
  });

  it('builds AppImage and deb for Linux and an NSIS installer for Windows', async () => {
    const c = await load();
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.win.target).toEqual(['nsis']);
  });

  it('installs per user by default with the choice of all users, in several languages, with the project’s icon', async () => {
    const c = await load();
    expect(c.nsis).toMatchObject({ oneClick: false, perMachine: false, multiLanguageInstaller: true });
    expect(c.nsis.installerLanguages).toEqual(expect.arrayContaining(['en_US', 'ru_RU']));
    expect(c.icon).toBe('build/icon.png');
    const png = readFileSync(resolve(ROOT, c.icon));
    // A PNG of at least 256×256 (electron-builder's floor for the Windows icon).
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(256);
  });

  it('flips the Electron fuses', async () => {
    const c = await load();
    expect(c.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
