import { sql, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index';
import { AppError } from '../contract/errors';

/** Runs every pending migration: the schema this build knows. */
export function migrate(db: Kysely<any>, now: () => string): Promise<string[]> {
  return migrateTo(db, MIGRATIONS.length, now);
}

/** The migrations this build would run on the database, in order (none for an up-to-date one). */
export async function pendingMigrations(db: Kysely<any>, n = MIGRATIONS.length): Promise<{ pending: string[]; applied: number }> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT`.execute(db);
  const applied = (await db.selectFrom('schema_migrations').select('name').orderBy('name').execute()).map(
    (r: { name: string }) => r.name,
  );
  const known = new Set(MIGRATIONS.map(([name]) => name));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new AppError('schema_too_new', 'errors.schemaTooNew', { migration: unknown[unknown.length - 1]! });
  }
  const done = new Set(applied);
  return { pending: MIGRATIONS.slice(0, n).map(([name]) => name).filter((name) => !done.has(name)), applied: applied.length };
}

/**
 * Runs pending migrations up to and including the n-th (1-based; 0 runs none), all of them in ONE
 * transaction together with their records in `schema_migrations`: a migration that fails leaves
 * the database exactly as it was before the first (an app updated over several versions never
 * stops half-way). There are no down migrations: a database already past n stays as it is. A
 * database that has migrations this build does not know was written by a newer Qayğı: it is
 * refused, untouched. Tests use n to build a database "as it was" before a migration.
 */
export async function migrateTo(db: Kysely<any>, n: number, now: () => string): Promise<string[]> {
  if (!Number.isInteger(n) || n < 0 || n > MIGRATIONS.length) {
    throw new RangeError(`no migration number ${n} (known: 1..${MIGRATIONS.length})`);
  }
  const { pending } = await pendingMigrations(db, n);
  if (pending.length === 0) return [];
  const byName = new Map(MIGRATIONS);
  await db.transaction().execute(async (trx) => {
    for (const name of pending) {
      await byName.get(name)!.up(trx);
      await trx.insertInto('schema_migrations').values({ name, applied_at: now() }).execute();
    }
  });
  return pending;
}

export const SCHEMA_VERSION = MIGRATIONS.length;
