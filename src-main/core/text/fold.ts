// Azerbaijani-aware text handling: lower-casing (İ→i, I→ı), search folding and sort keys.
// Isomorphic: used by the core, the CLI and the renderer.

/** Lower-case with Azerbaijani rules: `I` → `ı`, `İ` → `i`. */
export function azLower(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('az');
}

/** Upper-case with Azerbaijani rules: `i` → `İ`, `ı` → `I`. */
export function azUpper(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('az');
}

// Letters folded to their plain Latin base for search, both ways: typing "memmedov" finds
// "Məmmədov" and typing "Məmmədov" finds it too, because both sides are folded the same way.
const FOLD: Record<string, string> = {
  ə: 'e', ä: 'e', ı: 'i', ö: 'o', ü: 'u', ş: 's', ç: 'c', ğ: 'g',
  // Cyrillic-era spellings and common keyboard substitutes are left alone on purpose.
};

/** Folds text for search: Azerbaijani lower-case, diacritics removed, punctuation to spaces. */
export function foldForSearch(s: string): string {
  const lower = azLower(s);
  let out = '';
  for (const ch of lower) {
    const f = FOLD[ch];
    if (f !== undefined) {
      out += f;
      continue;
    }
    // Strip any remaining combining marks (e.g. a decomposed "i̇" from other locales).
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    out += /[\p{L}\p{N}]/u.test(base) ? base : ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Folded, de-duplicated words of a query, in order. */
export function searchTokens(query: string): string[] {
  const seen = new Set<string>();
  for (const t of foldForSearch(query).split(' ')) if (t) seen.add(t);
  return [...seen];
}

/** Builds the stored search key: the folded words of every searchable field. */
export function buildSearchKey(parts: Array<string | null | undefined>): string {
  return foldForSearch(parts.filter((p): p is string => !!p).join(' '));
}

export const azCollator = new Intl.Collator('az', { sensitivity: 'base', numeric: true });

// The Azerbaijani alphabet in the order Intl.Collator('az') uses (checked in tests).
const AZ_ALPHABET = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz';
const RANK = new Map<string, number>([...AZ_ALPHABET].map((c, i) => [c, i]));

/**
 * A string whose plain binary (SQLite BINARY collation) order equals the Azerbaijani order of
 * the input at the primary level, so that SQL `ORDER BY sort_key` pages through names the way
 * `Intl.Collator('az')` sorts them.
 */
export function azSortKey(s: string): string {
  let out = '';
  for (const ch of azLower(s)) {
    const r = RANK.get(ch);
    if (r !== undefined) {
      out += String.fromCharCode(0x41 + r); // 'A'.. : after digits and space
      continue;
    }
    if (/\s/u.test(ch)) {
      out += ' ';
      continue;
    }
    if (/\p{N}/u.test(ch)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const rb = RANK.get(base);
    if (rb !== undefined) out += String.fromCharCode(0x41 + rb);
    else if (/\p{L}/u.test(ch)) out += String.fromCharCode(0x41 + AZ_ALPHABET.length) + ch; // other letters last
    // punctuation (hyphens, apostrophes) is ignored, as the collator does at the primary level
  }
  return out;
}
