import ExcelJS from 'exceljs';
import { AppError } from '../contract/errors';
import { readCsv, type CsvEncoding, type CsvSeparator } from './csv';

// A file's bytes → a table: the sheets of a workbook (.xlsx, read by exceljs) or the one table of
// a CSV, its header row and the data rows below it. A cell is text, a number (an Excel date stays
// its serial number only when the cell is not formatted as a date) or a date already read by
// exceljs as `yyyy-mm-dd`. Node only (exceljs).

export type Cell = string | number | null;

export interface Table {
  format: 'xlsx' | 'csv';
  encoding: CsvEncoding | null;
  separator: CsvSeparator | null;
  sheets: string[];
  sheet: string | null;
  header: string[];
  /** Data rows with the sheet's own row number (the header is row 1 of a CSV). */
  rows: Array<{ row: number; cells: Cell[] }>;
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function cellOf(v: ExcelJS.CellValue): Cell {
  if (v == null) return null;
  if (v instanceof Date) return isoOf(v);
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellOf(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

const headerText = (c: Cell) => (c == null ? '' : String(c).normalize('NFC').trim().replace(/\s+/g, ' '));

function tableOf(matrix: Array<{ row: number; cells: Cell[] }>): Pick<Table, 'header' | 'rows'> {
  const nonEmpty = matrix.filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ''));
  const [first, ...rest] = nonEmpty;
  if (!first) return { header: [], rows: [] };
  const width = Math.max(first.cells.length, ...rest.map((r) => r.cells.length));
  const header = Array.from({ length: width }, (_, i) => headerText(first.cells[i] ?? null));
  return { header, rows: rest.map((r) => ({ row: r.row, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? null) })) };
}

/** Reads the file; `sheet` names the workbook's sheet (the first one when absent). */
export async function readTable(bytes: Uint8Array, sheet?: string | null): Promise<Table> {
  if (!isZip(bytes)) {
    const csv = readCsv(bytes);
    const matrix = csv.rows.map((cells, i) => ({ row: i + 1, cells: cells as Cell[] }));
    return { format: 'csv', encoding: csv.encoding, separator: csv.separator, sheets: [], sheet: null, ...tableOf(matrix) };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid', 'imports.errors.unreadable');
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new AppError('invalid', sheet ? 'imports.errors.noSheet' : 'imports.errors.empty', { sheet: sheet ?? '' });
  const matrix: Array<{ row: number; cells: Cell[] }> = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: Cell[] = [];
    r.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellOf(c.value);
    });
    matrix.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { format: 'xlsx', encoding: null, separator: null, sheets, sheet: ws.name, ...tableOf(matrix) };
}
