import type { Kysely } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_staff_accounts';
import * as m0003 from './0003_packages';
import * as m0004 from './0004_delivery';
import * as m0005 from './0005_sign_in_throttle';
import * as m0006 from './0006_record_reads';
import * as m0007 from './0007_education';
import * as m0008 from './0008_care';
import * as m0009 from './0009_daily_care';
import * as m0010 from './0010_documents';
import * as m0011 from './0011_family_contact';
import * as m0012 from './0012_safeguarding';
import * as m0013 from './0013_search_tokens';
import * as m0014 from './0014_follow_up_by_child';

export interface Migration {
  up(db: Kysely<any>): Promise<void>;
}

// Static list (not FileMigrationProvider, which cannot find files inside a bundle).
// Append only: the position of a migration is its number.
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_initial', m0001],
  ['0002_staff_accounts', m0002],
  ['0003_packages', m0003],
  ['0004_delivery', m0004],
  ['0005_sign_in_throttle', m0005],
  ['0006_record_reads', m0006],
  ['0007_education', m0007],
  ['0008_care', m0008],
  ['0009_daily_care', m0009],
  ['0010_documents', m0010],
  ['0011_family_contact', m0011],
  ['0012_safeguarding', m0012],
  ['0013_search_tokens', m0013],
  ['0014_follow_up_by_child', m0014],
];
