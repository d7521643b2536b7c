import type { z } from 'zod';
import type { Insertable, Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { DB } from '../db/types';
import type { Audit } from '../db/write';
import type { ReadDb } from '../db/read';
import type { FieldIssue } from '../contract/errors';
import type { Permission } from '../contract/permissions';
import type { MessageKey } from '../i18n/keys';
import { wordIndex, type WordIndex, type Words } from './words';
import type { ImportKind, IssueCode } from './schema';

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

export interface Finding {
  field: string;
  code: IssueCode;
  message: MessageKey;
  params?: Record<string, string | number>;
}

/**
 * The last check of a valid row against the database and the rows accepted before it (duplicates,
 * overlapping stays, an unknown child): its findings, or the value to write. Stateful: a row it
 * accepts counts for the rows after it.
 */
export type RowChecker<V, W> = (v: V, row: number) => { findings: Finding[]; value?: W };

export interface KindSpec<V, W = V> {
  kind: ImportKind;
  /** Who may write this register (the call's `imports.run` lets one reach the screen). */
  permission: Permission;
  fields: readonly FieldSpec[];
  schema: z.ZodType<V>;
  /** Cross-field and against-today rules of the register's own service. */
  rules(v: V, today: string): FieldIssue[];
  checker(db: ReadDb, today: string): Promise<RowChecker<V, W>>;
  /** Writes the accepted rows (one transaction is open), each with its audit entry. */
  write(trx: Kysely<DB>, ctx: Ctx, audit: Audit, rows: W[], opts: { reason?: string }): Promise<void>;
}

/** The checker of a register of people: a person already there, or twice in the file, is refused. */
export function personChecker<V>(existing: Set<string>, keysOf: (v: V) => PersonKey[]): RowChecker<V, V> {
  const seen = new Map<string, number>();
  return (v, row) => {
    const findings: Finding[] = [];
    const keys = keysOf(v);
    for (const k of keys) {
      if (findings.some((f) => f.field === k.field)) continue;
      if (existing.has(k.key)) findings.push({ field: k.field, code: 'duplicate_existing', message: 'imports.issues.duplicateExisting' });
      else if (seen.has(k.key)) findings.push({ field: k.field, code: 'duplicate_in_file', message: 'imports.issues.duplicateInFile', params: { row: seen.get(k.key)! } });
    }
    if (findings.length) return { findings };
    for (const k of keys) seen.set(k.key, row);
    return { findings, value: v };
  };
}

export const TEXT = { type: 'text' } as const;
export const DATE = { type: 'date' } as const;
export const codeField = <V extends string>(words: Words<V>) => ({ type: 'code', words: wordIndex(words) as WordIndex<string> }) as const;

export function field(name: string, label: MessageKey, spec: FieldType, headers: string[], required = false): FieldSpec {
  return { field: name, required, label, spec, headers };
}

/**
 * Inserts rows in multi-row statements of `size` rows (SQLite binds at most 32,766 parameters a
 * statement): a few statements for a whole register, not one awaited insert per row.
 */
export async function insertInBatches<T extends 'residents' | 'staff' | 'care_episodes' | 'relatives'>(
  trx: Kysely<DB>, table: T, rows: Array<Insertable<DB[T]>>, size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await trx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}
