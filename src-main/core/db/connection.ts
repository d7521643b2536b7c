import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './types';
import { migrate } from './migrate';

export interface Connection {
  sqlite: Database.Database;
  db: Kysely<DB>;
  close(): Promise<void>;
}

/** Opens (creating if needed) a Qayğı database file and brings its schema up to date. */
export async function openDatabase(file: string, opts: { now?: () => string } = {}): Promise<Connection> {
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
  try {
    await migrate(db, opts.now ?? (() => new Date().toISOString()));
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return { sqlite, db, close: () => db.destroy() };
}
