import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, indexesOf, seed0002, soundness, strictTables } from './old-rows';

// 0011 (family contact): relatives gain the contact restriction and its decision; family_contacts
// is rebuilt with a foreign key to relatives, notes and a version, its rows copied as they were.

const AT = '2026-01-15T09:00:00.000Z';

function relative0008(db: import('better-sqlite3').Database, id: string, residentId: string) {
  db.prepare(
    `INSERT INTO relatives (id, resident_id, relation, last_name, first_name, created_at, updated_at)
     VALUES (?, ?, 'mother', 'Məmmədova', 'Aynur', ?, ?)`,
  ).run(id, residentId, AT, AT);
}

function contact0009(db: import('better-sqlite3').Database, id: string, relativeId: string | null, name: string) {
  db.prepare(
    `INSERT INTO family_contacts (id, resident_id, relative_id, relative_name, date, time, kind, supervised, how_it_went, child_reaction,
       recorded_by, created_at, updated_at) VALUES (?, 'r1', ?, ?, '2026-01-10', '15:00', 'visit_institution', 1, 'Yaxşı', 'Sevindi', 'u', ?, ?)`,
  ).run(id, relativeId, name, AT, AT);
}

describe('migration 0011: family contact', () => {
  it('adds the restriction to relatives and keeps every relative and contact as it was', async () => {
    const at = await tempDbAt(10);
    seed0002(at.sqlite);
    relative0008(at.sqlite, 'rel1', 'r1');
    contact0009(at.sqlite, 'fc1', 'rel1', '');
    contact0009(at.sqlite, 'fc2', null, 'Qonşu Səlimə');
    const before = allRows(at.sqlite);
    expect(await at.to(11)).toEqual(['0011_family_contact']);
    const after = allRows(at.sqlite);
    expect(after.relatives).toEqual(
      (before.relatives as object[]).map((r) => ({
        ...r, contact_restricted: 0, restriction_decision_number: '', restriction_decision_date: null, restriction_decided_by: '',
      })),
    );
    expect(after.family_contacts).toEqual((before.family_contacts as object[]).map((r) => ({ ...r, notes: '', version: 1 })));
    for (const t of ['relatives', 'family_contacts']) {
      delete after[t];
      delete before[t];
    }
    expect(after).toEqual(before);
    expect(strictTables(at.sqlite)).toEqual(expect.arrayContaining(['family_contacts', 'relatives']));
    expect(indexesOf(at.sqlite, 'family_contacts')).toEqual(['family_contacts_date', 'family_contacts_relative', 'family_contacts_resident_date']);
    expect(soundness(at.sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('refuses a contact with an unknown relative, and a restriction flag that is not 0 or 1', async () => {
    const at = await tempDbAt(10);
    seed0002(at.sqlite);
    relative0008(at.sqlite, 'rel1', 'r1');
    await at.to(11);
    expect(() => contact0009(at.sqlite, 'fc3', 'nobody', '')).toThrow(/FOREIGN KEY/);
    contact0009(at.sqlite, 'fc4', 'rel1', '');
    expect(() => at.sqlite.prepare("UPDATE relatives SET contact_restricted = 2 WHERE id = 'rel1'").run()).toThrow(/CHECK/);
    expect(() => at.sqlite.prepare("UPDATE relatives SET restriction_decision_date = '15.01.2026' WHERE id = 'rel1'").run()).toThrow(/CHECK/);
    at.sqlite.prepare("UPDATE relatives SET contact_restricted = 1, restriction_decision_number = 'M-7', restriction_decision_date = '2026-01-05', restriction_decided_by = 'court' WHERE id = 'rel1'").run();
  });
});
