import { beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src-main/core/text/fold';
import { CLI_TEST_TIMEOUT, jsonLines, qaygi, sql, tempDbPath } from './qaygi';

// `qaygi residents search` on a demo institution: the folded searches of the issue, both ways.

let db: string;
beforeAll(async () => {
  db = tempDbPath();
  const r = await qaygi(['demo', '--db', db]);
  if (r.code !== 0) throw new Error(r.stderr);
});

type Hit = { id: string; lastName: string; firstName: string; patronymic: string; fin: string | null; status: string };

async function search(query: string): Promise<Hit[]> {
  const r = await qaygi(['residents', 'search', '--db', db, '--limit', '200', query]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return jsonLines(r.stdout) as unknown as Hit[];
}

/** The children whose name, patronymic, FIN or birth certificate has a word starting with `token`. */
function expectedIds(token: string): string[] {
  const rows = sql<{ id: string; last_name: string; first_name: string; patronymic: string; fin: string | null; birth_certificate: string | null }>(
    db,
    'SELECT id, last_name, first_name, patronymic, fin, birth_certificate FROM residents',
  );
  return rows
    .filter((r) =>
      foldForSearch([r.last_name, r.first_name, r.patronymic, r.fin ?? '', r.birth_certificate ?? ''].join(' '))
        .split(' ')
        .some((w) => w.startsWith(token)),
    )
    .map((r) => r.id)
    .sort();
}

describe('qaygi residents search', { timeout: CLI_TEST_TIMEOUT }, () => {
  it.each([
    ['memmedov', 'lastName', 'Məmmədov'],
    ['ismayilov', 'lastName', 'İsmayılov'],
    ['ISMAYILOV', 'lastName', 'İsmayılov'],
    ['sebnem', 'firstName', 'Şəbnəm'],
    ['agayev', 'lastName', 'Ağayev'],
    ['cingiz', 'firstName', 'Çingiz'],
    // The reverse: typing the Azerbaijani letters.
    ['Məmmədov', 'lastName', 'Məmmədov'],
    ['İsmayılov', 'lastName', 'İsmayılov'],
    ['Şəbnəm', 'firstName', 'Şəbnəm'],
    ['ŞƏBNƏM', 'firstName', 'Şəbnəm'],
    ['Ağayev', 'lastName', 'Ağayev'],
    ['Çingiz', 'firstName', 'Çingiz'],
  ] as const)('finds %s → %s %s, best first, and every match', async (query, field, expected) => {
    const hits = await search(query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]![field]).toBe(expected);
    for (const h of hits) expect(Object.keys(h)).toEqual(['id', 'lastName', 'firstName', 'patronymic', 'dateOfBirth', 'fin', 'status']);
    // Exactly the children with a word starting with the folded query: none missed, none extra.
    expect(hits.map((h) => h.id).sort()).toEqual(expectedIds(foldForSearch(query)));
  });

  it('gives the same answer for the folded and the Azerbaijani spelling', async () => {
    const pairs = [['memmedov', 'Məmmədov'], ['agayev', 'AĞAYEV']] as const;
    const answers = await Promise.all(pairs.map(([plain, az]) => Promise.all([search(plain), search(az)])));
    for (const [plain, az] of answers) {
      expect(plain.length).toBeGreaterThan(0);
      expect(plain).toEqual(az);
    }
  });

  it('puts whole-word matches before longer names that only begin with the query', async () => {
    const hits = await search('memmedov');
    const exact = hits.map((h, i) => (h.lastName === 'Məmmədov' ? i : -1)).filter((i) => i >= 0);
    const longer = hits.map((h, i) => (h.lastName === 'Məmmədova' ? i : -1)).filter((i) => i >= 0);
    expect(exact.length).toBeGreaterThan(0);
    if (longer.length) expect(Math.max(...exact)).toBeLessThan(Math.min(...longer));
    // Məmmədli folds to "memmedli": not a match for "memmedov".
    expect(hits.some((h) => h.lastName === 'Məmmədli')).toBe(false);
  });

  it('finds a child by FIN, typed in lower case', async () => {
    const [row] = sql<{ id: string; fin: string }>(db, 'SELECT id, fin FROM residents WHERE fin IS NOT NULL ORDER BY id LIMIT 1');
    const hits = await search(row!.fin.toLowerCase());
    expect(hits[0]!.id).toBe(row!.id);
    expect(hits[0]!.fin).toBe(row!.fin);
  });

  it('prints nothing for a name nobody has', async () => {
    expect(await search('Zzyzx')).toEqual([]);
  });

  it('exits 2 without a query', async () => {
    const r = await qaygi(['residents', 'search', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: residents search');
  });
});
