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
import type { HostAdapters } from '../../src-main/host/compose';
import type { Role } from '../../src-main/core/contract/permissions';
import { findUserByUsername, toSessionUser } from '../../src-main/core/auth/users';
import { actor } from '../helpers/db';
import { addUser, TEST_PASSWORD } from '../helpers/users';
import { goTo } from './helpers';

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
/** The director the set-up makes (password TEST_PASSWORD); the harness starts signed in as them. */
export const E2E_USER = 'direktor';
export const E2E_DIRECTOR_NAME = 'Aynur Həsənova';
export { TEST_PASSWORD };

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

/** Another account to make before the harness starts (password TEST_PASSWORD). */
export interface E2EUser {
  username: string;
  role: Role;
  displayName?: string;
  mustChangePassword?: boolean;
}

export interface E2EOptions {
  /** An empty database and nobody signed in: the set-up wizard's first run. */
  empty?: boolean;
  /** Accounts of other roles, besides the director. */
  users?: E2EUser[];
  /** What the host lends backups (e.g. the app's save dialog, answered by the test). */
  backup?: HostAdapters['backup'];
}

export interface E2E {
  conn: Connection;
  /** The harness now serving (replaced by `restart`). */
  harness: WebHarness;
  browser: Browser;
  /** A director's context on the same database, for seeding and checking through the core. */
  ctx: Ctx;
  /** A fresh browser context and page on the app's start URL (token included). */
  openApp(opts?: {
    viewport?: { width: number; height: number };
    deviceScaleFactor?: number;
    path?: string;
    /** Playwright's fake clock in the page (time still flows; `page.clock.fastForward` jumps). */
    fakeClock?: boolean;
  }): Promise<Page>;
  /** Saves a screenshot to test-artifacts/<name>.png and returns its path. */
  shot(page: Page, name: string): Promise<string>;
  /** Errors the pages printed (CSP violations, uncaught exceptions): should stay empty. */
  pageErrors: string[];
  /** The core's clock (fixed at E2E_NOW until moved): the idle lock counts on it. */
  clock: { advanceMinutes(minutes: number): void };
  /** Puts the harness's one session in the hands of this user (signed in, unlocked), or signs it out. */
  signInAs(username: string | null): Promise<void>;
  /** A new harness on the same database (the audit chain is checked again), signed in as `signedInAs`. */
  restart(signedInAs?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startE2E(opts: E2EOptions = {}): Promise<E2E> {
  ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'qaygi-e2e-'));
  const conn = await openDatabase(join(dir, 'qaygi.db'));
  let offset = 0;
  const now = () => new Date(E2E_NOW.getTime() + offset);
  const ctx: Ctx = { db: conn.db, now, actor: actor('director', 'e2e-seed') };
  if (!opts.empty) {
    // First run as the set-up wizard does it (the institution and its director), then the harness
    // starts signed in as that director: the screens under test come after sign-in.
    const setup = await dispatch(ctx, 'setup.create', {
      institution: {
        code: 'AZ-BAK-001', nameAz: 'Bakı şəhəri 1 nömrəli uşaq evi', nameEn: 'Baku Children’s Home No. 1',
        type: 'childrens_home', region: 'Bakı', address: '', capacity: 120,
      },
      director: { username: E2E_USER, displayName: E2E_DIRECTOR_NAME, password: TEST_PASSWORD },
    });
    if (!setup.ok) throw new Error(`set-up refused: ${JSON.stringify(setup.error)}`);
  }
  for (const u of opts.users ?? []) {
    await addUser(conn.db, u.role, { username: u.username, displayName: u.displayName ?? '', mustChangePassword: u.mustChangePassword, now });
  }
  let harness = await startWebHarness({ conn, rendererDir: RENDERER, now, signedInAs: opts.empty ? undefined : E2E_USER, backup: opts.backup });
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
    get harness() {
      return harness;
    },
    browser,
    ctx,
    pageErrors,
    clock: {
      advanceMinutes(minutes) {
        offset += minutes * 60_000;
      },
    },
    async signInAs(username) {
      const s = harness.session;
      s.locked = false;
      s.lastActivity = now().getTime();
      if (username === null) {
        s.user = null;
        return;
      }
      const row = await findUserByUsername(conn.db, username);
      if (!row) throw new Error(`signInAs: no account "${username}"`);
      s.user = toSessionUser(row);
    },
    async restart(signedInAs) {
      // The pages open now belong to the harness that goes away (as windows to a closed app).
      for (const c of contexts.splice(0)) await c.close().catch(() => {});
      await harness.close();
      harness = await startWebHarness({ conn, rendererDir: RENDERER, now, signedInAs, backup: opts.backup });
    },
    async openApp(opts = {}) {
      const context = await browser.newContext({
        viewport: opts.viewport ?? { width: 1280, height: 800 },
        deviceScaleFactor: opts.deviceScaleFactor ?? 1,
        locale: 'az-AZ',
        reducedMotion: 'reduce',
        timezoneId: 'Asia/Baku',
      });
      contexts.push(context);
      if (opts.fakeClock) await context.clock.install();
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
      });
      await page.goto(harness.url);
      // The app takes the token from the address and moves on to its first screen.
      await page.waitForURL(/#\//);
      if (opts.path) await goTo(page, { harness }, opts.path);
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
