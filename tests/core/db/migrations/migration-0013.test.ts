import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, indexesOf, seed0002, soundness, strictTables } from './old-rows';

// 0013 adds resident_search_tokens: each word of a child's search_key, filled for the children
// already in the register and kept in step by triggers on every later insert, update and delete;
// and two indexes (the register in name order, care's current admissions).

const AT = '2026-11-26T10:00:00.000Z';
const tokensOf = (db: import('better-sqlite3').Database, id: string) =>
  db.prepare('SELECT token FROM resident_search_tokens WHERE resident_id = ? ORDER BY token').pluck().all(id);

describe('migration 0013: the residents search word table', () => {
  it('keeps every row, fills the words of the existing children, and keeps them in step', async () => {
    const at = await tempDbAt(12);
    seed0002(at.sqlite);
    const db = at.sqlite;
    // An older row as 0001 wrote it, with a repeated word and a FIN in its key.
    db.prepare(
      `INSERT INTO residents (id, fin, last_name, first_name, sex, date_of_birth, legal_status, status,
         admission_date, admission_basis, search_key, name_key, sort_key, created_at, updated_at)
       VALUES ('r3', '7XK2M9P', 'Əliyeva', 'Əli', 'F', '2014-01-02', 'orphan', 'resident', '2022-09-01', 'commission',
         'eliyeva eli eli 7xk2m9p', 'eliyeva eli', 'x', ?, ?)`,
    ).run(AT, AT);
    const before = allRows(db);
    expect(await at.to(13)).toEqual(['0013_search_tokens']);
    const after = allRows(db);
    const { resident_search_tokens: words, ...rest } = after;
    expect(rest).toEqual(before);
    expect(strictTables(db)).toContain('resident_search_tokens');
    expect(indexesOf(db, 'residents')).toContain('residents_name_order');
    expect(indexesOf(db, 'care_episodes')).toContain('care_episodes_stay');
    expect(words).toHaveLength(2 + 2 + 3);
    expect(tokensOf(db, 'r1')).toEqual(['eli', 'memmedov']);
    expect(tokensOf(db, 'r3')).toEqual(['7xk2m9p', 'eli', 'eliyeva']);

    // Insert, update of the key, update of another column, delete: the words follow.
    db.prepare(
      `INSERT INTO residents (id, last_name, first_name, sex, date_of_birth, legal_status, status, admission_date, admission_basis,
         search_key, name_key, sort_key, created_at, updated_at)
       VALUES ('r4', 'Hüseynov', 'Rəşad', 'M', '2016-05-05', 'orphan', 'resident', '2023-01-01', 'commission', 'huseynov resad', '', '', ?, ?)`,
    ).run(AT, AT);
    expect(tokensOf(db, 'r4')).toEqual(['huseynov', 'resad']);
    db.prepare("UPDATE residents SET search_key = 'huseynli resad' WHERE id = 'r4'").run();
    expect(tokensOf(db, 'r4')).toEqual(['huseynli', 'resad']);
    db.prepare("UPDATE residents SET notes = 'x' WHERE id = 'r4'").run();
    expect(tokensOf(db, 'r4')).toEqual(['huseynli', 'resad']);
    db.prepare("UPDATE residents SET search_key = '' WHERE id = 'r4'").run();
    expect(tokensOf(db, 'r4')).toEqual([]);
    db.prepare("UPDATE residents SET search_key = 'a b' WHERE id = 'r4'").run();
    db.prepare("DELETE FROM residents WHERE id = 'r4'").run();
    expect(tokensOf(db, 'r4')).toEqual([]);
    // A prefix range finds the words it begins.
    const hits = db
      .prepare("SELECT DISTINCT resident_id FROM resident_search_tokens WHERE token >= ? AND token < ? ORDER BY resident_id")
      .pluck()
      .all('el', 'el\u{10FFFF}');
    expect(hits).toEqual(['r1', 'r2', 'r3']);
    expect(soundness(db)).toEqual({ fk: [], integrity: 'ok' });
  });
});
