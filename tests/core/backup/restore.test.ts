import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { connect, openDatabase, type Connection } from '../../../src-main/core/db/connection';
import { MIGRATIONS } from '../../../src-main/core/db/migrations/index';
import { EXPORT_WORKER_SOURCE } from '../../../src-main/core/packages/export/worker-source';
import { composeHost } from '../../../src-main/host/compose';
import { encryptFileWithPassphrase } from '../../../src-main/core/backup/age-scrypt';
import { writeBackup } from '../../../src-main/core/backup/backup';
import type { BackupJobDto } from '../../../src-main/core/backup/schema';
import { actor, tempDb, tempDbAt, tempDir } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { staffInput } from '../../helpers/staff';

// Backup → restore through the calls, as the Backups tab makes them, on the host's own composition:
// every table equal after the round trip (whatever tables other domains add: they are listed from
// sqlite_master), and every bad backup refused with its own message, the current database untouched.

const PASS = 'ehtiyat nüsxə parolu';

async function setUp() {
  const { conn, dir } = await tempDb();
  const host = await composeHost({
    conn,
    via: 'web',
    packagesDir: join(dir, 'packages'),
    keyStore: {},
    exportWorker: EXPORT_WORKER_SOURCE,
    delivery: false,
    backup: { logN: 10, schedule: false },
  });
  // Built per call: after a restore the host's connection is another one.
  const ctx = (): Ctx => ({ db: conn.db, now: () => new Date(), actor: actor('director'), host: host.state });
  const call = async <T,>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(ctx(), name as never, input as never);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { callError: r.error });
    return r.value as T;
  };
  const fails = async (name: string, input: unknown) => {
    const r = await dispatch(ctx(), name as never, input as never);
    if (r.ok) throw new Error(`${name} should have failed`);
    return r.error;
  };
  return { conn, dir, host, ctx, call, fails };
}

async function backUp(call: <T>(n: string, i: unknown) => Promise<T>): Promise<string> {
  let job = await call<BackupJobDto>('backup.run', {});
  const seen = new Set<string>();
  for (let i = 0; i < 500 && job.phase !== 'done' && job.phase !== 'failed'; i++) {
    seen.add(job.phase);
    await new Promise((r) => setTimeout(r, 10));
    job = (await call<{ job: BackupJobDto }>('backup.status', {})).job!;
  }
  expect(job.error).toBeNull();
  expect(job.phase).toBe('done');
  return job.result!.fileName;
}

/** Every table's rows, in rowid order, listed from sqlite_master: whatever tables exist. */
function dump(conn: Connection, except: string[] = []): Record<string, unknown[]> {
  const tables = conn.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    out[name] = conn.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  }
  return out;
}

describe('backup and restore', () => {
  it('round-trips every table, keeps the current database aside and records the restore', async () => {
    const { conn, dir, call } = await setUp();
    const child = await call<{ id: string; version: number }>('residents.create', childInput());
    await call('residents.create', childInput({ lastName: 'Əliyeva', firstName: 'Leyla', sex: 'F', patronymic: 'Nurlan qızı' }));
    await call('staff.create', staffInput());
    await call('backup.settings', { passphrase: PASS });
    const fileName = await backUp(call);
    const before = dump(conn);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['residents', 'staff', 'audit_log', 'schema_migrations']));

    const status = await call<{ backups: Array<{ fileName: string; bytes: number }>; lastSuccess: string | null }>('backup.status', {});
    expect(status.backups.map((b) => b.fileName)).toEqual([fileName]);
    expect(status.backups[0]!.bytes).toBeGreaterThan(4096);
    expect(status.lastSuccess).not.toBeNull();
    // The file is an age file, and only the backup's name lies in the folder (no .partial, no plain copy).
    const folder = join(dir, 'backups');
    expect(readdirSync(folder)).toEqual([fileName]);
    expect(readFileSync(join(folder, fileName)).subarray(0, 40).toString('latin1')).toContain('-> scrypt ');
    expect(readdirSync(dir).filter((n) => n.startsWith('.qaygi-'))).toEqual([]);

    const current = await call<{ version: number }>('residents.get', { id: child.id });
    await call('residents.update', { ...childInput({ firstName: 'Dəyişdi' }), id: child.id, version: current.version });
    const changed = dump(conn);

    const r = await call<{ source: string; keptAside: string }>('backup.restore', { fileName, passphrase: PASS });
    expect(r.source).toBe(fileName);
    const after = dump(conn);
    // Every table as it was when the backup was taken; the audit log, plus the backup's own entry
    // (written after the copy) and the restore.
    expect({ ...after, audit_log: undefined }).toEqual({ ...before, audit_log: undefined });
    // The audit log as the copy found it: without the backup's own entry (written after the copy
    // was whole), and then the restore.
    const log = after.audit_log as Array<{ action: string; seq: number }>;
    const logBefore = before.audit_log as Array<{ action: string; seq: number }>;
    expect(logBefore.at(-1)!.action).toBe('backup.create');
    expect(log.slice(0, logBefore.length - 1)).toEqual(logBefore.slice(0, -1));
    expect(log.slice(logBefore.length - 1).map((e) => e.action)).toEqual(['backup.restore']);
    expect(await verifyAuditChain(conn.db)).toMatchObject({ ok: true });
    expect((await call<{ firstName: string }>('residents.get', { id: child.id })).firstName).toBe('Elçin');

    // The database as it was before the restore, kept aside whole.
    const aside = connect(join(dir, r.keptAside));
    try {
      expect(dump(aside, ['audit_log'])).toEqual({ ...changed, audit_log: undefined });
      expect(aside.sqlite.prepare('SELECT first_name FROM residents WHERE id = ?').get(child.id)).toEqual({ first_name: 'Dəyişdi' });
    } finally {
      await aside.close();
    }
  });

  it('refuses a corrupt, a truncated, a wrong-passphrase, a newer-schema and a broken-chain backup, the database untouched', async () => {
    const { conn, dir, call, fails } = await setUp();
    await call('residents.create', childInput());
    await call('backup.settings', { passphrase: PASS });
    const fileName = await backUp(call);
    const folder = join(dir, 'backups');
    const good = readFileSync(join(folder, fileName));

    const variants: Array<[string, Buffer, string]> = [];
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x40;
    variants.push(['corrupt', flipped, 'backup.errors.damaged']);
    variants.push(['truncated', good.subarray(0, good.indexOf('\n', good.indexOf('\n--- ') + 1) + 1 + 16 + 65552), 'backup.errors.truncated']);
    variants.push(['not a backup', Buffer.from('hello'), 'backup.errors.notBackup']);

    // A database a newer Qayğı wrote (a migration this build does not know), and one whose audit
    // log was edited behind the app's back: each encrypted as a real backup is.
    const make = async (name: string, edit: (db: Database.Database) => void) => {
      const src = join(tempDir(), 'src.db');
      const c = await openDatabase(src);
      await dispatch({ db: c.db, now: () => new Date(), actor: actor() }, 'residents.create', childInput());
      edit(c.sqlite);
      const out = join(tempDir(), name);
      await writeBackup({ sqlite: c.sqlite, out, passphrase: PASS, logN: 10 });
      await c.close();
      return readFileSync(out);
    };
    variants.push(['newer', await make('n.age', (db) => db.prepare(`INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01')`).run()), 'backup.errors.schemaTooNew']);
    variants.push([
      'broken chain',
      await make('b.age', (db) => db.exec(`DROP TRIGGER audit_no_update; UPDATE audit_log SET actor = 'someone' WHERE seq = 1`)),
      'backup.errors.auditBroken',
    ]);

    const before = dump(conn);
    for (const [what, bytes, message] of variants) {
      const e = await fails('backup.restore', { upload: { name: `${what}.age`, base64: bytes.toString('base64') }, passphrase: PASS });
      expect({ what, message: e.message }).toEqual({ what, message });
      expect(dump(conn)).toEqual(before);
    }
    const wrong = await fails('backup.restore', { fileName, passphrase: 'not the passphrase at all' });
    expect(wrong.message).toBe('backup.errors.wrongPassphrase');
    expect(wrong.params).toEqual({ file: fileName });
    expect(dump(conn)).toEqual(before);
    // Nothing was kept aside, no working file left behind.
    expect(readdirSync(dir).filter((n) => n.includes('before-restore') || n.startsWith('.qaygi-'))).toEqual([]);
  });

  it('migrates an older backup on restore', async () => {
    const old = await tempDbAt(MIGRATIONS.length - 1);
    const plain = join(old.dir, 'old-copy.db');
    await old.sqlite.backup(plain);
    const enc = join(old.dir, 'old.age');
    await encryptFileWithPassphrase(plain, enc, PASS, { logN: 10 });

    const { conn, call } = await setUp();
    await call('backup.settings', { passphrase: PASS });
    const r = await call<{ migrated: number }>('backup.restore', { upload: { name: 'old.age', base64: readFileSync(enc).toString('base64') } });
    expect(r.migrated).toBe(1);
    const names = conn.sqlite.prepare('SELECT name FROM schema_migrations ORDER BY name').all() as Array<{ name: string }>;
    expect(names.map((n) => n.name)).toEqual(MIGRATIONS.map(([n]) => n));
    expect(existsSync(enc)).toBe(true);
  });

  it('is for the director and the admin only', async () => {
    const { host, conn } = await setUp();
    for (const role of ['social_worker', 'caregiver', 'read_only'] as const) {
      const r = await dispatch({ db: conn.db, now: () => new Date(), actor: actor(role), host: host.state }, 'backup.status', {});
      expect(r.ok).toBe(false);
    }
    const admin = await dispatch({ db: conn.db, now: () => new Date(), actor: actor('admin'), host: host.state }, 'backup.status', {});
    expect(admin.ok).toBe(true);
  });
});
