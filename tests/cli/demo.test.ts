import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src-main/core/i18n/index';
import { ROLES } from '../../src-main/core/contract/permissions';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

const residentsOf = (file: string) => sql(file, 'SELECT * FROM residents ORDER BY id');
const staffOf = (file: string) =>
  sql(file, 'SELECT * FROM staff ORDER BY sort_key, fin').map((r) => ({ ...(r as object), id: undefined, created_at: undefined, updated_at: undefined }));

/** The demo accounts as `qaygi demo` prints them: one table row per role (every role is a username). */
function printedAccounts(stdout: string) {
  return stdout
    .split('\n')
    .map((line) => ({ line: line.trim(), m: / (\w+) +([A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){3}) /.exec(line) }))
    .filter((x) => x.m && (ROLES as readonly string[]).includes(x.m[1]!))
    .map(({ line, m }) => ({ line, username: m![1]!, password: m![2]! }));
}

describe('qaygi demo', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('makes a database that passes PRAGMA integrity_check and audit verify', async () => {
    const db = tempDbPath();
    const r = await qaygi(['demo', '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nümayiş müəssisəsi yaradıldı');
    expect(r.stdout).toContain('hazırda 120');
    expect(sql(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(sql(db, "SELECT count(*) n FROM residents WHERE status IN ('resident','day_attendee')")).toEqual([{ n: 120 }]);
    expect(sql(db, "SELECT count(*) n FROM residents WHERE status = 'discharged'")).toEqual([{ n: 30 }]);
    expect(sql(db, 'SELECT count(*) n FROM institution')).toEqual([{ n: 1 }]);
    // Written through the CLI: the audit log says so.
    expect(sql(db, 'SELECT DISTINCT via, actor FROM audit_log')).toEqual([{ via: 'cli', actor: 'local-cli' }]);

    // One entry for the institution, each staff member, training, account and child, and each care record (referral, assessment, episode, relative, plan, review).
    const { n } = sql<{ n: number }>(
      db,
      // and the education and care records' own entries (core/education/demo.ts, core/care/demo.ts).
      'SELECT 1 + (SELECT count(*) FROM staff) + (SELECT count(*) FROM staff_trainings) + (SELECT count(*) FROM users) + (SELECT count(*) FROM residents)' +
        " + (SELECT count(*) FROM audit_log WHERE action LIKE 'education.%')" +
        // safeguarding's demo (core/safeguarding/demo.ts) and the medication extras: their own entries.
        " + (SELECT count(*) FROM audit_log WHERE action LIKE 'restraint.%' OR action LIKE 'complaint.%' OR action LIKE 'first_aid.%' OR action LIKE 'medication_stock.%' OR action LIKE 'allergy.%' OR action = 'medication.stop'" +
        // the documents' demo (core/documents/demo.ts): papers and consents.
        " OR action LIKE 'attachment.%' OR action LIKE 'consent.%')" +
        ' + (SELECT count(*) FROM referrals) + (SELECT count(*) FROM assessments) + (SELECT count(*) FROM care_episodes) + (SELECT count(*) FROM relatives) + (SELECT count(*) FROM case_plans) + (SELECT count(*) FROM case_reviews)' +
        ' + (SELECT count(*) FROM roll_calls) + (SELECT count(*) FROM care_notes) + (SELECT count(*) FROM incidents) + (SELECT count(*) FROM incident_children) + (SELECT count(*) FROM medications) + (SELECT count(*) FROM medication_doses) + (SELECT count(*) FROM family_contacts) n',
    )[0]!;
    expect(n).toBeGreaterThan(151 + 40);
    expect(r.stdout).toContain(translate('az', 'app.demo.audit', { entries: n, seed: 1 }));
    const v = await qaygi(['audit', 'verify', '--db', db]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(`${n} entries`);
  });

  it('prints one account per role with its password, once, and a line to change them', async () => {
    const db = tempDbPath();
    const r = await qaygi(['demo', '--db', db, '--children', '10'], { lang: 'en' });
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain(translate('en', 'app.demo.accounts'));
    expect(out).toContain(translate('en', 'app.demo.changePasswords'));
    expect(out).toMatch(/^ {2}Role +Username +Password +Staff member$/m);
    const accounts = printedAccounts(out);
    expect(accounts.map((a) => a.username)).toEqual(ROLES);
    const users = sql<{ username: string; role: string; display_name: string }>(db, 'SELECT username, role, display_name FROM users');
    for (const a of accounts) {
      const u = users.find((x) => x.username === a.username)!;
      expect(u.role).toBe(a.username);
      expect(a.line).toContain(translate('en', `auth.role.${u.role}`));
      expect(a.line.endsWith(u.display_name)).toBe(true);
    }
    expect(users).toHaveLength(ROLES.length);
    // The passwords are in the output only: the file keeps salted hashes.
    const file = Buffer.concat([db, `${db}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    for (const a of accounts) expect(file.includes(a.password)).toBe(false);
  });

  it('gives passwords that sign in, each account with its own role’s permissions', async () => {
    const db = tempDbPath();
    const r = await qaygi(['demo', '--db', db, '--children', '10']);
    expect(r.code).toBe(0);
    const passwordFile = (username: string) => {
      const file = join(dirname(db), `${username}.txt`);
      writeFileSync(file, `${printedAccounts(r.stdout).find((a) => a.username === username)!.password}\n`);
      return file;
    };
    const info = await qaygi(['call', 'app.info', '--db', db, '--as', 'director', '--password-file', passwordFile('director')]);
    expect(info.stderr).toBe('');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ actor: { username: 'director', role: 'director' } });

    const before = sql(db, 'SELECT count(*) n FROM residents');
    const child = { lastName: 'Quliyev', firstName: 'Tural', sex: 'M', dateOfBirth: '2015-01-01', admissionDate: '2020-01-01' };
    const write = await qaygi(['call', 'residents.create', '--db', db, '--as', 'caregiver', '--password-file', passwordFile('caregiver')], {
      input: JSON.stringify(child),
    });
    expect(write.code).toBe(1);
    expect(write.stdout).toBe('');
    expect(write.stderr.startsWith('forbidden:')).toBe(true);
    expect(sql(db, 'SELECT count(*) n FROM residents')).toEqual(before);

    // A wrong password is refused: the sign-in, not the flag, makes the difference.
    writeFileSync(join(dirname(db), 'wrong.txt'), 'Not-The-Password-1\n');
    const wrong = await qaygi(['call', 'app.info', '--db', db, '--as', 'director', '--password-file', join(dirname(db), 'wrong.txt')]);
    expect(wrong.code).toBe(1);
  });

  it('gives identical residents rows for the same seed and different ones for another seed', async () => {
    const [a, b, c] = [tempDbPath(), tempDbPath(), tempDbPath()];
    const runs = await Promise.all([
      qaygi(['demo', '--db', a, '--children', '40', '--seed', '7']),
      qaygi(['demo', '--db', b, '--seed', '7', '--children', '40']),
      qaygi(['demo', '--db', c, '--children', '40', '--seed', '8']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const [ra, rb, rc] = [residentsOf(a), residentsOf(b), residentsOf(c)];
    expect(ra).toHaveLength(50);
    expect(rb).toEqual(ra);
    expect(sql(b, 'SELECT * FROM institution')).toEqual(sql(a, 'SELECT * FROM institution'));
    // The same staff too (their ids and stamps carry the time of writing, like the accounts and the audit log).
    expect(staffOf(b)).toEqual(staffOf(a));
    expect(staffOf(c)).not.toEqual(staffOf(a));
    // Every current child's key worker is one of the home's caregivers.
    expect(sql(a, "SELECT count(*) n FROM residents WHERE status <> 'discharged' AND key_worker NOT IN (SELECT last_name || ' ' || first_name FROM staff WHERE position = 'caregiver')")).toEqual([{ n: 0 }]);
    expect(rc).toHaveLength(50);
    expect(rc).not.toEqual(ra);
    const idsA = new Set(ra.map((r) => (r as { id: string }).id));
    expect(rc.filter((r) => idsA.has((r as { id: string }).id))).toEqual([]);
  });

  it('refuses a database that already has children, in the user’s language, writing nothing', async () => {
    const db = tempDbPath();
    expect((await qaygi(['demo', '--db', db, '--children', '8'])).code).toBe(0);
    const before = sql(db, 'SELECT (SELECT count(*) FROM residents) r, (SELECT max(seq) FROM audit_log) a, (SELECT code FROM institution) c');

    const az = await qaygi(['demo', '--db', db, '--seed', '2']);
    expect(az.code).toBe(1);
    expect(az.stdout).toBe('');
    expect(az.stderr).toContain(translate('az', 'app.demo.hasResidents', { count: 10 }));
    const en = await qaygi(['demo', '--db', db], { lang: 'en' });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('The database already holds 10 children');

    expect(sql(db, 'SELECT (SELECT count(*) FROM residents) r, (SELECT max(seq) FROM audit_log) a, (SELECT code FROM institution) c')).toEqual(before);
    expect((await qaygi(['audit', 'verify', '--db', db])).code).toBe(0);
  });

  it.each([
    [['--children', '0'], translate('az', 'app.demo.badChildren', { min: 1, max: 100000 })],
    [['--children', 'many'], translate('az', 'app.demo.badChildren', { min: 1, max: 100000 })],
    [['--children=-5'], translate('az', 'app.demo.badChildren', { min: 1, max: 100000 })],
    [['--seed', '1.5'], translate('az', 'app.demo.badSeed', { max: 4294967295 })],
    [['--seed', '4294967296'], translate('az', 'app.demo.badSeed', { max: 4294967295 })],
    [['--colour', 'red'], 'Unknown option'],
    [['extra'], 'unexpected argument: extra'],
  ])('exits 2 with a usage message for %j, creating no file', async (args, message) => {
    const db = tempDbPath();
    const r = await qaygi(['demo', '--db', db, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: demo --db FILE [--children N] [--seed S]');
    expect(existsSync(db)).toBe(false);
  });

  it('exits 2 without --db', async () => {
    const r = await qaygi(['demo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--db FILE is required');
  });
});
