import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from '../core/db/connection';
import { contract, isCallName } from '../core/contract/calls';
import { PUBLIC } from '../core/contract/permissions';
import { PDF_PAGE, PRINT_READY_SELECTOR, PRINT_READY_TIMEOUT_MS, isPrintPath } from '../core/print/schema';
import { startWebHarness } from '../web/server';

// A print route as an A4 PDF, outside the app: the web harness on the database with a session that
// may read it, headless Chromium (playwright-core) opening the route in one address (the token
// and the route together: `#token=…&to=/print/…`), a wait for the page's ready mark, then
// Chromium's PDF. The command line (`qaygi education print`) and tests use it; any printed
// document (a register, a report, a personal file) is one more print route, nothing here changes.
// Node only (not the isomorphic core); playwright-core is loaded when a PDF is made.

export interface PrintPdfOptions {
  conn: Connection;
  /** The print route, e.g. `/print/education-plan/<id>/az`. */
  path: string;
  /** The PDF file to write (its folder is made; written beside and renamed into place). */
  out: string;
  /**
   * Who the page reads as: an existing, active account (its permissions only), or, when absent,
   * the CLI's trusted local actor (`local-cli`).
   */
  username?: string;
  /** Chromium's binary: QAYGI_CHROMIUM, else /usr/bin/chromium. */
  chromium?: string;
  /** The built renderer (index.html): QAYGI_RENDERER, else out/renderer of this checkout. */
  rendererDir?: string;
  now?: () => Date;
  timeoutMs?: number;
}

export class PrintError extends Error {}

/** The built renderer, next to this module whether it runs from source or from the CLI bundle. */
export function findRendererDir(explicit?: string): string {
  const candidates = [
    explicit,
    process.env.QAYGI_RENDERER,
    fileURLToPath(new URL('../renderer', import.meta.url)), // out/cli/qaygi.mjs → out/renderer
    fileURLToPath(new URL('../../out/renderer', import.meta.url)), // src-main/print → out/renderer
  ].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(join(c, 'index.html')));
  if (!found) throw new PrintError(`no built renderer (index.html) in ${candidates.join(', ')}: run "npx electron-vite build" first`);
  return resolve(found);
}

/** The calls of the signed-in user's own session (`app.read`) that only read. */
const SESSION_READS = new Set(['institution.get', 'settings.get', 'dashboard.get']);
/** The public calls a page makes at start. */
const PUBLIC_READS = new Set(['app.info', 'auth.session', 'setup.status']);

/** What a print page may call: reads only (`<domain>.read` permissions and the few above). */
export function printCallAllowed(name: string): boolean {
  if (!isCallName(name)) return false;
  const permission = contract[name].permission;
  if (permission === PUBLIC) return PUBLIC_READS.has(name);
  if (permission === 'app.read') return SESSION_READS.has(name);
  return permission.endsWith('.read');
}

export async function printToPdf(o: PrintPdfOptions): Promise<{ bytes: number }> {
  if (!isPrintPath(o.path)) throw new PrintError(`not a print route: ${o.path}`);
  const rendererDir = findRendererDir(o.rendererDir);
  const executablePath = o.chromium ?? process.env.QAYGI_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new PrintError(`no Chromium at ${executablePath} (set QAYGI_CHROMIUM)`);
  const timeout = o.timeoutMs ?? PRINT_READY_TIMEOUT_MS;
  const harness = await startWebHarness({
    conn: o.conn,
    rendererDir,
    now: o.now,
    signedInAs: o.username,
    actAsSystem: o.username === undefined,
    allowCall: printCallAllowed,
    delivery: false,
    backup: { schedule: false },
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await (await browser.newContext({ locale: 'az-AZ', timezoneId: 'Asia/Baku' })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(harness.urlFor(o.path));
    try {
      await page.locator(PRINT_READY_SELECTOR).first().waitFor({ state: 'attached', timeout });
    } catch {
      const alert = await page.getByRole('alert').first().textContent({ timeout: 500 }).catch(() => null);
      throw new PrintError(`the print page did not get ready${alert ? `: ${alert.trim()}` : ''}${errors.length ? ` (${errors.join('; ')})` : ''}`);
    }
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf(PDF_PAGE);
    await mkdir(dirname(resolve(o.out)), { recursive: true });
    const partial = `${o.out}.partial`;
    await writeFile(partial, pdf, { mode: 0o600 });
    await rename(partial, o.out);
    return { bytes: pdf.length };
  } finally {
    await browser.close().catch(() => {});
    await harness.close();
  }
}
