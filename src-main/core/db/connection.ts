import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './types';
import { migrate } from './migrate';

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
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db, close: () => db.destroy() };
}

/** Opens (creating if needed) a Qayğı database file and brings its schema up to date. */
export async function openDatabase(file: string, opts: { now?: () => string } = {}): Promise<Connection> {
  const conn = connect(file);
  try {
    await migrate(conn.db, opts.now ?? (() => new Date().toISOString()));
  } catch (e) {
    await conn.close();
    throw e;
  }
  return conn;
}
