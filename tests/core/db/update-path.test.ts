import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KEPT_UPDATE_COPIES, openDatabase } from '../../../src-main/core/db/connection';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { systemCtx } from '../../../src-main/core/session';
import { tempDir } from '../../helpers/db';

// The update path on real files that older versions wrote (tests/fixtures/schema/README.md): this
// version copies each aside, migrates it in one transaction, and finds every child again; a failed
// update leaves the file as it was; a newer file is refused untouched.

const FIXTURES = new URL('../../fixtures/schema/', import.meta.url).pathname;
const VERSIONS = ['0001', '0003', '0004', '0005'];

function fixtureCopy(version: string): string {
  const file = join(tempDir(), 'qaygi.db');
  copyFileSync(join(FIXTURES, `${version}.db`), file);
  return file;
}

const rows = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};

describe('opening a database an older Qayğı wrote', () => {
  for (const version of VERSIONS) {
    it(`${version}: keeps a copy as it was, migrates to the newest schema, and every child and the audit chain are there`, async () => {
      const file = fixtureCopy(version);
      const children = rows(file, 'SELECT id, last_name, first_name, fin FROM residents ORDER BY id');
      const before = readFileSync(file);
      const conn = await openDatabase(file);
      try {
        const applied = conn.sqlite.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all();
        expect(applied).toEqual(MIGRATIONS.map(([n]) => n));
        expect(conn.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(conn.sqlite.pragma('foreign_key_check')).toEqual([]);
        expect(await verifyAuditChain(conn.db)).toMatchObject({ ok: true });
        const ctx = systemCtx(conn.db, 'test');
        const list = await dispatch(ctx, 'residents.list', { status: 'all', limit: 50 });
        expect(list.ok && list.value.rows.map((r) => r.id).sort()).toEqual(children.map((c) => (c as { id: string }).id).sort());
        const first = await dispatch(ctx, 'residents.get', { id: (children[0] as { id: string }).id });
        expect(first.ok).toBe(true);
      } finally {
        await conn.close();
      }
      // The copy is the file as the older version left it (its schema, its rows).
      const next = MIGRATIONS[Number(version)]![0];
      const copy = `${file}.before-${next}.db`;
      expect(existsSync(copy)).toBe(true);
      expect(statSync(copy).mode & 0o777).toBe(0o600);
      expect(rows(copy, 'SELECT name FROM schema_migrations ORDER BY name').length).toBe(Number(version));
      expect(rows(copy, 'SELECT id, last_name, first_name, fin FROM residents ORDER BY id')).toEqual(children);
      expect(before.length).toBeGreaterThan(0);
      // Opening it again is a no-op: no second copy.
      await (await openDatabase(file)).close();
      expect(readdirSync(join(file, '..')).filter((f) => f.includes('.before-'))).toEqual([`qaygi.db.before-${next}.db`]);
    });
  }

  it('a failed update leaves the database as it was, with none of the earlier steps applied', async () => {
    const file = fixtureCopy('0004');
    // A stray table where the last migration makes its own: that migration fails.
    const raw = new Database(file);
    raw.exec('CREATE TABLE record_reads (x TEXT)');
    raw.close();
    const dump = () => ({
      migrations: rows(file, 'SELECT name FROM schema_migrations ORDER BY name'),
      users: rows(file, 'SELECT * FROM users ORDER BY id'),
      tables: rows(file, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name"),
    });
    const before = dump();
    await expect(openDatabase(file)).rejects.toThrow(/record_reads/);
    // 0005 ran before 0006 failed, and is rolled back with it: users still has its old columns.
    expect(dump()).toEqual(before);
    expect(JSON.stringify(before.users)).toContain('failed_attempts');
  });

  it('an older version refuses a newer database and leaves it byte for byte', async () => {
    const file = fixtureCopy('0005');
    const conn = await openDatabase(file);
    conn.sqlite.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', '2030-01-01T00:00:00Z')").run();
    await conn.close();
    const before = readFileSync(file);
    const copies = readdirSync(join(file, '..')).filter((f) => f.includes('.before-'));
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'schema_too_new' });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(file, '..')).filter((f) => f.includes('.before-'))).toEqual(copies);
  });

  it('keeps only the newest copies made before updates', async () => {
    const file = fixtureCopy('0003');
    // Copies earlier updates left (their names sort by the migration they came before).
    for (const m of ['0001_initial', '0002_staff_accounts', '0003_packages']) writeFileSync(`${file}.before-${m}.db`, 'old copy');
    await (await openDatabase(file)).close();
    const left = readdirSync(join(file, '..')).filter((f) => f.includes('.before-')).sort();
    expect(left).toHaveLength(KEPT_UPDATE_COPIES);
    expect(left.at(-1)).toBe('qaygi.db.before-0004_delivery.db');
    expect(left).not.toContain('qaygi.db.before-0001_initial.db');
    expect(readFileSync(join(file, '..', left.at(-1)!)).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
