import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src-main/core/i18n/index';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

const residentsOf = (file: string) => sql(file, 'SELECT * FROM residents ORDER BY id');

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

    const v = await qaygi(['audit', 'verify', '--db', db]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('151 entries');
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
    expect(az.stderr).toContain(translate('az', 'demo.hasResidents', { count: 10 }));
    const en = await qaygi(['demo', '--db', db], { lang: 'en' });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('The database already holds 10 children');

    expect(sql(db, 'SELECT (SELECT count(*) FROM residents) r, (SELECT max(seq) FROM audit_log) a, (SELECT code FROM institution) c')).toEqual(before);
    expect((await qaygi(['audit', 'verify', '--db', db])).code).toBe(0);
  });

  it.each([
    [['--children', '0'], translate('az', 'demo.badChildren', { min: 1, max: 100000 })],
    [['--children', 'many'], translate('az', 'demo.badChildren', { min: 1, max: 100000 })],
    [['--children=-5'], translate('az', 'demo.badChildren', { min: 1, max: 100000 })],
    [['--seed', '1.5'], translate('az', 'demo.badSeed', { max: 4294967295 })],
    [['--seed', '4294967296'], translate('az', 'demo.badSeed', { max: 4294967295 })],
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
