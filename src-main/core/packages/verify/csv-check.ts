import { isUtf8 } from 'node:buffer';
import type { CellProblem, TableField, TableSchema } from '../format/table-schema';
import { VerifyError } from './errors';

// One CSV against its Table Schema, record by record. Rows are numbered from 1 after the header.
// Primary keys of earlier resources are kept (only their keys) for the foreign-key checks.
//
// The same rules as `csvRecords` (format/csv.ts) and `checkCell` (format/table-schema.ts), which
// stay the reference (tests/core/packages/verify/csv-check.test.ts compares the two on every
// field of every known schema and on broken files), done in one pass and without decoding:
// - the bytes are checked to be UTF-8 (no BOM) and then read as Latin-1, one char per byte. CSV's
//   delimiters are ASCII, so records and cells split exactly as in the decoded text; a cell's
//   bytes are equal exactly when its text is; types, formula starts and enums compare ASCII or
//   UTF-8-encoded values; a length in code points is the count of bytes that do not continue a
//   UTF-8 sequence; a pattern runs on the decoded text whenever the cell is not plain ASCII.
// - each schema is compiled once into one check per column (no regex built per cell, no
//   constraint lookups per cell), and the cells of a record go into one reused array.

/** A resource's primary keys, each as its cells joined by NUL (a missing cell as empty). */
export interface KeySet extends Iterable<string> {
  has(key: string): boolean;
}
export type KeyIndex = Map<string, KeySet>;

/**
 * Keys of two or more cells, without joining each row's cells into one string to hash: a joined
 * key is split at its first NUL into a head (the first cell, when it holds no NUL) and the rest,
 * kept as head → set of rests. Two joined keys are equal exactly when their splits are.
 */
class CompositeKeys implements KeySet {
  private readonly byHead = new Map<string, Set<string>>();
  /** Adds a key by its split; false when it was there already. */
  add(head: string, rest: string): boolean {
    let rests = this.byHead.get(head);
    if (!rests) this.byHead.set(head, (rests = new Set()));
    if (rests.has(rest)) return false;
    rests.add(rest);
    return true;
  }
  has(key: string): boolean {
    const i = key.indexOf('\u0000');
    return i >= 0 && !!this.byHead.get(key.slice(0, i))?.has(key.slice(i + 1));
  }
  *[Symbol.iterator](): Iterator<string> {
    for (const [head, rests] of this.byHead) for (const rest of rests) yield `${head}\u0000${rest}`;
  }
}

/** The rules of one column for a present cell: the chars of `t` from `a` up to `b` (b > a). */
type Check = (t: string, a: number, b: number) => CellProblem | null;

interface Compiled {
  names: string[];
  /** The names as the header's bytes read as Latin-1. */
  header: string[];
  required: boolean[];
  checks: Check[];
  uniques: Array<{ i: number; name: string }>;
  pk: number[];
  fks: Array<{ cols: number[]; resource: string; field: string }>;
}

const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const utf8Of = (v: string) => Buffer.from(v, 'latin1').toString('utf8');

const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const ZERO = 0x30;
const NINE = 0x39;

/** `^[=+\-@\t\r]` on the first byte: a cell a spreadsheet would run as a formula. */
function formulaStart(c: number): boolean {
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === CR;
}

const digit = (v: string, i: number) => {
  const c = v.charCodeAt(i);
  return c >= ZERO && c <= NINE;
};

/** `^(0|[1-9]\d{0,14})$` over v[a, b). */
export function isCanonicalInteger(v: string, a = 0, b = v.length): boolean {
  const n = b - a;
  if (n <= 0 || n > 15) return false;
  if (v.charCodeAt(a) === ZERO) return n === 1;
  for (let i = a; i < b; i++) if (!digit(v, i)) return false;
  return true;
}

/** The value of canonical integer digits (at most 15: exact in a double). */
function integerAt(v: string, a: number, b: number): number {
  let x = 0;
  for (let i = a; i < b; i++) x = x * 10 + (v.charCodeAt(i) - ZERO);
  return x;
}

const twoDigits = (v: string, i: number) => (v.charCodeAt(i) - ZERO) * 10 + (v.charCodeAt(i + 1) - ZERO);

/** YYYY-MM-DD over v[a, b), naming a day of the proleptic Gregorian calendar (what Date's round trip accepts). */
export function isIsoDate(v: string, a = 0, b = v.length): boolean {
  if (b - a !== 10 || v.charCodeAt(a + 4) !== 0x2d || v.charCodeAt(a + 7) !== 0x2d) return false;
  for (let i = a; i < b; i++) if (i !== a + 4 && i !== a + 7 && !digit(v, i)) return false;
  const y = twoDigits(v, a) * 100 + twoDigits(v, a + 2);
  const m = twoDigits(v, a + 5);
  const d = twoDigits(v, a + 8);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/** Code points of the UTF-8 text whose bytes v[a, b) holds (one char per byte). */
function codePoints(v: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if ((v.charCodeAt(i) & 0xc0) !== 0x80) n++;
  return n;
}

function isAscii(v: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (v.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** One column's rules for a present (non-empty) cell, in checkCell's order. */
export function compileField(f: TableField): Check {
  const c = f.constraints ?? {};
  const min = c.minimum;
  const max = c.maxLength;
  const values = c.enum?.map(latin1);
  // A short list compares in place; a long one hashes the cell once.
  const allowed = !values
    ? null
    : values.length > 16
      ? ((set) => (t: string, a: number, b: number) => set.has(t.slice(a, b)))(new Set(values))
      : (t: string, a: number, b: number) => {
          const n = b - a;
          next: for (const v of values) {
            if (v.length !== n) continue;
            for (let j = 0; j < n; j++) if (v.charCodeAt(j) !== t.charCodeAt(a + j)) continue next;
            return true;
          }
          return false;
        };
  const re = c.pattern ? new RegExp(`^(?:${c.pattern})$`, 'u') : null;
  let type: Check;
  switch (f.type) {
    case 'integer':
      type = (t, a, b) => (!isCanonicalInteger(t, a, b) || (min !== undefined && integerAt(t, a, b) < min) ? 'csv_type' : null);
      break;
    case 'boolean':
      type = (t, a, b) => ((b - a === 4 && t.startsWith('true', a)) || (b - a === 5 && t.startsWith('false', a)) ? null : 'csv_type');
      break;
    case 'date':
      type = (t, a, b) => (isIsoDate(t, a, b) ? null : 'csv_type');
      break;
    default:
      type = max === undefined ? () => null : (t, a, b) => (b - a > max && codePoints(t, a, b) > max ? 'csv_too_long' : null);
  }
  return (t, a, b) => {
    if (formulaStart(t.charCodeAt(a))) return 'csv_formula';
    const problem = type(t, a, b);
    if (problem) return problem;
    if (allowed && !allowed(t, a, b)) return 'csv_enum';
    if (re && !re.test(isAscii(t, a, b) ? t.slice(a, b) : utf8Of(t.slice(a, b)))) return 'csv_pattern';
    return null;
  };
}

const compiledSchemas = new WeakMap<TableSchema, Compiled>();

function compile(schema: TableSchema): Compiled {
  let c = compiledSchemas.get(schema);
  if (c) return c;
  const names = schema.fields.map((f) => f.name);
  const index = new Map(names.map((n, i) => [n, i]));
  c = {
    names,
    header: names.map(latin1),
    required: schema.fields.map((f) => !!f.constraints?.required),
    checks: schema.fields.map(compileField),
    uniques: schema.fields.flatMap((f, i) => (f.constraints?.unique ? [{ i, name: f.name }] : [])),
    pk: schema.primaryKey.map((n) => index.get(n)!),
    fks: (schema.foreignKeys ?? []).map((fk) => ({
      cols: fk.fields.map((n) => index.get(n)!),
      resource: fk.reference.resource,
      field: fk.fields.join(','),
    })),
  };
  compiledSchemas.set(schema, c);
  return c;
}

/**
 * The cells of one record, kept as ranges: cell k is src[k] from at[k] up to end[k] (src is the
 * file's text, or the unescaped text of a quoted cell with doubled quotes). An empty range is a
 * missing value (csvRecords: null unquoted, '' quoted; every rule treats both alike).
 */
interface Cells {
  src: string[];
  at: number[];
  end: number[];
}

const cellText = (c: Cells, k: number) => c.src[k]!.slice(c.at[k]!, c.end[k]!);
const missing = (c: Cells, k: number) => c.end[k]! === c.at[k]!;

/** Every CR of the text is followed by LF, every LF follows a CR, and the text ends with CRLF. */
function crlfOnly(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 2) !== CR || s.charCodeAt(n - 1) !== LF) return false;
  for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) if (s.charCodeAt(p - 1) !== CR) return false;
  for (let p = s.indexOf('\r'); p >= 0; p = s.indexOf('\r', p + 1)) if (s.charCodeAt(p + 1) !== LF) return false;
  return true;
}

/** A key of one or more cells (a missing cell counts as empty), as the reference joins them. */
function keyOf(c: Cells, cols: number[]): string {
  if (cols.length === 1) return cellText(c, cols[0]!);
  let k = cellText(c, cols[0]!);
  for (let j = 1; j < cols.length; j++) k += `\u0000${cellText(c, cols[j]!)}`;
  return k;
}

export function verifyCsv(resource: string, bytes: Buffer, schema: TableSchema, keys: KeyIndex): number {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new VerifyError('csv_bom', { resource });
  }
  if (!isUtf8(bytes)) throw new VerifyError('csv_encoding', { resource });
  const s = bytes.toString('latin1');
  const { names, header, required, checks, uniques, pk, fks } = compile(schema);
  const width = names.length;
  const seen = uniques.map(() => new Set<string>());
  const targets = fks.map((fk) => keys.get(fk.resource));
  const composite = pk.length > 1 ? new CompositeKeys() : null;
  const single = composite ? null : new Set<string>();
  const cells: Cells = { src: [], at: [], end: [] };
  const { src, at, end } = cells;
  const n = s.length;
  let i = 0;
  let row = 0;
  const syntax = (record: number): never => {
    throw new VerifyError('csv_syntax', { resource, row: record });
  };

  // A file without a quote whose every CR and LF pair up as CRLF, ending in one, has no syntax
  // fault: its records end at each CRLF and its cells at each comma, found by indexOf.
  const plain = s.indexOf('"') < 0 && crlfOnly(s);
  let comma = -1;

  while (i < n) {
    let k = 0;
    if (plain) {
      const e = s.indexOf('\r\n', i);
      for (;;) {
        if (comma < i) {
          comma = s.indexOf(',', i);
          // No comma left: never search again (a one-column tail would rescan the rest per record).
          if (comma < 0) comma = n;
        }
        const stop = comma > e ? e : comma;
        src[k] = s;
        at[k] = i;
        end[k] = stop;
        k++;
        i = stop + 1;
        if (stop === e) break;
      }
      i = e + 2;
    }
    // One record (strict RFC 4180, CRLF only), as csvRecords reads it.
    else for (;;) {
      let c = s.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        const from = i;
        let v: string | null = null;
        for (;;) {
          const q = s.indexOf('"', i);
          if (q < 0) syntax(row);
          if (s.charCodeAt(q + 1) === QUOTE) {
            v = (v ?? '') + s.slice(i, q + 1);
            i = q + 2;
            continue;
          }
          if (v === null) {
            src[k] = s;
            at[k] = from;
            end[k] = q;
          } else {
            v += s.slice(i, q);
            src[k] = v;
            at[k] = 0;
            end[k] = v.length;
          }
          i = q + 1;
          break;
        }
        k++;
      } else {
        let j = i;
        while (j < n) {
          c = s.charCodeAt(j);
          if (c === COMMA || c === CR || c === LF || c === QUOTE) break;
          j++;
        }
        if (j < n && c === QUOTE) syntax(row);
        src[k] = s;
        at[k] = i;
        end[k] = j;
        k++;
        i = j;
      }
      c = s.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === CR && s.charCodeAt(i + 1) === LF) {
        i += 2;
        break;
      }
      syntax(row);
    }

    if (row === 0) {
      let same = k === width;
      for (let f = 0; same && f < width; f++) same = !missing(cells, f) && cellText(cells, f) === header[f];
      if (!same) throw new VerifyError('csv_header', { resource, expected: names.join(',') });
      row++;
      continue;
    }
    if (k !== width) throw new VerifyError('csv_row_shape', { resource, row, cells: k });
    for (let f = 0; f < width; f++) {
      const a = at[f]!;
      const b = end[f]!;
      if (a === b) {
        if (required[f]) throw new VerifyError('csv_required', { resource, row, field: names[f]! });
        continue;
      }
      const problem = checks[f]!(src[f]!, a, b);
      if (problem) throw new VerifyError(problem, { resource, row, field: names[f]! });
    }
    for (let u = 0; u < uniques.length; u++) {
      const col = uniques[u]!.i;
      if (missing(cells, col)) continue;
      const v = cellText(cells, col);
      if (seen[u]!.has(v)) throw new VerifyError('csv_unique', { resource, row, field: uniques[u]!.name });
      seen[u]!.add(v);
    }
    let fresh: boolean;
    if (composite) {
      let head = cellText(cells, pk[0]!);
      let rest: string;
      if (head.indexOf('\u0000') < 0) {
        rest = cellText(cells, pk[1]!);
        for (let j = 2; j < pk.length; j++) rest += `\u0000${cellText(cells, pk[j]!)}`;
      } else {
        const joined = keyOf(cells, pk);
        const at = joined.indexOf('\u0000');
        head = joined.slice(0, at);
        rest = joined.slice(at + 1);
      }
      fresh = composite.add(head, rest);
    } else {
      const key = cellText(cells, pk[0]!);
      fresh = !single!.has(key);
      if (fresh) single!.add(key);
    }
    if (!fresh) throw new VerifyError('csv_duplicate_key', { resource, row, key: schema.primaryKey.join(',') });
    for (let r = 0; r < fks.length; r++) {
      const { cols, resource: reference, field } = fks[r]!;
      let absent = false;
      for (const col of cols) if (missing(cells, col)) absent = true;
      if (absent) continue;
      if (!targets[r]?.has(keyOf(cells, cols))) throw new VerifyError('csv_foreign_key', { resource, row, field, reference });
    }
    row++;
  }
  if (row === 0) throw new VerifyError('csv_header', { resource, expected: names.join(',') });
  keys.set(resource, composite ?? single!);
  return row - 1;
}
