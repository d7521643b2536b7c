import ExcelJS from 'exceljs';

// Sample registers for the import tests, made here with exceljs (workbooks) or by hand (CSVs in
// each encoding): the tests own every byte they read.

export type Sheet = { name: string; rows: unknown[][] };

export async function workbook(...sheets: Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A single-byte code page's encoder, inverted from the platform's decoder. */
export function encode(text: string, encoding: 'windows-1251' | 'windows-1254'): Uint8Array {
  const dec = new TextDecoder(encoding);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text], (ch) => {
    const b = map.get(ch);
    if (b === undefined) throw new Error(`${ch} is not in ${encoding}`);
    return b;
  });
}

export function csv(rows: string[][], sep = ';'): string {
  return `${rows.map((r) => r.map((c) => (/[";\n,\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n')}\r\n`;
}
