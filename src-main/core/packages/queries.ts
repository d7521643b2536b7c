import type { Kysely, Selectable } from 'kysely';
import type { DB, PackagesTable, SigningKeysTable } from '../db/types';

export type PackageRow = Selectable<PackagesTable>;
export type SigningKeyRow = Selectable<SigningKeysTable>;

export function institutionRow(db: Kysely<DB>) {
  return db.selectFrom('institution').select(['code', 'name_az', 'name_en']).where('id', '=', 1).executeTakeFirst();
}

export function activeKeyRow(db: Kysely<DB>): Promise<SigningKeyRow | undefined> {
  return db.selectFrom('signing_keys').selectAll().where('status', '=', 'active').executeTakeFirst();
}

export function keyRows(db: Kysely<DB>): Promise<SigningKeyRow[]> {
  return db.selectFrom('signing_keys').selectAll().orderBy('created_at').orderBy('key_id').execute();
}

export function recipientRow(db: Kysely<DB>) {
  return db.selectFrom('ministry_recipient').selectAll().where('id', '=', 1).executeTakeFirst();
}

export function lastPackageRow(db: Kysely<DB>): Promise<PackageRow | undefined> {
  return db.selectFrom('packages').selectAll().orderBy('sequence', 'desc').limit(1).executeTakeFirst();
}

export function lastPackageOfPeriod(db: Kysely<DB>, period: string): Promise<PackageRow | undefined> {
  return db.selectFrom('packages').selectAll().where('period', '=', period).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
}

export function packageRows(db: Kysely<DB>): Promise<PackageRow[]> {
  return db.selectFrom('packages').selectAll().orderBy('sequence', 'desc').execute();
}

/** The instant of the last package signed by a key ('' when none). */
export async function lastPreparedBy(db: Kysely<DB>, keyId: string): Promise<string> {
  const row = await db.selectFrom('packages').select((eb) => eb.fn.max('prepared_at').as('last')).where('signer_key_id', '=', keyId).executeTakeFirst();
  return row?.last ?? '';
}
