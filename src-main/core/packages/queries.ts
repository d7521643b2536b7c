import type { Selectable } from 'kysely';
import type { PackagesTable, SigningKeysTable } from '../db/types';
import type { ReadDb } from '../db/read';

export type PackageRow = Selectable<PackagesTable>;
export type SigningKeyRow = Selectable<SigningKeysTable>;

export function institutionRow(db: ReadDb) {
  return db.selectFrom('institution').select(['code', 'name_az', 'name_en']).where('id', '=', 1).executeTakeFirst();
}

export function activeKeyRow(db: ReadDb): Promise<SigningKeyRow | undefined> {
  return db.selectFrom('signing_keys').selectAll().where('status', '=', 'active').executeTakeFirst();
}

export function keyRows(db: ReadDb): Promise<SigningKeyRow[]> {
  return db.selectFrom('signing_keys').selectAll().orderBy('created_at').orderBy('key_id').execute();
}

export function recipientRow(db: ReadDb) {
  return db.selectFrom('ministry_recipient').selectAll().where('id', '=', 1).executeTakeFirst();
}

export function lastPackageRow(db: ReadDb): Promise<PackageRow | undefined> {
  return db.selectFrom('packages').selectAll().orderBy('sequence', 'desc').limit(1).executeTakeFirst();
}

export function lastPackageOfPeriod(db: ReadDb, period: string): Promise<PackageRow | undefined> {
  return db.selectFrom('packages').selectAll().where('period', '=', period).orderBy('sequence', 'desc').limit(1).executeTakeFirst();
}

export function packageRows(db: ReadDb): Promise<PackageRow[]> {
  return db.selectFrom('packages').selectAll().orderBy('sequence', 'desc').execute();
}

/** The instant of the last package signed by a key ('' when none). */
export async function lastPreparedBy(db: ReadDb, keyId: string): Promise<string> {
  const row = await db.selectFrom('packages').select((eb) => eb.fn.max('prepared_at').as('last')).where('signer_key_id', '=', keyId).executeTakeFirst();
  return row?.last ?? '';
}
