import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { DB } from '../db/types';
import type { Audit } from '../db/write';
import type { ReadDb } from '../db/read';
import type { FieldIssue } from '../contract/errors';
import type { Permission } from '../contract/permissions';
import type { MessageKey } from '../i18n/keys';
import type { WordIndex } from './words';
import type { ImportKind } from './schema';

// What one register's import says about itself (imports/residents.ts, imports/staff.ts): its
// fields with their type and the headers they are guessed from, the register's own validation
// (its zod input and cross-field rules, reused, never copied), the keys two rows of one person
// share, and the bulk write.

export type FieldType =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'code'; words: WordIndex<string> }
  | { type: 'yesNo'; words: WordIndex<'yes' | 'no'> };

export interface FieldSpec {
  field: string;
  required: boolean;
  label: MessageKey;
  spec: FieldType;
  /** Headers in az, en and ru that name this field (matched folded: imports/words.ts). */
  headers: readonly string[];
}

/** A key that one person's two rows share, and the field a duplicate is shown on. */
export interface PersonKey {
  field: string;
  key: string;
}

export interface KindSpec<V> {
  kind: ImportKind;
  /** Who may write this register (the call's `imports.run` lets one reach the screen). */
  permission: Permission;
  fields: readonly FieldSpec[];
  schema: z.ZodType<V>;
  /** Cross-field and against-today rules of the register's own service. */
  rules(v: V, today: string): FieldIssue[];
  keysOf(v: V): PersonKey[];
  /** The keys of everyone already in the register. */
  existingKeys(db: ReadDb): Promise<Set<string>>;
  /** Writes the rows (one transaction is open); returns the audit entries' count. */
  write(trx: Kysely<DB>, ctx: Ctx, audit: Audit, rows: V[], opts: { reason?: string }): Promise<void>;
}
