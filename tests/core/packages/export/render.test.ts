import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../../../src-main/core/packages/format/csv';
import { formatCell, type CellValue, type TableSchema } from '../../../../src-main/core/packages/format/table-schema';
import { KNOWN_SCHEMAS } from '../../../../src-main/core/packages/format/schemas/index';
import { renderCsv } from '../../../../src-main/core/packages/export/resources/render';
import type { ResourceRow } from '../../../../src-main/core/packages/export/resources/types';

// renderCsv writes each record without an array per row; the reference is csvRecord of
// formatCell per cell (the writer as it was). Same bytes for every schema and tricky values.

const reference = (schema: TableSchema, rows: ResourceRow[]) =>
  Buffer.from(
    [csvRecord(schema.fields.map((f) => f.name)), ...rows.map((r) => csvRecord(schema.fields.map((f) => formatCell(f, r[f.name] ?? null))))].join(''),
    'utf8',
  );

const values: CellValue[] = [
  null, '', 'a', 'ə', 'a,b', 'a"b', '"', 'a\r\nb', 'a\nb', 'a\rb', ' x ', '=1', '😀', 0, 1, 42, 123456789012345, true, false, '2026-01-31',
];

describe('renderCsv', () => {
  it('writes the reference’s bytes for every field of every schema', () => {
    for (const schema of Object.values(KNOWN_SCHEMAS).flat().map((r) => r.schema)) {
      const rows: ResourceRow[] = values.map((_, k) =>
        Object.fromEntries(schema.fields.map((f, i) => {
          // Each field gets each value that its type admits (an integer field only whole numbers or nothing).
          const ok = values.filter((v) => f.type !== 'integer' || v === null || v === '' || (typeof v === 'number' && Number.isInteger(v)));
          return [f.name, ok[(k + i) % ok.length]!];
        })),
      );
      // A missing property is a missing value too.
      rows.push({});
      expect(renderCsv(schema, rows).equals(reference(schema, rows))).toBe(true);
      expect(renderCsv(schema, []).equals(reference(schema, []))).toBe(true);
    }
  });
  it('refuses a value that is not an integer in an integer field, as formatCell does', () => {
    const schema = KNOWN_SCHEMAS[2]!.find((r) => r.schema.fields.some((f) => f.type === 'integer'))!.schema;
    const f = schema.fields.find((x) => x.type === 'integer')!;
    expect(() => renderCsv(schema, [{ [f.name]: 1.5 }])).toThrow(/not an integer/);
    expect(() => renderCsv(schema, [{ [f.name]: '7' }])).toThrow(/not an integer/);
  });
});
