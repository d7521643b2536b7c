import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';

// Runs the real `qaygi` command (bin/qaygi.mjs through node) as a child process, as a user would.

/**
 * Each run starts Node and the CLI: a fraction of a second from the build's bundle, but about a
 * second through tsx (several on a busy 2-core machine) when there is no fresh bundle. Tests that
 * run the command a few times get this timeout instead of the default 30 s.
 */
export const CLI_TEST_TIMEOUT = 120_000;

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'qaygi.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `qaygi ARGS` with `input` on stdin; messages in Azerbaijani unless `lang` says otherwise. The
 * built bundle runs when it is fresh; `source` forces the TypeScript source (QAYGI_CLI_SOURCE=1;
 * set around vitest, it runs every CLI test from source).
 */
export function qaygi(args: string[], opts: { input?: string; lang?: string; source?: boolean } = {}): Promise<Run> {
  const env = { ...process.env };
  delete env.QAYGI_LANG;
  if (opts.lang) env.QAYGI_LANG = opts.lang;
  if (opts.source) env.QAYGI_CLI_SOURCE = '1';
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A path for a database file in a fresh temporary folder (removed after the test file). */
export function tempDbPath(name = 'qaygi.db'): string {
  const dir = mkdtempSync(join(tmpdir(), 'qaygi-cli-'));
  dirs.push(dir);
  return join(dir, name);
}

/** Reads the file directly with better-sqlite3 (not through the app), then closes it. */
export function sql<T = unknown>(file: string, query: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
