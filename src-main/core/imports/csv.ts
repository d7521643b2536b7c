// A CSV file's bytes → rows of text: the encoding told from the bytes (UTF-8, else Windows-1251
// for Cyrillic, else Windows-1254 for Turkish-keyboard Azerbaijani), the separator guessed among
// `,` `;` and tab, and RFC 4180 quoting. Isomorphic (TextDecoder knows both code pages in Node and
// Chromium).

export type CsvEncoding = 'utf-8' | 'windows-1251' | 'windows-1254';
export type CsvSeparator = ',' | ';' | '\t';

/** Valid UTF-8 (fatal decoding succeeds) is UTF-8; otherwise the code page whose letters fit. */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // Not UTF-8: count the bytes each code page reads as letters of its language.
  }
  let cyr = 0;
  let tr = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    // Windows-1251: 0xC0–0xFF are А–я (and Ё/ё at 0xA8/0xB8).
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) cyr++;
    // Windows-1254: the Azerbaijani letters ç ğ ı İ ö ş ü Ç Ğ Ö Ş Ü and ə's stand-in ä.
    if ([0xe7, 0xf0, 0xfd, 0xdd, 0xf6, 0xfe, 0xfc, 0xc7, 0xd0, 0xd6, 0xde, 0xdc, 0xe4, 0xc4].includes(b)) tr += 3;
  }
  return tr > cyr ? 'windows-1254' : 'windows-1251';
}

function decode(bytes: Uint8Array, encoding: CsvEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits the text into records of fields (quotes "…" with "" inside; newlines inside quotes kept). */
export function splitCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** The separator that splits the first lines into the same number (more than one) of fields. */
export function guessSeparator(text: string): CsvSeparator {
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 20);
  let best: CsvSeparator = ',';
  let bestScore = -1;
  for (const sep of [';', '\t', ','] as const) {
    const counts = splitCsv(lines.join('\n'), sep).map((r) => r.length);
    if (!counts.length || counts[0]! < 2) continue;
    const same = counts.filter((c) => c === counts[0]).length;
    const score = same * 100 + counts[0]!;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

export function readCsv(bytes: Uint8Array): { encoding: CsvEncoding; separator: CsvSeparator; rows: string[][] } {
  const encoding = detectEncoding(bytes);
  const text = decode(bytes, encoding);
  const separator = guessSeparator(text);
  return { encoding, separator, rows: splitCsv(text, separator) };
}
