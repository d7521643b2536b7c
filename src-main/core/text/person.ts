import { azSortKey } from './fold';

// Helpers shared by every register of people (children, staff): the order of names and the
// ranking of search results. Isomorphic.

/** Sorts by surname, then given name, then patronymic, in Azerbaijani alphabetical order. */
export function personSortKey(v: { lastName: string; firstName: string; patronymic: string }): string {
  return `${azSortKey(v.lastName)}\u0001${azSortKey(v.firstName)}\u0001${azSortKey(v.patronymic)}`;
}

/**
 * How well a stored search key matches the query's folded words: a whole word beats a prefix,
 * and a match on the first word (the surname) beats one on the second (the given name).
 */
export function searchScore(searchKey: string, tokens: readonly string[]): number {
  const words = searchKey.split(' ');
  let score = 0;
  for (const t of tokens) {
    const i = words.findIndex((w) => w === t);
    const j = i >= 0 ? i : words.findIndex((w) => w.startsWith(t));
    score += (i >= 0 ? 6 : 2) + (j === 0 ? 2 : j === 1 ? 1 : 0);
  }
  return score;
}

/** Best score first; equal scores in the order of their sort keys. */
export function byScoreThenSortKey<T extends { score: number; sortKey: string }>(a: T, b: T): number {
  return b.score - a.score || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0);
}
