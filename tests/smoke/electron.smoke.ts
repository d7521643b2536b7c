// `npm run smoke:electron`: launches the real Electron app once with Playwright's Electron support
// and checks what no Node test can: the window opens on the set-up screen, the database is made
// in the user-data folder, the preload exposes `window.qaygi` and nothing of Node, the renderer
// cannot navigate away or open a window, and nothing is printed to the console as an error.
// It needs the Electron binary, so it does not run in `npm test` here; CI runs it on Windows and
// Linux after `npm run dist` (.github/workflows/ci.yml), and anyone can run it by hand:
//   npm run smoke:electron                      the development build (out/, after electron-vite build)
//   npm run smoke:electron -- dist/linux-unpacked/qaygi   a packaged app
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';

const packaged = process.argv[2];
const userData = mkdtempSync(join(tmpdir(), 'qaygi-smoke-'));
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

const app = await electron
  .launch({
    ...(packaged ? { executablePath: resolve(packaged), args: [] } : { args: [resolve('out/main/index.js')] }),
    // The app keeps its data where QAYGI_USER_DATA says (src-main/electron/main.ts): a clean folder.
    env: { ...process.env, QAYGI_USER_DATA: userData, ELECTRON_ENABLE_LOGGING: '0' },
    timeout: 60_000,
  })
  .catch((e: unknown) => {
    console.error(`smoke: Electron could not be started (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). It needs the Electron binary: run \`npm start\` once on a connected machine, or give a packaged app's path.`);
    rmSync(userData, { recursive: true, force: true });
    process.exit(1);
  });
try {
  const errors: string[] = [];
  const win = await app.firstWindow();
  win.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  win.on('pageerror', (e) => errors.push(e.message));

  await win.getByText(az.institution.wizard.title).waitFor({ timeout: 30_000 });
  check(true, 'the window opens on the set-up screen');
  check(win.url().startsWith('app://qaygi/'), `the page comes from app://qaygi/ (${win.url()})`);
  check(existsSync(join(userData, 'qaygi.db')), 'the database is created in the user-data folder');

  const bridge = await win.evaluate('JSON.stringify({ keys: Object.keys(window.qaygi ?? {}).sort(), node: typeof require + typeof process + typeof module })');
  const { keys, node } = JSON.parse(bridge as string) as { keys: string[]; node: string };
  check(JSON.stringify(keys) === JSON.stringify(['call', 'onMenuCommand', 'showLanguage']), `the preload exposes window.qaygi only (${keys.join(', ')})`);
  check(node === 'undefinedundefinedundefined', 'no require, process or module in the page');

  const before = win.url();
  await win.evaluate("location.href = 'https://example.org/'");
  await win.waitForTimeout(1000);
  check(win.url() === before, 'the page cannot navigate away');
  const opened = await win.evaluate("String(window.open('https://example.org/'))");
  await win.waitForTimeout(500);
  check(opened === 'null' && app.windows().length === 1, 'the page cannot open a window');

  check(errors.length === 0, `no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`);
} catch (e) {
  check(false, `the app started and rendered (${e instanceof Error ? e.message : String(e)})`);
} finally {
  await app.close().catch(() => {});
  rmSync(userData, { recursive: true, force: true });
}
console.log(failures.length === 0 ? 'smoke: passed' : `smoke: ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
