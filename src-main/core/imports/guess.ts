import type { FieldSpec } from './kind';
import { matchKey } from './words';

// Which column holds which field, guessed from the header row: a header that is one of the field's
// usual names (az, en, ru; folded) scores highest, one that holds a longer name whole next. Each
// column goes to one field and each field to one column, best scores first.

function score(header: string, names: readonly string[]): number {
  const h = matchKey(header);
  if (!h) return 0;
  let best = 0;
  for (const n of names) {
    const k = matchKey(n);
    if (!k) continue;
    if (h === k) best = Math.max(best, 1000 + k.length);
    else if (k.length >= 3 && ` ${h} `.includes(` ${k} `)) best = Math.max(best, k.length);
  }
  return best;
}

export function guessMapping(header: string[], fields: readonly FieldSpec[]): Record<string, number | null> {
  const pairs: Array<{ field: string; col: number; s: number }> = [];
  for (const f of fields) header.forEach((h, col) => {
    const s = score(h, f.headers);
    if (s > 0) pairs.push({ field: f.field, col, s });
  });
  pairs.sort((a, b) => b.s - a.s || a.col - b.col);
  const mapping: Record<string, number | null> = Object.fromEntries(fields.map((f) => [f.field, null]));
  const used = new Set<number>();
  for (const p of pairs) {
    if (mapping[p.field] !== null || used.has(p.col)) continue;
    mapping[p.field] = p.col;
    used.add(p.col);
  }
  return mapping;
}

/** The header row as the remembered mapping's key: folded, so case and look-alikes do not matter. */
export function headerKey(header: string[]): string {
  return header.map(matchKey).join('\u0001');
}
