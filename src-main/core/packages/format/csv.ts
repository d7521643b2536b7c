// CSV as the package writes it (RFC 4180): UTF-8 without a BOM, comma, CRLF after every record
// including the last, a header record, a field quoted only when it holds a comma, a quote, CR or
// LF, quotes doubled inside. An empty unquoted field is a missing value.

export type CsvCell = string | null;

function field(v: CsvCell): string {
  if (v === null) return '';
  return /[",\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v;
}

export function csvRecord(cells: CsvCell[]): string {
  return `${cells.map(field).join(',')}\r\n`;
}

export class CsvSyntaxError extends Error {
  constructor(readonly record: number, detail: string) {
    super(`record ${record}: ${detail}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Reads records one at a time from decoded text (strict RFC 4180, CRLF only). Each cell is its
 * text, or null for an empty unquoted field. Records are numbered from 1 (the header).
 */
export function* csvRecords(text: string): Generator<CsvCell[]> {
  let i = 0;
  let record = 1;
  const n = text.length;
  if (n === 0) return;
  while (i < n) {
    const cells: CsvCell[] = [];
    for (;;) {
      if (text[i] === '"') {
        let v = '';
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new CsvSyntaxError(record, 'unterminated quoted field');
          v += text.slice(i, q);
          if (text[q + 1] === '"') {
            v += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        cells.push(v);
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && text[j] !== '\r' && text[j] !== '\n' && text[j] !== '"') j++;
        if (text[j] === '"') throw new CsvSyntaxError(record, 'a quote inside an unquoted field');
        cells.push(j === i ? null : text.slice(i, j));
        i = j;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      }
      if (i >= n) throw new CsvSyntaxError(record, 'the last record does not end with CRLF');
      throw new CsvSyntaxError(record, 'a line break that is not CRLF, or text after a closing quote');
    }
    yield cells;
    record++;
  }
}
