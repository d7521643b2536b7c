import { csvRecord } from '../../format/csv';
import { formatCell, type CellValue, type TableField, type TableSchema } from '../../format/table-schema';
import type { ResourceRow } from './types';

/**
 * Rows → CSV bytes under a schema: the header, then one record per row in the given order. The
 * same text as `csvRecord` of `formatCell` per cell (format/csv.ts, format/table-schema.ts: the
 * reference, which a test compares with this), without an array per row: each cell is formatted
 * by its field's type and quoted only when it holds a comma, a quote, CR or LF (or is empty text).
 */
export function renderCsv(schema: TableSchema, rows: ResourceRow[]): Buffer {
  const fields = schema.fields;
  const names = fields.map((f) => f.name);
  const kinds = fields.map(kindOf);
  // Records gathered into chunks of text and each chunk encoded once: one string of the whole
  // file built by += is a rope that Buffer.from would first have to flatten.
  const chunks: Buffer[] = [];
  let out = csvRecord(names);
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < names.length; i++) {
      if (i > 0) line += ',';
      const v = row[names[i]!] ?? null;
      if (v === null || v === '') continue;
      line += cell(fields[i]!, kinds[i]!, v);
    }
    out += `${line}\r\n`;
    if (out.length > CHUNK) {
      chunks.push(Buffer.from(out, 'utf8'));
      out = '';
    }
  }
  chunks.push(Buffer.from(out, 'utf8'));
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

const CHUNK = 64 * 1024;

type Kind = 0 | 1 | 2; // boolean, integer, text
const kindOf = (f: TableField): Kind => (f.type === 'boolean' ? 0 : f.type === 'integer' ? 1 : 2);

const NEEDS_QUOTES = /[",\r\n]/;

function cell(f: TableField, kind: Kind, v: Exclude<CellValue, null>): string {
  if (kind === 0) return v ? 'true' : 'false';
  // An integer field's value is checked as formatCell checks it (and cannot need quotes).
  if (kind === 1) return formatCell(f, v)!;
  const s = String(v);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
