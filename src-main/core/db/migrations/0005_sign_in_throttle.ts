import { sql, type Kysely } from 'kysely';

// Sign-in throttling moves out of the users table into one table keyed by what was typed: an
// account ('user:<id>') or a name no account has ('name:<keyed hash>'), so that an unknown name
// is throttled exactly like a real one and cannot be told apart from it. The hard 15-minute lock
// becomes a growing wait (auth/throttle.ts). Frozen in time: never edit after it lands.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE sign_in_throttle (
    subject TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures >= 0),
    wait_until TEXT,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);

  // Carry the state over: a locked account counted 0 with a lock end; it now counts the five
  // failures that started its wait.
  await sql`INSERT INTO sign_in_throttle (subject, failures, wait_until, updated_at)
    SELECT 'user:' || id,
           CASE WHEN locked_until IS NOT NULL THEN 5 ELSE failed_attempts END,
           locked_until,
           updated_at
    FROM users WHERE failed_attempts > 0 OR locked_until IS NOT NULL`.execute(db);

  await sql`ALTER TABLE users DROP COLUMN failed_attempts`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN locked_until`.execute(db);
}
