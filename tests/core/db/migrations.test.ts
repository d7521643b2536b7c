import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/connection';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index';
import { AppError } from '../../../src-main/core/contract/errors';
import { migrateTo } from '../../../src-main/core/db/migrate';
import { tempDb, tempDbAt } from '../../helpers/db';

describe('database and migrations', () => {
  it('opens a new file with WAL, foreign keys and a busy timeout, and records every migration', async () => {
    const { conn } = await tempDb();
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(conn.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const names = conn.sqlite.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all();
    expect(names).toEqual(MIGRATIONS.map(([n]) => n));
    expect(conn.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('runs no migration twice when a file is opened again', async () => {
    const { conn, file } = await tempDb();
    await conn.close();
    const again = await openDatabase(file);
    const count = again.sqlite.prepare('SELECT count(*) FROM schema_migrations').pluck().get();
    expect(count).toBe(MIGRATIONS.length);
    await again.close();
  });

  it('0001 makes STRICT tables and an append-only audit log', async () => {
    const { conn } = await tempDb();
    const strict = conn.sqlite
      .prepare("SELECT name FROM pragma_table_list WHERE schema='main' AND strict=1 ORDER BY name")
      .pluck()
      .all();
    expect(strict).toEqual(expect.arrayContaining(['audit_log', 'institution', 'residents']));
    expect(() =>
      conn.sqlite.prepare("INSERT INTO residents (id) VALUES ('x')").run(),
    ).toThrow(/NOT NULL/);
  });

  it('refuses, untouched, a database written by a newer schema', async () => {
    const { conn, file } = await tempDb();
    await conn.close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', '2030-01-01T00:00:00Z')").run();
    raw.close();
    const err = await openDatabase(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('schema_too_new');
    expect((err as AppError).params).toEqual({ migration: '9999_future' });
    const after = new Database(file);
    expect(after.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length + 1);
    after.close();
  });

  it('migrates up to a given number only, and never back down', async () => {
    const { sqlite, to } = await tempDbAt(2);
    const names = () => sqlite.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all();
    expect(names()).toEqual(MIGRATIONS.slice(0, 2).map(([n]) => n));
    expect(await to(1)).toEqual([]);
    expect(await to(MIGRATIONS.length)).toEqual(MIGRATIONS.slice(2).map(([n]) => n));
    for (const bad of [-1, 1.5, MIGRATIONS.length + 1]) {
      await expect(to(bad)).rejects.toThrow(RangeError);
    }
  });

  it('refuses a newer database before running any of its own pending migrations', async () => {
    const { conn, sqlite } = await tempDbAt(2);
    sqlite.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', 'x')").run();
    const schema = () => sqlite.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    const before = schema();
    const err = await migrateTo(conn.db, MIGRATIONS.length, () => 'now').catch((e: unknown) => e);
    expect((err as AppError).code).toBe('schema_too_new');
    expect(schema()).toEqual(before);
  });
});
