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

/** Opens a file with Qayğı's connection settings, leaving its schema as it is (migration tests). */
export function connect(file: string): Connection {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
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
