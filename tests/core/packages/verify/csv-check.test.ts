import { describe, expect, it } from 'vitest';
import { csvRecord, type CsvCell } from '../../../../src-main/core/packages/format/csv';
import { checkCell, type TableField, type TableSchema } from '../../../../src-main/core/packages/format/table-schema';
import { KNOWN_SCHEMAS } from '../../../../src-main/core/packages/format/schemas/index';
import { compileField, isIsoDate, verifyCsv, type KeyIndex } from '../../../../src-main/core/packages/verify/csv-check';
import { VerifyError } from '../../../../src-main/core/packages/verify/errors';
import { verifyCsvReference } from './csv-reference';

// The one-pass CSV check (verify/csv-check.ts) reads bytes as Latin-1 and compiles each schema;
// the reference (csv-reference.ts: csvRecords + checkCell, the check as it was) decodes the text
// and checks each cell by its field. Both must give the same answer — the same row count, or the
// same code with the same parameters — for every field of every known schema, for every value in
// the pool below, and for every broken file shape.

const schemas = Object.values(KNOWN_SCHEMAS).flat().map((r) => r.schema);
const UUID = '0191f3a2-7b4c-7d5e-8f60-a1b2c3d4e5f6';

/** Values that each pass or break a rule, or sit just at its edge. */
function poolFor(f: TableField): CsvCell[] {
  const c = f.constraints ?? {};
  const base: CsvCell[] = [
    null, '', 'x', 'M', 'F', 'true', 'false', 'TRUE', 'true ', 'falsey', '0', '00', '01', '1', '7', '1899', '1900', '2026',
    '123456789012345', '1234567890123456', '999999999999999', '-1', '1.5', '1e3', ' 1', '٣', '１',
    '2015-02-28', '2015-02-29', '2016-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '0000-01-01', '9999-12-31', '2015-13-01',
    '2015-00-10', '2015-01-00', '2015-01-32', '2015-04-31', '2015-04-30', '2015-1-01', '2015-01-01T00:00:00Z', ' 2015-01-01',
    '2015/01/01', '20150101', '2015-01-0a', '٢٠١٥-01-01',
    '=1', '+', '-', '@x', '\tx', '\rx', 'a=1', ' =1', 'ə', 'Bakı', 'a,b', 'a"b', '"', '""', 'a\r\nb', 'a\nb', 'a\rb', ',', '\u0000', 'a\u0000b',
    UUID, UUID.toUpperCase(), `${UUID}0`, UUID.replace('a', 'ə'), '5AB7K0M', '5AB7KOM', '5ab7k0m', '5AB7K0MM', 'ƏAB7K0M',
    '2026-2027', '2026-27', '994 50 123 45 67', '+994 50', '994-50', '٣٣', ' 994', '2026-03', '2026-13', '2026-3', '2026-00',
    'abc1', 'Abc', 'a_b.c', '.ab', 'a-b+c', 'aə', '😀', '😀x', 'total', 'totals', 'sex:F', 'sex:', 'legal_status:orphan', 'sex:ə', 'Sex:F',
  ];
  for (const v of c.enum ?? []) base.push(v, `${v} `, v.toUpperCase(), `${v};${v}`, `x${v}`);
  // A list pattern of code words, (?:a|b)(?:;(?:a|b))*: each word, two joined, and broken joins.
  const words = /^\(\?:([a-z_|]+)\)/.exec(c.pattern ?? '')?.[1]?.split('|') ?? [];
  for (const w of words) base.push(w, `${w};${words[0]}`, `${w};`, `;${w}`, `${w},${w}`, `${w}; ${w}`);
  if (c.maxLength !== undefined) {
    const m = c.maxLength;
    for (const ch of ['a', 'ə', '😀', 'ğ']) base.push(ch.repeat(m), ch.repeat(m + 1), ch.repeat(Math.max(1, m - 1)));
    base.push(`${'a'.repeat(m - 1)}ə`, `${'a'.repeat(m)}ə`, `${'😀'.repeat(m - 1)}ab`);
  }
  return base;
}

/** One valid value of a field, from its pool (the reference decides). */
function validValue(f: TableField, n: number): CsvCell {
  const ok = poolFor(f).filter((v) => v !== null && v !== '' && checkCell(f, v) === null) as string[];
  if (ok.length === 0) throw new Error(`no valid value for ${f.name}`);
  if (f.constraints?.unique || f.name === 'id' || f.name.endsWith('_id')) {
    // Keys: distinct per row where the pattern allows it.
    for (const v of [UUID, ...ok].map((x) => x.replace(/.$/, String(n)))) if (checkCell(f, v) === null) return v;
  }
  return ok[n % ok.length]!;
}

function rowsOf(schema: TableSchema, n: number): CsvCell[][] {
  return Array.from({ length: n }, (_, r) => schema.fields.map((f) => validValue(f, r + 1)));
}

function csvOf(schema: TableSchema, rows: CsvCell[][]): Buffer {
  return Buffer.from(csvRecord(schema.fields.map((f) => f.name)) + rows.map(csvRecord).join(''), 'utf8');
}

type Outcome = { rows: number; keys: Array<[string, string[]]> } | { code: string; params: unknown };

type Check = (name: string, bytes: Buffer, schema: TableSchema, keys: Map<string, Set<string>>) => number;

function outcome(fn: Check, name: string, bytes: Buffer, schema: TableSchema, keys: KeyIndex): Outcome {
  const k = new Map([...keys].map(([r, s]) => [r, new Set(s)]));
  try {
    const rows = fn(name, bytes, schema, k);
    return { rows, keys: [...k].map(([r, s]) => [r, [...s].sort()]) };
  } catch (e) {
    if (e instanceof VerifyError) return { code: e.code, params: e.params };
    throw e;
  }
}

const same = (name: string, bytes: Buffer, schema: TableSchema, keys: KeyIndex = new Map()) =>
  expect(outcome(verifyCsv, name, bytes, schema, keys)).toEqual(outcome(verifyCsvReference, name, bytes, schema, keys));

const latin1 = (v: string) => Buffer.from(v, 'utf8').toString('latin1');

describe('the compiled column check', () => {
  it('gives checkCell’s answer for every field of every known schema and every value of the pool', () => {
    let compared = 0;
    for (const schema of schemas) {
      for (const f of schema.fields) {
        const check = compileField(f);
        for (const v of poolFor(f)) {
          if (v === null || v === '') continue;
          const t = latin1(v);
          // Also at an offset inside a longer text, as the checker sees a cell.
          expect([check(t, 0, t.length), check(`,,${t},`, 2, t.length + 2)], `${f.name} ${JSON.stringify(v)}`).toEqual([checkCell(f, v), checkCell(f, v)]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('accepts exactly the dates Date’s round trip accepts', () => {
    const byDate = (s: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    };
    const years = [0, 1, 4, 99, 100, 400, 1600, 1700, 1800, 1899, 1900, 1999, 2000, 2001, 2004, 2023, 2024, 2100, 2400, 9996, 9999];
    let n = 0;
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isIsoDate(s), s).toBe(byDate(s));
          n++;
        }
      }
    }
    expect(n).toBe(years.length * 14 * 33);
  });
});

describe('the one-pass CSV check', () => {
  it('accepts what the exporter writes, and keeps the same keys', () => {
    for (const schema of schemas) same('t', csvOf(schema, rowsOf(schema, 5)), schema);
  });

  it('refuses each broken cell in row 2 as the reference does, plainly written and quoted', () => {
    for (const schema of schemas) {
      const valid = rowsOf(schema, 3);
      for (const [i, f] of schema.fields.entries()) {
        for (const v of poolFor(f)) {
          const rows = valid.map((r) => [...r]);
          rows[1]![i] = v;
          same('t', csvOf(schema, rows), schema);
          // Every cell quoted (a quoted empty cell is '' where a plain one is null).
          const quoted = [schema.fields.map((x) => x.name), ...rows]
            .map((r) => `${r.map((c) => `"${(c ?? '').replace(/"/g, '""')}"`).join(',')}\r\n`)
            .join('');
          same('t', Buffer.from(quoted, 'utf8'), schema);
        }
      }
    }
  });

  const residents = KNOWN_SCHEMAS[2]![0]!.schema;
  const head = csvRecord(residents.fields.map((f) => f.name));
  const rows = rowsOf(residents, 3).map(csvRecord);
  const good = head + rows.join('');
  it.each<[string, string | Buffer]>([
    ['an empty file', ''],
    ['the header only', head],
    ['a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)])],
    ['invalid UTF-8', Buffer.concat([Buffer.from(good), Buffer.from([0xc3, 0x28, 0x0d, 0x0a])])],
    ['an encoded surrogate', Buffer.concat([Buffer.from(head), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(rows.join(''))])],
    ['LF line ends', good.replace(/\r\n/g, '\n')],
    ['no final CRLF', good.slice(0, -2)],
    ['a bare CR', good.replace(/\r\n$/, '\r')],
    ['a header in another order', csvRecord(residents.fields.map((f) => f.name).reverse()) + rows.join('')],
    ['a header with a column more', head.replace(/\r\n$/, ',extra\r\n') + rows.join('')],
    ['a header with a column fewer', csvRecord(residents.fields.slice(1).map((f) => f.name)) + rows.join('')],
    ['a quoted header', residents.fields.map((f) => `"${f.name}"`).join(',') + '\r\n' + rows.join('')],
    ['a row with a cell more', head + rows[0] + rows[1]!.replace(/\r\n$/, ',x\r\n') + rows[2]],
    ['a row with a cell fewer', head + rows[0] + rows[1]!.replace(/,[^,]*\r\n$/, '\r\n') + rows[2]],
    ['an unterminated quote', `${head}${rows[0]}"abc`],
    ['a quote inside a plain cell', `${head}${rows[0]}ab"c,${rows[1]}`],
    ['text after a closing quote', `${head}${rows[0]}"ab"c,${rows[1]}`],
    ['a syntax fault after a bad cell in the same record', `${head}=1,${rows[0]!.slice(0, -2)}"x\r\n`],
    ['a record of one empty cell', `${head}\r\n`],
    ['a trailing comma at the end', `${head}${rows[0]!.slice(0, -2)},`],
    ['a duplicated row (primary key)', head + rows[0] + rows[0]],
    ['a blank line between records', `${head}${rows[0]}\r\n${rows[1]}`],
  ])('gives the reference’s answer to %s', (_, text) => {
    same('residents', typeof text === 'string' ? Buffer.from(text, 'utf8') : text, residents);
  });

  it('counts keys whose cells hold NUL, the joiner, as the reference does ([a␀b, c] and [a, b␀c] join alike)', () => {
    const schema: TableSchema = {
      fields: ['a', 'b', 'c'].map((name) => ({ name, type: 'string' as const, description: name })),
      primaryKey: ['a', 'b'],
      missingValues: [''],
    };
    const three: TableSchema = { ...schema, primaryKey: ['a', 'b', 'c'] };
    for (const rows of [
      [['a\u0000b', 'c', '1'], ['a', 'b\u0000c', '2']],
      [['a', 'b\u0000c', '1'], ['a\u0000b', 'c', '2']],
      [['a\u0000b', 'c', '1'], ['a\u0000b', 'c', '2']],
      [['a', 'b', '1'], ['a', 'b\u0000', '2'], ['a\u0000b', null, '3']],
      [['x', null, '1'], ['x', '', '2']],
      [[null, 'x', '1'], ['', 'x', '2']],
      [['p', 'q', '1'], ['p', 'r', '2'], ['q', 'p', '3']],
    ] as CsvCell[][][]) {
      same('t', csvOf(schema, rows), schema);
      same('t', csvOf(three, rows), three);
    }
    // And as the target of a foreign key of two cells.
    const keys: KeyIndex = new Map();
    verifyCsv('parents', csvOf(schema, [['a\u0000b', 'c', '1'], ['p', 'q', '2']]), schema, keys);
    const child: TableSchema = {
      fields: ['id', 'x', 'y'].map((name) => ({ name, type: 'string' as const, description: name })),
      primaryKey: ['id'],
      foreignKeys: [{ fields: ['x', 'y'], reference: { resource: 'parents', fields: ['a', 'b'] } }],
      missingValues: [''],
    };
    for (const [x, y] of [['a', 'b\u0000c'], ['a\u0000b', 'c'], ['p', 'q'], ['p', 'r'], ['q', 'p'], ['a', 'b']]) {
      same('children', csvOf(child, [['1', x!, y!]]), child, keys);
    }
  });

  it('refuses a repeated unique value, a repeated composite key and a dangling foreign key as the reference does', () => {
    const v2 = KNOWN_SCHEMAS[2]!;
    const res = v2[0]!.schema;
    const resRows = rowsOf(res, 4);
    const finCol = res.fields.findIndex((f) => f.constraints?.unique);
    expect(finCol).toBeGreaterThan(-1);
    const dupFin = resRows.map((r) => [...r]);
    dupFin[2]![finCol] = dupFin[0]![finCol]!;
    same('residents', csvOf(res, dupFin), res);
    // A missing unique value twice is no repeat.
    const noFin = resRows.map((r) => [...r]);
    noFin[0]![finCol] = null;
    noFin[1]![finCol] = null;
    same('residents', csvOf(res, noFin), res);

    const keys: KeyIndex = new Map();
    expect(verifyCsv('residents', csvOf(res, resRows), res, keys)).toBe(4);
    for (const r of v2.slice(1)) {
      const fkCol = r.schema.fields.findIndex((f) => f.name === 'resident_id');
      if (fkCol < 0) continue;
      const rows2 = rowsOf(r.schema, 3);
      rows2.forEach((row, i) => (row[fkCol] = resRows[i]![0]!));
      same(r.name, csvOf(r.schema, rows2), r.schema, keys);
      const dangling = rows2.map((row) => [...row]);
      dangling[1]![fkCol] = UUID.replace(/.$/, 'f');
      same(r.name, csvOf(r.schema, dangling), r.schema, keys);
      const empty = rows2.map((row) => [...row]);
      empty[1]![fkCol] = null;
      same(r.name, csvOf(r.schema, empty), r.schema, keys);
      // The same key twice (composite keys too).
      same(r.name, csvOf(r.schema, [rows2[0]!, rows2[1]!, rows2[0]!]), r.schema, keys);
      // Without the referenced resource's keys every reference dangles.
      same(r.name, csvOf(r.schema, rows2), r.schema, new Map());
    }
  });
});
