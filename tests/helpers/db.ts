import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Connection } from '../../src-main/core/db/connection';
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
