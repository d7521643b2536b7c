import { csvRecords, CsvSyntaxError, type CsvCell } from '../../../../src-main/core/packages/format/csv';
import { decodeUtf8Strict } from '../../../../src-main/core/packages/format/json';
import { checkCell, type TableSchema } from '../../../../src-main/core/packages/format/table-schema';
import { VerifyError } from '../../../../src-main/core/packages/verify/errors';

// The verifier's CSV check as it was before the one-pass checker (verify/csv-check.ts): the generator
// of records and checkCell per cell. Kept as the reference the fast path is compared with.
// One CSV against its Table Schema, record by record. Rows are numbered from 1 after the header.
// Primary keys of earlier resources are kept (only their keys) for the foreign-key checks.

export type KeyIndex = Map<string, Set<string>>;

const keyOf = (cells: CsvCell[]) => cells.map((c) => c ?? '').join('\u0000');

export function verifyCsvReference(resource: string, bytes: Buffer, schema: TableSchema, keys: KeyIndex): number {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new VerifyError('csv_bom', { resource });
  }
  const text = decodeUtf8Strict(bytes);
  if (text === null) throw new VerifyError('csv_encoding', { resource });
  const names = schema.fields.map((f) => f.name);
  const index = new Map(names.map((n, i) => [n, i]));
  const pk = schema.primaryKey.map((n) => index.get(n)!);
  const uniques = schema.fields.flatMap((f, i) => (f.constraints?.unique ? [{ i, name: f.name, seen: new Set<string>() }] : []));
  const fks = (schema.foreignKeys ?? []).map((fk) => ({
    cols: fk.fields.map((n) => index.get(n)!),
    target: keys.get(fk.reference.resource),
    fk,
  }));
  const primary = new Set<string>();
  let row = 0;
  try {
    for (const cells of csvRecords(text)) {
      if (row === 0) {
        if (cells.length !== names.length || cells.some((c, i) => c !== names[i])) {
          throw new VerifyError('csv_header', { resource, expected: names.join(',') });
        }
        row++;
        continue;
      }
      if (cells.length !== names.length) throw new VerifyError('csv_row_shape', { resource, row, cells: cells.length });
      schema.fields.forEach((f, i) => {
        const problem = checkCell(f, cells[i]!);
        if (problem) throw new VerifyError(problem, { resource, row, field: f.name });
      });
      for (const u of uniques) {
        const v = cells[u.i];
        if (v === null || v === '') continue;
        if (u.seen.has(v!)) throw new VerifyError('csv_unique', { resource, row, field: u.name });
        u.seen.add(v!);
      }
      const k = keyOf(pk.map((i) => cells[i]!));
      if (primary.has(k)) throw new VerifyError('csv_duplicate_key', { resource, row, key: schema.primaryKey.join(',') });
      primary.add(k);
      for (const { cols, target, fk } of fks) {
        const vals = cols.map((i) => cells[i]!);
        if (vals.some((v) => v === null || v === '')) continue;
        if (!target?.has(keyOf(vals))) {
          throw new VerifyError('csv_foreign_key', { resource, row, field: fk.fields.join(','), reference: fk.reference.resource });
        }
      }
      row++;
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new VerifyError('csv_syntax', { resource, row: Math.max(0, e.record - 1) });
    throw e;
  }
  if (row === 0) throw new VerifyError('csv_header', { resource, expected: names.join(',') });
  keys.set(resource, primary);
  return row - 1;
}
