import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src-main/core/contract/calls';
import { translate } from '../../src-main/core/i18n/index';
import { jsonLines, qaygi, sql, tempDbPath } from './qaygi';

/** A database with a director and a caregiver, and the password files used to make them. */
async function withAccounts() {
  const db = tempDbPath();
  const pw = (name: string, text: string) => {
    const file = join(dirname(db), name);
    writeFileSync(file, text);
    return file;
  };
  const files = {
    director: pw('director.txt', 'Direktor-Parol-2026\n'),
    caregiver: pw('caregiver.txt', 'Tərbiyəçi-Parol-77\r\n'),
    reset: pw('reset.txt', 'Yeni-Müvəqqəti-55'),
    wrong: pw('wrong.txt', 'not-the-password'),
    empty: pw('empty.txt', ''),
  };
  const a = await qaygi(['users', 'add', '--db', db, '--username', 'Rauf', '--role', 'director', '--password-file', files.director]);
  expect(a.stderr).toBe('');
  expect(a.code).toBe(0);
  const b = await qaygi(['users', 'add', '--db', db, '--username', 'Gülnarə', '--role', 'caregiver', '--password-file', files.caregiver, '--display-name', 'Həsənova Gülnarə']);
  expect(b.code).toBe(0);
  return { db, files };
}

// Each command is a child process (tsx start-up included): generous time per test.
const SLOW = { timeout: 180_000 };

describe('qaygi users', () => {
  it('adds and lists accounts as JSON lines, never showing a hash', SLOW, async () => {
    const { db, files } = await withAccounts();
    const list = await qaygi(['users', 'list', '--db', db]);
    expect(list.code).toBe(0);
    const users = jsonLines(list.stdout);
    expect(users.map((u) => [u.username, u.role, u.displayName, u.mustChangePassword, u.active])).toEqual([
      ['Gülnarə', 'caregiver', 'Həsənova Gülnarə', false, true],
      ['Rauf', 'director', 'Rauf', false, true],
    ]);
    expect(list.stdout).not.toMatch(/hash|salt|scrypt/i);
    // Written by the command line's system actor.
    expect(sql(db, "SELECT DISTINCT actor, via FROM audit_log WHERE action = 'user.create'")).toEqual([{ actor: 'local-cli', via: 'cli' }]);

    const dup = await qaygi(['users', 'add', '--db', db, '--username', 'GULNARE', '--role', 'teacher', '--password-file', files.reset]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain(`conflict: ${translate('az', 'auth.usernameTaken', { username: 'GULNARE' })}`);
    const another = await qaygi(['users', 'add', '--db', db, '--username', 'rauf2', '--role', 'teacher', '--password-file', files.wrong]);
    expect(another.code).toBe(0);
    const badRole = await qaygi(['users', 'add', '--db', db, '--username', 'x1x', '--role', 'janitor', '--password-file', files.reset]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of: director, admin');
    const noFile = await qaygi(['users', 'add', '--db', db, '--username', 'x1x', '--role', 'teacher']);
    expect(noFile.code).toBe(2);
    const empty = await qaygi(['users', 'add', '--db', db, '--username', 'x1x', '--role', 'teacher', '--password-file', files.empty]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('is empty');
    expect(sql(db, 'SELECT count(*) n FROM users')).toEqual([{ n: 3 }]);
  });

  it('resets a password, which must then be changed before anything else', SLOW, async () => {
    const { db, files } = await withAccounts();
    const r = await qaygi(['users', 'reset', '--db', db, '--username', 'gulnare', '--password-file', files.reset]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ username: 'Gülnarə', mustChangePassword: true });
    const old = await qaygi(['call', 'residents.list', '--db', db, '--as', 'gulnare', '--password-file', files.caregiver]);
    expect(old.code).toBe(1);
    expect(old.stderr).toMatch(/^unauthenticated: /);
    const blocked = await qaygi(['call', 'residents.list', '--db', db, '--as', 'gulnare', '--password-file', files.reset], { lang: 'en' });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`password_change_required: ${translate('en', 'auth.passwordChangeRequired')}`);
    const nobody = await qaygi(['users', 'reset', '--db', db, '--username', 'nobody', '--password-file', files.reset]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain(translate('az', 'auth.userNotFound'));
    expect(sql(db, "SELECT actor, action FROM audit_log WHERE action = 'auth.passwordReset'")).toEqual([{ actor: 'local-cli', action: 'auth.passwordReset' }]);
  });
});

describe('qaygi call', () => {
  it('--list prints every call and its permission, tab-separated, one per line', SLOW, async () => {
    const r = await qaygi(['call', '--list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual(Object.entries(contract).map(([name, def]) => `${name}\t${def.permission}`));
    expect(lines).toContain('auth.signIn\tpublic');
    expect(lines).toContain('users.create\tusers.manage');
  });

  it('--as runs with exactly that user’s permissions: a refused call exits 1 with "forbidden"', SLOW, async () => {
    const { db, files } = await withAccounts();
    const ok = await qaygi(['call', 'residents.list', '--db', db, '--as', 'gülnarə', '--password-file', files.caregiver], { input: '{}' });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ total: 0, rows: [] });

    const staff = JSON.stringify({ lastName: 'Quliyeva', firstName: 'Səbinə', sex: 'F', position: 'caregiver', hiredDate: '2015-09-01' });
    const refused = await qaygi(['call', 'staff.create', '--db', db, '--as', 'Gülnarə', '--password-file', files.caregiver], { input: staff });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^forbidden: /);
    expect(sql(db, 'SELECT count(*) n FROM staff')).toEqual([{ n: 0 }]);
    expect(sql(db, 'SELECT actor, via, action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1')).toEqual([
      { actor: 'Gülnarə', via: 'cli', action: 'access.denied', entity_id: 'staff.create' },
    ]);

    const allowed = await qaygi(['call', 'staff.create', '--db', db, '--as', 'rauf', '--password-file', files.director], { input: staff });
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toMatchObject({ lastName: 'Quliyeva', position: 'caregiver' });
    // Without --as: the local system actor, every permission.
    const system = await qaygi(['call', 'users.list', '--db', db]);
    expect(system.code).toBe(0);

    const wrong = await qaygi(['call', 'residents.list', '--db', db, '--as', 'rauf', '--password-file', files.wrong], { lang: 'ru' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`unauthenticated: ${translate('ru', 'auth.wrongCredentials')}`);
    const usage = await qaygi(['call', 'residents.list', '--db', db, '--as', 'rauf']);
    expect(usage.code).toBe(2);
  });
});
