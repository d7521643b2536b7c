import { describe, expect, it } from 'vitest';
import { searchCandidates, searchCandidatesQuery, searchParameters } from '../../../src-main/core/residents/queries';
import { compiledText } from '../../../src-main/core/db/compiled';
import { writeDemo } from '../../../src-main/core/demo/write';
import { searchTokens } from '../../../src-main/core/text/fold';
import { testCtx } from '../../helpers/db';

// The search's SQL is compiled once per shape and only bound per call (residents/queries.ts):
// the statement and its parameters must be exactly what Kysely builds for the same words, and
// the rows the same, for one word and several, with and without former children.

describe('the search candidates, compiled once per shape', () => {
  it('binds what Kysely would build, and finds the same rows', async () => {
    const ctx = await testCtx();
    await writeDemo(ctx, { children: 60, seed: 3, daily: false });
    const fin = ctx.conn.sqlite.prepare('SELECT fin FROM residents WHERE fin IS NOT NULL LIMIT 1').pluck().get() as string;
    for (const query of ['ə', 'məmm', 'əli məmmədov', 'quliyev a b', fin, 'zzzz']) {
      const tokens = searchTokens(query);
      for (const includeFormer of [true, false]) {
        for (const cap of [1, 2000]) {
          const rows = await searchCandidates(ctx.db, tokens, includeFormer, cap);
          const kysely = searchCandidatesQuery(ctx.db, tokens, includeFormer, cap).compile();
          expect({ sql: compiledText(`residents.search:${tokens.length}:${includeFormer}`), parameters: searchParameters(tokens, includeFormer, cap) }, query).toEqual({
            sql: kysely.sql,
            parameters: kysely.parameters,
          });
          expect(rows, query).toEqual(await searchCandidatesQuery(ctx.db, tokens, includeFormer, cap).execute());
        }
      }
    }
  });
});
