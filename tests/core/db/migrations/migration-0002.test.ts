import { describe, expect, it } from 'vitest';
import { tempDb, tempDbAt } from '../../../helpers/db';
import { allRows, audit0001, indexesOf, institution0001, resident0001, soundness, staff0002, strictTables, user0002 } from './old-rows';

describe('migration 0002: staff, trainings, users, settings', () => {
  it('keeps every row of a 0001 database and adds empty tables beside them', async () => {
    const { sqlite, to } = await tempDbAt(1);
    institution0001(sqlite);
    resident0001(sqlite, 'r1', '5AB7K2M');
    resident0001(sqlite, 'r2', null);
    audit0001(sqlite, 1);
    audit0001(sqlite, 2);
    const before = allRows(sqlite);

    expect(await to(2)).toEqual(['0002_staff_accounts']);
    expect(allRows(sqlite)).toEqual({ ...before, staff: [], staff_trainings: [], users: [], settings: [] });
    // The audit screen's filters get their indexes; the log stays append-only.
    expect(indexesOf(sqlite, 'audit_log')).toEqual(['audit_actor', 'audit_at', 'audit_entity']);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('makes STRICT tables with the constraints the services rely on', async () => {
    const { conn } = await tempDb();
    const db = conn.sqlite;
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema='main' AND strict=1").pluck().all();
    expect(strict).toEqual(expect.arrayContaining(['staff', 'staff_trainings', 'users', 'settings']));
    const now = '2026-11-26T10:00:00.000Z';
    const staff = db.prepare(
      `INSERT INTO staff (id, fin, last_name, first_name, sex, position, employment_type, hired_date, search_key, sort_key, created_at, updated_at)
       VALUES (?, ?, 'Quliyeva', 'Səbinə', ?, 'caregiver', 'full_time', '2015-09-01', '', '', ?, ?)`,
    );
    staff.run('s1', '5ZK7P2R', 'F', now, now);
    expect(() => staff.run('s2', '5ZK7P2R', 'F', now, now)).toThrow(/UNIQUE/);
    expect(() => staff.run('s3', null, 'X', now, now)).toThrow(/CHECK/);
    staff.run('s4', null, 'M', now, now);
    staff.run('s5', null, 'M', now, now); // many without a FIN
    expect(() =>
      db.prepare("INSERT INTO staff_trainings (id, staff_id, title, date, created_at, updated_at) VALUES ('t1', 'none', 'X', '2024-01-01', ?, ?)").run(now, now),
    ).toThrow(/FOREIGN KEY/);
    const user = db.prepare(
      `INSERT INTO users (id, username, username_key, display_name, role, password_hash, password_salt, password_params, staff_id,
         password_changed_at, created_at, updated_at) VALUES (?, ?, ?, 'X', 'caregiver', 'h', 's', '{}', ?, ?, ?, ?)`,
    );
    user.run('u1', 'Aygün', 'aygun', 's1', now, now, now);
    expect(() => user.run('u2', 'AYGUN', 'aygun', null, now, now, now)).toThrow(/UNIQUE/);
    expect(() => user.run('u3', 'other', 'other', 's1', now, now, now)).toThrow(/UNIQUE/);
    expect(() => user.run('u4', 'ghost', 'ghost', 'nobody', now, now, now)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('k', X'00', 'x')").run()).toThrow(/cannot store BLOB/);
  });

  it('fills the defaults of its new tables', async () => {
    const { sqlite } = await tempDbAt(2);
    expect(strictTables(sqlite)).toEqual(expect.arrayContaining(['settings', 'staff', 'staff_trainings', 'users']));
    staff0002(sqlite, 's1');
    user0002(sqlite, 'u1', null);
    expect(sqlite.prepare('SELECT patronymic, department, education, qualification, phone, email, notes, version FROM staff').get()).toEqual({
      patronymic: '', department: '', education: '', qualification: '', phone: '', email: '', notes: '', version: 1,
    });
    expect(sqlite.prepare('SELECT staff_id, active, failed_attempts, locked_until, must_change_password, last_sign_in_at, version FROM users').get()).toEqual({
      staff_id: null, active: 1, failed_attempts: 0, locked_until: null, must_change_password: 0, last_sign_in_at: null, version: 1,
    });
    expect(() => sqlite.prepare('UPDATE users SET active = 2').run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare('UPDATE users SET must_change_password = 2').run()).toThrow(/CHECK/);
  });
});
