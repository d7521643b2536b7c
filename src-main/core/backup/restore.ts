import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AgeError } from '../packages/crypto/age';
import { AppError } from '../contract/errors';
import type { Actor, Ctx } from '../context';
import { connect, type Connection } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations/index';
import { writeTx } from '../db/write';
import { auditHead, verifyAuditChain } from '../audit/audit';
import type { MessageKey } from '../i18n/keys';
import { decryptFileWithPassphrase } from './age-scrypt';
import { backupFileName } from './files';
import { fsyncDir, privateEmptyFile } from './backup';

// Restoring a backup, in two halves. `prepareRestore` may run while the app works: it decrypts the
// backup into a working file beside the database and refuses it, with the reason in the user's
// words, unless it decrypts, passes `PRAGMA integrity_check`, holds an intact audit chain and has
// a schema this version can open (an older one is migrated: on the working file, the backup file
// itself is never changed). Nothing of the current database is touched until then. `switchTo`
// needs the database closed: it keeps the current one aside (`<db>.before-restore-<time>`), then
// renames the checked file over it — one rename, so the database is at every instant either the
// old one or the restored one, never half of each — and fsyncs the folder.

const AGE_REFUSAL: Record<AgeError['code'], MessageKey> = {
  age_header: 'backup.errors.notBackup',
  age_no_identity: 'backup.errors.wrongPassphrase',
  age_header_mac: 'backup.errors.damaged',
  age_payload: 'backup.errors.damaged',
  age_truncated: 'backup.errors.truncated',
};

const refuse = (key: MessageKey, params?: Record<string, string | number>) => new AppError('invalid', key, params);

export interface PreparedRestore {
  /** The checked, migrated working copy, closed, in the database's folder. */
  file: string;
  /** The backup's file name, for the audit entry and the messages. */
  source: string;
  /** Migrations the working copy needed (an older backup). */
  migrated: string[];
  /** The backup's audit chain: entries, and its head's number. */
  auditEntries: number;
}

function looksLikeSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const b = Buffer.alloc(16);
    return readSync(fd, b, 0, 16, 0) === 16 && b.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

async function checkOpened(conn: Connection, now: () => string): Promise<{ migrated: string[]; auditEntries: number }> {
  let integrity: string;
  try {
    const rows = conn.sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
    integrity = rows.map((r) => r.integrity_check).join('; ');
  } catch {
    integrity = 'unreadable';
  }
  if (integrity !== 'ok') throw refuse('backup.errors.integrity');
  const hasMigrations = conn.sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'audit_log')`)
    .all().length;
  if (hasMigrations !== 2) throw refuse('backup.errors.notQaygi');
  const applied = (conn.sqlite.prepare('SELECT name FROM schema_migrations ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  const known = new Set(MIGRATIONS.map(([n]) => n));
  const unknown = applied.filter((n) => !known.has(n));
  if (unknown.length > 0) throw refuse('backup.errors.schemaTooNew', { migration: unknown[unknown.length - 1]! });
  const chain = await verifyAuditChain(conn.db);
  if (!chain.ok) throw refuse('backup.errors.auditBroken', { seq: chain.brokenAt });
  const migrated = await migrate(conn.db, now);
  return { migrated, auditEntries: chain.entries };
}

/** Decrypts and checks a backup into a working file beside `dbFile`; refuses it with a translated AppError. */
export async function prepareRestore(o: {
  dbFile: string;
  from: string;
  passphrase: string;
  now: () => Date;
  /** The name shown for the backup (an uploaded file has no path of its own). */
  sourceName?: string;
}): Promise<PreparedRestore> {
  const work = join(dirname(o.dbFile), `.qaygi-restore-${randomBytes(6).toString('hex')}.db`);
  const source = o.sourceName ?? basename(o.from);
  if (!existsSync(o.from)) throw new AppError('not_found', 'backup.errors.fileMissing', { file: source });
  let conn: Connection | null = null;
  try {
    try {
      await decryptFileWithPassphrase(o.from, work, o.passphrase);
    } catch (e) {
      if (e instanceof AgeError) throw refuse(AGE_REFUSAL[e.code], { file: source });
      throw e;
    }
    if (!looksLikeSqlite(work)) throw refuse('backup.errors.notQaygi');
    try {
      conn = connect(work);
    } catch {
      throw refuse('backup.errors.integrity');
    }
    const checked = await checkOpened(conn, () => o.now().toISOString());
    await conn.close();
    conn = null;
    return { file: work, source, ...checked };
  } catch (e) {
    if (conn) await conn.close().catch(() => undefined);
    removeDbFiles(work);
    throw e;
  }
}

function removeDbFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

/** Gives up a prepared restore (the host could not close the database…): its working file goes. */
export function discardRestore(p: PreparedRestore): void {
  removeDbFiles(p.file);
}

export interface SwitchResult {
  /** Where the database as it was before the restore is kept. */
  keptAside: string | null;
}

/**
 * Records the restore in the restored database's audit log, keeps the current database aside, and
 * renames the restored one into its place. The database at `dbFile` must be closed (the CLI has
 * not opened it; the app closes its connection around this).
 */
export async function switchTo(p: PreparedRestore, dbFile: string, actor: Actor, now: () => Date): Promise<SwitchResult> {
  // The current database, copied aside whole (its WAL folded in by SQLite's own backup).
  let keptAside: string | null = null;
  let previousHead: number | null = null;
  if (existsSync(dbFile)) {
    const current = connect(dbFile);
    try {
      previousHead = (await auditHead(current.db))?.seq ?? null;
      keptAside = `${dbFile}.before-restore-${backupFileName(now()).slice('qaygi-backup-'.length, -'.age'.length)}`;
      rmSync(keptAside, { force: true });
      privateEmptyFile(keptAside);
      await current.sqlite.backup(keptAside);
    } finally {
      await current.close();
    }
  }
  // The restore, in the restored log (the chain goes on from the backup's head).
  const restored = connect(p.file);
  try {
    const ctx: Ctx = { db: restored.db, now, actor };
    await writeTx(ctx, (_trx, audit) =>
      audit({
        action: 'backup.restore',
        entity: 'backup',
        entityId: p.source,
        after: { source: p.source, migrated: p.migrated, backupEntries: p.auditEntries, previousHead, keptAside: keptAside ? basename(keptAside) : null },
      }),
    );
  } finally {
    // The last connection's close folds the WAL into the file and removes it.
    await restored.close();
  }
  const fd = openSync(p.file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // A closed database has no WAL; one left by a crash would be replayed onto the restored file.
  for (const f of [`${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
  renameSync(p.file, dbFile);
  fsyncDir(dirname(dbFile));
  return { keptAside };
}
