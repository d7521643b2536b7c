import { createHash } from 'node:crypto';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import { writeTx } from '../db/write';
import type { ReadDb } from '../db/read';
import { AppError } from '../contract/errors';
import { roleCan } from '../contract/permissions';
import { uuidv7 } from '../ids';
import { guessMapping, headerKey } from './guess';
import type { KindSpec } from './kind';
import { readTable, type Table } from './parse';
import { residentsImport } from './residents';
import { checkRows, type CheckedRow } from './rows';
import type { Commit, CommitDto, ImportKind, Preview, PreviewDto, Upload } from './schema';
import { dropStaged, receiveChunk, stagedFile } from './staging';
import { staffImport } from './staff';
import { episodesImport } from './episodes';
import { relativesImport } from './relatives';

// An import: the staged file read (imports/parse.ts), its columns mapped (the user's mapping, else
// the one remembered for this header row, else the guess), every row checked (imports/rows.ts),
// and on commit the valid rows written in one transaction — one audit entry per record and one for
// the import — and the mapping remembered (settings `imports.mapping.<kind>.<hash of the header>`).

const KINDS: Record<ImportKind, KindSpec<never, never>> = {
  residents: residentsImport as unknown as KindSpec<never, never>,
  staff: staffImport as unknown as KindSpec<never, never>,
  episodes: episodesImport as unknown as KindSpec<never, never>,
  relatives: relativesImport as unknown as KindSpec<never, never>,
};

function specOf(ctx: Ctx, kind: ImportKind): KindSpec<never, never> {
  const spec = KINDS[kind];
  if (!roleCan(ctx.actor.role, spec.permission)) throw new AppError('forbidden', 'errors.forbidden');
  return spec;
}

export function uploadChunk(ctx: Ctx, input: Upload) {
  return receiveChunk(ctx.actor.username, input, ctx.now().getTime());
}

/** The settings key of the mapping remembered for a header row (a settings key, not a message). */
const mappingKey = (kind: ImportKind, header: string[]) =>
  ['imports', 'mapping', kind, createHash('sha256').update(headerKey(header)).digest('hex').slice(0, 32)].join('.');

async function rememberedMapping(db: ReadDb, kind: ImportKind, header: string[]): Promise<Record<string, number | null> | null> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', mappingKey(kind, header)).executeTakeFirst();
  if (!r) return null;
  try {
    return JSON.parse(r.value) as Record<string, number | null>;
  } catch {
    return null;
  }
}

interface Checked {
  spec: KindSpec<never, never>;
  fileName: string;
  sha256: string;
  table: Table;
  mapping: Record<string, number | null>;
  mappingFrom: PreviewDto['mappingFrom'];
  rows: Array<CheckedRow<never>>;
}

/** Reads and checks a file against the database `db` (the commit's transaction re-checks it). */
export async function checkFile(ctx: Ctx, db: ReadDb, input: Preview, file: { fileName: string; bytes: Uint8Array }): Promise<Checked> {
  const spec = specOf(ctx, input.kind);
  const table = await readTable(file.bytes, input.sheet);
  if (table.header.length === 0) throw new AppError('invalid', 'imports.errors.empty');
  const fields = new Set(spec.fields.map((f) => f.field));
  let mapping: Record<string, number | null>;
  let mappingFrom: PreviewDto['mappingFrom'];
  const remembered = input.mapping ? null : await rememberedMapping(db, input.kind, table.header);
  if (input.mapping) [mapping, mappingFrom] = [input.mapping, 'given'];
  else if (remembered) [mapping, mappingFrom] = [remembered, 'remembered'];
  else [mapping, mappingFrom] = [guessMapping(table.header, spec.fields), 'guessed'];
  // Only the register's fields, each to a column the file has.
  mapping = Object.fromEntries(
    spec.fields.map((f) => {
      const c = mapping[f.field];
      return [f.field, c != null && fields.has(f.field) && c < table.header.length ? c : null];
    }),
  );
  const rows = checkRows(spec, table.rows, {
    header: table.header,
    mapping,
    skip: new Set(input.skip),
    edits: input.edits,
    checker: await spec.checker(db, todayOf(ctx)),
    today: todayOf(ctx),
  });
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  return { spec, fileName: file.fileName, sha256, table, mapping, mappingFrom, rows };
}

function previewOf(kind: ImportKind, c: Checked): PreviewDto {
  const count = (s: string) => c.rows.filter((r) => r.status === s).length;
  return {
    kind,
    fileName: c.fileName,
    format: c.table.format,
    encoding: c.table.encoding,
    separator: c.table.separator,
    sheets: c.table.sheets,
    sheet: c.table.sheet,
    header: c.table.header,
    fields: c.spec.fields.map((f) => ({ field: f.field, required: f.required, label: f.label })),
    mapping: c.mapping,
    mappingFrom: c.mappingFrom,
    rows: c.rows.map(({ value: _v, ...r }) => r),
    counts: { rows: c.rows.length, valid: count('ok'), errors: count('error'), skipped: count('skipped') },
  };
}

export async function previewImport(ctx: Ctx, input: Preview): Promise<PreviewDto> {
  const file = stagedFile(ctx.actor.username, input.uploadId);
  return previewOf(input.kind, await checkFile(ctx, ctx.db, input, file));
}

/** Writes every valid row of the file in one transaction; the rows with errors are left out. */
export async function commitFile(ctx: Ctx, input: Commit, file: { fileName: string; bytes: Uint8Array }, opts: { dryRun?: boolean } = {}): Promise<CommitDto> {
  const importId = uuidv7(ctx.now().getTime());
  const summarise = (c: Checked): CommitDto => {
    const valid = c.rows.filter((r) => r.status === 'ok');
    return {
      importId,
      imported: valid.length,
      skipped: c.rows.length - valid.length,
      errors: c.rows.flatMap((r) => r.issues.map((i) => ({ row: r.row, column: i.column || i.field, code: i.code }))),
    };
  };
  if (opts.dryRun) return summarise(await checkFile(ctx, ctx.db, input, file));
  return writeTx(ctx, async (trx, audit) => {
    const c = await checkFile(ctx, trx, input, file);
    const result = summarise(c);
    const values = c.rows.filter((r) => r.status === 'ok').map((r) => r.value!);
    if (values.length) await c.spec.write(trx, ctx, audit, values, { reason: input.reason });
    const at = ctx.now().toISOString();
    const key = mappingKey(input.kind, c.table.header);
    const value = JSON.stringify(c.mapping);
    await trx.insertInto('settings').values({ key, value, updated_at: at }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at })).execute();
    await audit({
      action: 'import.commit',
      entity: 'import',
      entityId: importId,
      after: { kind: input.kind, fileName: c.fileName, sha256: c.sha256, sheet: c.table.sheet, imported: result.imported, skipped: result.skipped, errors: result.errors.length },
    });
    return result;
  });
}

export async function commitImport(ctx: Ctx, input: Commit): Promise<CommitDto> {
  const file = stagedFile(ctx.actor.username, input.uploadId);
  const result = await commitFile(ctx, input, file);
  dropStaged(input.uploadId);
  return result;
}
