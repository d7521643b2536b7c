import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { connect, openDatabase, type Connection } from '../../src-main/core/db/connection';
import { migrateTo } from '../../src-main/core/db/migrate';
import type { Actor, Ctx } from '../../src-main/core/context';
import type { Role } from '../../src-main/core/contract/permissions';

const opened: Array<{ conn: Connection; dir: string }> = [];

afterEach(async () => {
  for (const { conn, dir } of opened.splice(0)) {
    await conn.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'qaygi-test-'));
}

/** A real SQLite file in a fresh temporary folder, removed after the test. */
export async function tempDb(): Promise<{ conn: Connection; file: string; dir: string }> {
  const dir = tempDir();
  const file = join(dir, 'qaygi.db');
  const conn = await openDatabase(file);
  opened.push({ conn, dir });
  return { conn, file, dir };
}

/**
 * A real SQLite file with only the first n migrations applied (0: none), and `to(m)` to run the
 * ones up to m: a database as it was before a migration, to test that migration on old rows.
 */
export async function tempDbAt(n: number, now = '2026-11-26T10:00:00.000Z') {
  const dir = tempDir();
  const file = join(dir, 'qaygi.db');
  const conn = connect(file);
  opened.push({ conn, dir });
  const to = (m: number) => migrateTo(conn.db, m, () => now);
  await to(n);
  return { conn, file, dir, sqlite: conn.sqlite, to };
}

export function actor(role: Role = 'director', username = `test-${role}`): Actor {
  return { userId: null, username, role, via: 'test' };
}

/** A context on a temp DB with a fixed clock (2026-11-26 10:00 UTC unless told). */
export async function testCtx(opts: { role?: Role; now?: string } = {}): Promise<Ctx & { file: string; conn: Connection }> {
  const { conn, file } = await tempDb();
  let now = new Date(opts.now ?? '2026-11-26T10:00:00Z');
  return {
    db: conn.db,
    now: () => now,
    actor: actor(opts.role),
    file,
    conn,
  };
}
