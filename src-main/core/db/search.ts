// SQL side of the prefix-per-word search every register uses (residents, staff): each folded word
// of the query must begin some word of the row's `search_key`, in any order.

/** Adds one `search_key LIKE` condition per token to a Kysely select on a table with `search_key`. */
export function whereSearchTokens<Q extends { where: any }>(q: Q, tokens: readonly string[]): Q {
  for (const t of tokens) {
    q = q.where((eb: any) => eb.or([eb('search_key', 'like', `${t}%`), eb('search_key', 'like', `% ${t}%`)]));
  }
  return q;
}
