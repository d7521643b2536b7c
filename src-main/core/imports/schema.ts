import { z } from 'zod';
import type { MessageKey } from '../i18n/keys';

// The imports domain's inputs and DTOs. Isomorphic: the Import screen builds its steps from them.
// A file reaches the core in chunks (`imports.upload`: the web harness caps a request at 2 MB, and
// the screen shows the chunks sent as the file's progress), then the core reads it, guesses the
// columns, checks each row (`imports.preview`) and writes the valid rows (`imports.commit`).

export const IMPORT_KINDS = ['residents', 'staff', 'episodes', 'relatives'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Largest file an import takes, and the largest chunk one call carries (base64 of it < 2 MB). */
export const IMPORT_LIMITS = { fileBytes: 20 * 1024 * 1024, chunkBytes: 1024 * 1024 } as const;

/** Why a row's cell is refused: stable codes for the CLI's `--json`, each with its message. */
export const ISSUE_CODES = [
  'required',
  'too_long',
  'fin_format',
  'date_format',
  'date_impossible',
  'date_future',
  'date_order',
  'unknown_code',
  'duplicate_existing',
  'duplicate_in_file',
  'not_found',
  'invalid',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export const UploadInput = z
  .object({
    /** Absent on the first chunk: the core answers the upload's id. */
    uploadId: z.string().min(1).max(64).optional(),
    fileName: z.string().trim().min(1).max(255),
    size: z.number().int().min(1).max(IMPORT_LIMITS.fileBytes, { error: 'imports.errors.tooLarge' }),
    offset: z.number().int().min(0),
    dataBase64: z.string().min(1).max(Math.ceil(IMPORT_LIMITS.chunkBytes / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();
export type Upload = z.output<typeof UploadInput>;

/** Column index (0-based) of the file for each field; null or absent: not imported. */
const Mapping = z.record(z.string().max(60), z.number().int().min(0).max(500).nullable());

export const PreviewInput = z
  .object({
    uploadId: z.string().min(1).max(64),
    kind: z.enum(IMPORT_KINDS),
    sheet: z.string().max(100).nullable().optional().default(null),
    /** The user's mapping; absent: the remembered one for this header row, else the guess. */
    mapping: Mapping.optional(),
    /** Sheet row numbers the user chose to leave out. */
    skip: z.array(z.number().int().min(1)).max(100_000).optional().default([]),
    /** Corrected cells typed in the preview: row number → field → text. */
    edits: z.record(z.string().regex(/^\d+$/), z.record(z.string().max(60), z.string().max(4000))).optional().default({}),
  })
  .strict();
export type Preview = z.output<typeof PreviewInput>;

export const CommitInput = PreviewInput.extend({
  /** Why rows dated in a period whose package is already exported are added (required then). */
  reason: z.string().trim().max(2000).optional(),
}).strict();
export type Commit = z.output<typeof CommitInput>;

export interface RowIssue {
  field: string;
  /** The column's header as the file has it ('' when the field is not mapped). */
  column: string;
  code: IssueCode;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export interface PreviewRow {
  row: number;
  status: 'ok' | 'error' | 'skipped';
  /** The cells of the mapped fields, as text. */
  cells: Record<string, string>;
  issues: RowIssue[];
}

export interface FieldInfo {
  field: string;
  required: boolean;
  label: MessageKey;
}

export interface PreviewDto {
  kind: ImportKind;
  fileName: string;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  separator: string | null;
  sheets: string[];
  sheet: string | null;
  header: string[];
  fields: FieldInfo[];
  mapping: Record<string, number | null>;
  mappingFrom: 'given' | 'remembered' | 'guessed';
  rows: PreviewRow[];
  counts: { rows: number; valid: number; errors: number; skipped: number };
}

export interface CommitDto {
  importId: string;
  imported: number;
  skipped: number;
  errors: Array<{ row: number; column: string; code: IssueCode }>;
}
