import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { writeDemo } from '../../../src-main/core/demo/write';
import { searchTokens } from '../../../src-main/core/text/fold';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// The register's search reads the word table of migration 0011 (resident_search_tokens), not a
// LIKE scan of every search_key. Same answer: every query below is checked against the LIKE it
// replaced, on a demo register, and the table follows the services' creates and updates.

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('residents search by the word table', () => {
  it('finds exactly the children the LIKE scan found, for names, prefixes, several words and FINs', async () => {
    const ctx = await testCtx();
    await writeDemo(ctx, { children: 150, seed: 7, daily: false });
    const raw = ctx.conn.sqlite;
    const fin = raw.prepare("SELECT fin FROM residents WHERE fin IS NOT NULL LIMIT 1").pluck().get() as string;
    const someName = raw.prepare("SELECT last_name FROM residents ORDER BY id LIMIT 1 OFFSET 20").pluck().get() as string;
    const queries = ['məmmədov', 'memmedov', 'MƏMM', 'ə', 'əli məmmədov', 'quliyev a', someName, someName.slice(0, 3), fin, fin.slice(0, 4).toLowerCase(), 'zzzz', 'a b c'];
    for (const query of queries) {
      const tokens = searchTokens(query);
      const like = tokens.map(() => '(search_key LIKE ? OR search_key LIKE ?)').join(' AND ');
      const expected = raw
        .prepare(`SELECT id FROM residents WHERE ${like} ORDER BY sort_key, id`)
        .pluck()
        .all(...tokens.flatMap((t) => [`${t}%`, `% ${t}%`]));
      const listed = await ok(dispatch(ctx, 'residents.list', { status: 'all', sort: 'name', query, limit: 500 }));
      expect(listed.rows.map((r) => r.id), query).toEqual(expected);
      expect(listed.total, query).toBe(expected.length);
      const found = await ok(dispatch(ctx, 'residents.search', { query, includeFormer: true }));
      // The search ranks its candidates (best first) and keeps the first `limit` (20 by default).
      expect(found.length, query).toBe(Math.min(expected.length, 20));
      for (const r of found) expect(expected, query).toContain(r.id);
    }
  });

  it('follows a create and a rename through the service', async () => {
    const ctx = await testCtx();
    const made = await ok(dispatch(ctx, 'residents.create', childInput({ lastName: 'Təhməzov', firstName: 'Vüqar', fin: '' })));
    const find = async (query: string) => (await ok(dispatch(ctx, 'residents.list', { status: 'all', query }))).rows.map((r) => r.id);
    expect(await find('tehmez')).toEqual([made.id]);
    expect(await find('vuqar tehm')).toEqual([made.id]);
    const { id, version, createdAt: _c, updatedAt: _u, status: _s, ...fields } = made;
    await ok(dispatch(ctx, 'residents.update', { ...fields, disabilityDiagnosis: fields.disabilityDiagnosis ?? '', id, version, lastName: 'Rzayev' }));
    expect(await find('tehmez')).toEqual([]);
    expect(await find('rzay')).toEqual([made.id]);
  });
});
