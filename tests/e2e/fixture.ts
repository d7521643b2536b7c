import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openDatabase, type Connection } from '../../src-main/core/db/connection';
import { dispatch } from '../../src-main/core/contract/dispatch';
import type { CallInput } from '../../src-main/core/contract/calls';
import type { Ctx } from '../../src-main/core/context';
import { startWebHarness, type WebHarness } from '../../src-main/web/server';
import { actor } from '../helpers/db';
import { TEST_PASSWORD } from '../helpers/users';

// The shared end-to-end fixture: the built renderer, a real SQLite file, the web harness in this
// process on 127.0.0.1, and Debian's Chromium driven by playwright-core. One browser per test file;
// each test gets a fresh browser context (its own storage), so tests do not leak language choices.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER = join(ROOT, 'out/renderer');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.QAYGI_CHROMIUM ?? '/usr/bin/chromium';

/** The fixed "now" of the e2e core: ages and "today" in screenshots do not drift. */
export const E2E_NOW = new Date('2026-11-26T09:00:00Z');
export const E2E_TODAY = '2026-11-26';
const E2E_USER = 'direktor';

/**
 * Builds the app once when nothing is built yet (`npm test` builds first and says so with
 * QAYGI_BUILT=1). A lock folder keeps two test files from building at the same time.
 */
export function ensureRendererBuilt(): void {
  const index = join(RENDERER, 'index.html');
  if (existsSync(index)) return;
  if (process.env.QAYGI_BUILT === '1') throw new Error(`QAYGI_BUILT=1 but ${index} is missing`);
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const lock = join(ROOT, 'out', '.e2e-build.lock');
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    // another test file is building: wait for it below
  }
  if (mine) {
    try {
      const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      if (r.status !== 0) throw new Error('npx electron-vite build failed');
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
  const deadline = Date.now() + 180_000;
  while (!existsSync(index) && existsSync(lock) && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
  if (!existsSync(index)) throw new Error(`the renderer was not built (${index})`);
}

export interface E2E {
  conn: Connection;
  harness: WebHarness;
  browser: Browser;
  /** A director's context on the same database, for seeding and checking through the core. */
  ctx: Ctx;
  /** A fresh browser context and page on the app's start URL (token included). */
  openApp(opts?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; path?: string }): Promise<Page>;
  /** Saves a screenshot to test-artifacts/<name>.png and returns its path. */
  shot(page: Page, name: string): Promise<string>;
  /** Errors the pages printed (CSP violations, uncaught exceptions): should stay empty. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'qaygi-e2e-'));
  const conn = await openDatabase(join(dir, 'qaygi.db'));
  const now = () => new Date(E2E_NOW);
  const ctx: Ctx = { db: conn.db, now, actor: actor('director', 'e2e-seed') };
  // First run as the set-up wizard does it (the institution and its director), then the harness
  // starts signed in as that director: the screens under test come after sign-in.
  const setup = await dispatch(ctx, 'setup.create', {
    institution: {
      code: 'AZ-BAK-001', nameAz: 'Bakı şəhəri 1 nömrəli uşaq evi', nameEn: 'Baku Children’s Home No. 1',
      type: 'childrens_home', region: 'Bakı', address: '', capacity: 120,
    },
    director: { username: E2E_USER, displayName: 'Aynur Həsənova', password: TEST_PASSWORD },
  });
  if (!setup.ok) throw new Error(`set-up refused: ${JSON.stringify(setup.error)}`);
  const harness = await startWebHarness({ conn, rendererDir: RENDERER, now, signedInAs: E2E_USER });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // launch() gives every run a fresh temporary user-data dir of its own.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  return {
    conn,
    harness,
    browser,
    ctx,
    pageErrors,
    async openApp(opts = {}) {
      const context = await browser.newContext({
        viewport: opts.viewport ?? { width: 1280, height: 800 },
        deviceScaleFactor: opts.deviceScaleFactor ?? 1,
        locale: 'az-AZ',
        reducedMotion: 'reduce',
        timezoneId: 'Asia/Baku',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
      });
      await page.goto(harness.url);
      // The app takes the token from the address and moves on to its first screen.
      await page.waitForURL(/#\//);
      if (opts.path) await page.goto(`${harness.url.replace(/#.*$/, '')}#${opts.path}`);
      return page;
    },
    async shot(page, name) {
      const file = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await harness.close();
      await conn.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Registers a child through the core's contract, as the form would; throws on refusal. */
export async function seedChild(ctx: Ctx, input: CallInput<'residents.create'>) {
  const r = await dispatch(ctx, 'residents.create', { confirmDuplicate: true, ...input });
  if (!r.ok) throw new Error(`seed refused: ${JSON.stringify(r.error)}`);
  return r.value;
}

export function fileSize(path: string): number {
  return statSync(resolve(path)).size;
}
