import type { Kysely } from 'kysely';
import * as m0001 from './0001_initial';

export interface Migration {
  up(db: Kysely<any>): Promise<void>;
}

// Static list (not FileMigrationProvider, which cannot find files inside a bundle).
// Append only: the position of a migration is its number.
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_initial', m0001],
];
