import { foldForSearch } from '../text/fold';

// How an imported cell's words are matched to a code list's values (and a header to a field):
// both sides folded the same way — Azerbaijani letters typed as look-alikes (`e` for `ə`, the
// Cyrillic `ә`, Turkish `ı`/`İ`) and the search fold of core/text — so that what matches is what
// the user meant, while the record keeps what was typed. Isomorphic.

/** Letters of other scripts that Azerbaijani writers type for their own (Cyrillic-era keyboards). */
const LOOKALIKE: Record<string, string> = { ә: 'ə', Ә: 'Ə', ҹ: 'c', Ҹ: 'C', ғ: 'ğ', Ғ: 'Ğ', ө: 'ö', Ө: 'Ö', ү: 'ü', Ү: 'Ü', һ: 'h', Һ: 'H', ј: 'y', Ј: 'Y' };

/** The form two spellings of one word share: look-alikes mapped, then core/text's search fold. */
export function matchKey(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += LOOKALIKE[ch] ?? ch;
  return foldForSearch(out);
}

/** A code list's usual words in az, en and ru, by value (core/<domain>/i18n/words.ts). */
export type Words<V extends string> = Record<V, readonly string[]>;

export interface WordIndex<V extends string> {
  exact: Map<string, V>;
  /** Longest first: "tərbiyəçi köməkçisi" is tried before "tərbiyəçi". */
  contained: Array<{ key: string; value: V }>;
}

export function wordIndex<V extends string>(words: Words<V>): WordIndex<V> {
  const exact = new Map<string, V>();
  const contained: Array<{ key: string; value: V }> = [];
  for (const [value, list] of Object.entries(words) as Array<[V, readonly string[]]>) {
    for (const w of [value, ...list]) {
      const key = matchKey(w);
      if (!key) continue;
      if (!exact.has(key)) exact.set(key, value);
      if (key.length >= 3) contained.push({ key, value });
    }
  }
  contained.sort((a, b) => b.key.length - a.key.length);
  return { exact, contained };
}

/** Whether the cell's words, from some word on, begin with the key's words ("bioloji ailəyə" holds "bioloji ailə"). */
function holdsStems(cell: string[], key: string[]): boolean {
  for (let j = 0; j + key.length <= cell.length; j++) if (key.every((k, i) => cell[j + i]!.startsWith(k))) return true;
  return false;
}

/**
 * The value a cell names: the whole cell one of the words; else the longest word it holds whole;
 * else the longest it holds with an ending added to its words (Azerbaijani adds case endings:
 * "bioloji ailəyə", "qohumlara").
 */
export function lookupWord<V extends string>(index: WordIndex<V>, cell: string): V | null {
  const key = matchKey(cell);
  if (!key) return null;
  const hit = index.exact.get(key);
  if (hit) return hit;
  const padded = ` ${key} `;
  for (const c of index.contained) if (padded.includes(` ${c.key} `)) return c.value;
  const words = key.split(' ');
  for (const c of index.contained) if (c.key.length >= 4 && holdsStems(words, c.key.split(' '))) return c.value;
  return null;
}
