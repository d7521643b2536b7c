import { csvRecord } from '../../format/csv';
import { formatCell, type TableSchema } from '../../format/table-schema';
import type { ResourceRow } from './types';

/** Rows → CSV bytes under a schema: the header, then one record per row in the given order. */
export function renderCsv(schema: TableSchema, rows: ResourceRow[]): Buffer {
  const parts = [csvRecord(schema.fields.map((f) => f.name))];
  for (const row of rows) parts.push(csvRecord(schema.fields.map((f) => formatCell(f, row[f.name] ?? null))));
  return Buffer.from(parts.join(''), 'utf8');
}
