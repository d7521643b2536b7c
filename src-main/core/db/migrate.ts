import { sql, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index';
import { AppError } from '../contract/errors';

/**
 * Runs pending migrations in order, each in its own transaction together with its record in
 * `schema_migrations`. A database that has migrations this build does not know was written by a
 * newer Qayğı: it is refused, untouched.
 */
export async function migrate(db: Kysely<any>, now: () => string): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT`.execute(db);
  const applied = (await db.selectFrom('schema_migrations').select('name').orderBy('name').execute()).map(
    (r: { name: string }) => r.name,
  );
  const known = new Set(MIGRATIONS.map(([name]) => name));
  const unknown = applied.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new AppError('schema_too_new', 'errors.schemaTooNew', { migration: unknown[unknown.length - 1]! });
  }
  const done = new Set(applied);
  const ran: string[] = [];
  for (const [name, m] of MIGRATIONS) {
    if (done.has(name)) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx);
      await trx.insertInto('schema_migrations').values({ name, applied_at: now() }).execute();
    });
    ran.push(name);
  }
  return ran;
}

export const SCHEMA_VERSION = MIGRATIONS.length;
