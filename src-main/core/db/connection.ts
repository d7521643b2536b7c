import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './types';
import { migrate, pendingMigrations } from './migrate';

/**
 * An open database file. `db` is its full, writable handle, for the hosts and the CLI to build
 * contexts from (where services see it as a `ReadDb` and write through `writeTx`) and for migrations.
 */
export interface Connection {
  sqlite: Database.Database;
  db: Kysely<DB>;
  close(): Promise<void>;
}

/** Only the PC account that runs Qayğı may read the children's records: files 0600, a new folder 0700. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Makes the database file before SQLite does, so that it is born 0600 whatever the umask (SQLite
 * gives its -wal and -shm files the database file's mode); an older, wider file is narrowed.
 * A folder it has to make is 0700; a folder the user chose is left as it is.
 */
function preparePrivateFile(file: string): void {
  if (file === ':memory:' || file === '') return;
  const dir = dirname(file);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (process.platform !== 'win32' && existsSync(f) && (statSync(f).mode & 0o077) !== 0) chmodSync(f, PRIVATE_FILE_MODE);
  }
}

/** Opens a file with Qayğı's connection settings, leaving its schema as it is (migration tests). */
export function connect(file: string): Connection {
  preparePrivateFile(file);
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: a committed change and its audit entry survive a power cut (NORMAL under WAL may
    // lose the last transactions). Its cost on a roll-call-sized write is in `npm run bench`.
    sqlite.pragma('synchronous = FULL');
  } catch (e) {
    sqlite.close();
    throw e;
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) });
  return { sqlite, db, close: () => db.destroy() };
}

/** How many distinct SQL texts keep their prepared statement (Kysely passes values as parameters, so texts are few). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The handle Kysely runs its queries on, preparing each SQL text once: Kysely's SQLite driver
 * prepares every query anew (~15 µs for the list's, more than running it), and a statement can
 * be run again with new parameters. The least recently used text is dropped past the cap. A
 * statement is never run by two queries at once: this connection runs one at a time, and no
 * code streams (`.stream()` would hold one open while iterating).
 */
export function preparedOnce(sqlite: Database.Database): Pick<Database.Database, 'close' | 'prepare'> {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(source: string) {
      let stmt = cache.get(source);
      if (stmt) {
        cache.delete(source);
      } else {
        stmt = sqlite.prepare(source);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(source, stmt);
      return stmt;
    },
  } as Pick<Database.Database, 'close' | 'prepare'>;
}

/** How many copies made before an update are kept beside the database (the newest). */
export const KEPT_UPDATE_COPIES = 3;

/**
 * Before a newer Qayğı migrates a database an older one wrote, a whole copy of it as it was:
 * `<file>.before-<first new migration>.db` beside it (0600), made with `VACUUM INTO` (consistent,
 * and compact). The newest KEPT_UPDATE_COPIES are kept. Returns the copy's path.
 */
function copyBeforeUpdate(conn: Connection, file: string, firstPending: string): string {
  const copy = `${file}.before-${firstPending}.db`;
  rmSync(copy, { force: true });
  closeSync(openSync(copy, 'w', PRIVATE_FILE_MODE));
  conn.sqlite.prepare('VACUUM INTO ?').run(copy);
  const dir = dirname(file);
  const prefix = `${basename(file)}.before-`;
  const copies = readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.db')).sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - KEPT_UPDATE_COPIES))) rmSync(join(dir, old), { force: true });
  return copy;
}

/**
 * Opens (creating if needed) a Qayğı database file and brings its schema up to date. A database
 * from an older version is first copied aside (copyBeforeUpdate), then migrated in one
 * transaction (db/migrate.ts): a failed update leaves it as it was, and the copy stays.
 */
export async function openDatabase(file: string, opts: { now?: () => string } = {}): Promise<Connection> {
  const conn = connect(file);
  try {
    const { pending, applied } = await pendingMigrations(conn.db);
    if (pending.length > 0 && applied > 0 && file !== ':memory:' && file !== '') copyBeforeUpdate(conn, file, pending[0]!);
    await migrate(conn.db, opts.now ?? (() => new Date().toISOString()));
  } catch (e) {
    await conn.close();
    throw e;
  }
  return conn;
}
