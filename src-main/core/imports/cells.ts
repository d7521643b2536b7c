import type { Cell } from './parse';
import { lookupWord, type WordIndex } from './words';

// One cell → the value a field takes: text trimmed and NFC (stored as typed), a date from an Excel
// serial or from `dd.mm.yyyy` / `yyyy-mm-dd` text, a code from its usual words, yes/no.

export type Converted<T> = { ok: true; value: T | undefined } | { ok: false; code: 'date_format' | 'date_impossible' | 'unknown_code' };

export function textOf(c: Cell): string | undefined {
  if (c == null) return undefined;
  const s = (typeof c === 'number' ? String(c) : c).normalize('NFC').trim();
  return s === '' ? undefined : s;
}

// Excel's day 0 of the 1900 date system is 1899-12-30 (its phantom 29 February 1900 included).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function isoFromParts(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const iso = new Date(t).toISOString().slice(0, 10);
  const want = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return iso === want ? iso : null;
}

export function dateOf(c: Cell): Converted<string> {
  if (typeof c === 'number') {
    // A serial between 1900 and 2200.
    if (c < 1 || c > 110_000) return { ok: false, code: 'date_format' };
    return { ok: true, value: new Date(EXCEL_EPOCH + Math.floor(c) * 86_400_000).toISOString().slice(0, 10) };
  }
  const s = textOf(c);
  if (s === undefined) return { ok: true, value: undefined };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  let parts: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  if (!parts) {
    m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?: .*)?$/.exec(s);
    if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  if (!parts && /^\d{3,6}(\.\d+)?$/.test(s)) return dateOf(Number(s)); // a serial written out in a CSV
  if (!parts) return { ok: false, code: 'date_format' };
  const iso = isoFromParts(...parts);
  return iso ? { ok: true, value: iso } : { ok: false, code: 'date_impossible' };
}

export function codeOf<V extends string>(c: Cell, index: WordIndex<V>): Converted<V> {
  const s = textOf(c);
  if (s === undefined) return { ok: true, value: undefined };
  const v = lookupWord(index, s);
  return v ? { ok: true, value: v } : { ok: false, code: 'unknown_code' };
}

export function yesNoOf(c: Cell, index: WordIndex<'yes' | 'no'>): Converted<boolean> {
  const s = textOf(c);
  if (s === undefined) return { ok: true, value: undefined };
  if (s === '+') return { ok: true, value: true };
  if (s === '-') return { ok: true, value: false };
  const v = lookupWord(index, s);
  return v ? { ok: true, value: v === 'yes' } : { ok: false, code: 'unknown_code' };
}
