import { describe, expect, it } from 'vitest';
import { tempDb } from '../../helpers/db';

describe('migration 0002: staff, trainings, users, settings', () => {
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
});
