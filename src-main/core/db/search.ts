// SQL side of the prefix-per-word search every register uses (residents, staff): each folded word
// of the query must begin some word of the row's `search_key`, in any order.

/** Adds one `search_key LIKE` condition per token to a Kysely select on a table with `search_key`. */
export function whereSearchTokens<Q extends { where: any }>(q: Q, tokens: readonly string[]): Q {
  for (const t of tokens) {
    q = q.where((eb: any) => eb.or([eb('search_key', 'like', `${t}%`), eb('search_key', 'like', `% ${t}%`)]));
  }
  return q;
}

/** Above every character a folded word can hold: `t <= w < t + TOP` ⇔ the word w begins with t. */
const TOP = '\u{10FFFF}';

/** The range of words a token is a prefix of, as bounds for an indexed `token` column. */
export const prefixRange = (t: string): readonly [string, string] => [t, t + TOP];

/**
 * The same answer as `whereSearchTokens` on residents, from the word table of migration 0013
 * (resident_search_tokens): each token an indexed prefix range of words, not a scan of every row.
 */
export function whereResidentTokens<Q extends { where: any }>(q: Q, tokens: readonly string[]): Q {
  for (const t of tokens) {
    const [lo, hi] = prefixRange(t);
    q = q.where((eb: any) =>
      eb('residents.id', 'in', eb.selectFrom('resident_search_tokens').select('resident_id').where('token', '>=', lo).where('token', '<', hi)),
    );
  }
  return q;
}
