import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { audit0001, indexesOf, institution0001, resident0001, rowsOf, soundness, strictTables } from './old-rows';

describe('migration 0001: institution, residents, audit log', () => {
  it('turns an empty file into STRICT tables, recording only itself', async () => {
    const { sqlite, to } = await tempDbAt(0);
    expect(strictTables(sqlite)).toEqual(['schema_migrations']);
    expect(await to(1)).toEqual(['0001_initial']);
    expect(strictTables(sqlite)).toEqual(['audit_log', 'institution', 'residents', 'schema_migrations']);
    expect(sqlite.prepare('SELECT name FROM schema_migrations').pluck().all()).toEqual(['0001_initial']);
    expect(indexesOf(sqlite, 'residents')).toEqual(['residents_birth_certificate', 'residents_name_dob', 'residents_sort']);
    expect(indexesOf(sqlite, 'audit_log')).toEqual(['audit_entity']);
  });

  it('fills the defaults and keeps the constraints the services rely on', async () => {
    const { sqlite } = await tempDbAt(1);
    institution0001(sqlite);
    expect(() => institution0001(sqlite)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => sqlite.prepare("UPDATE institution SET id = 2").run()).toThrow(/CHECK/);
    expect(rowsOf(sqlite, 'institution')).toMatchObject([{ address: '', capacity: 0 }]);

    resident0001(sqlite, 'r1', '5AB7K2M');
    resident0001(sqlite, 'r2', null);
    resident0001(sqlite, 'r3', null); // many children without documents
    expect(() => resident0001(sqlite, 'r4', '5AB7K2M')).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare("UPDATE residents SET sex = 'X' WHERE id = 'r1'").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE residents SET disability = 2 WHERE id = 'r1'").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE residents SET date_of_birth = X'00' WHERE id = 'r1'").run()).toThrow(/cannot store BLOB/);
    expect(rowsOf(sqlite, 'residents')[0]).toMatchObject({
      patronymic: '', disability: 0, disability_degree: null, disability_diagnosis: '', group_name: '', room: '',
      key_worker: '', admission_decision_number: '', admission_decision_date: null, notes: '', version: 1,
    });

    audit0001(sqlite, 1);
    expect(() => sqlite.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });
});
