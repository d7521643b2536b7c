import { sql, type Kysely } from 'kysely';

// Who opened which child's record: a read log for shared PCs, apart from the audit chain of
// changes (reads are many, and not changes). One row per user, record and minute at most
// (core/reads/reads.ts). Frozen in time: never edit after it lands.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE record_reads (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT,
    username TEXT NOT NULL,
    role TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('app', 'web', 'cli', 'test')),
    entity TEXT NOT NULL CHECK (entity IN ('resident')),
    entity_id TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX record_reads_by_record ON record_reads (entity, entity_id, at)`.execute(db);
}
