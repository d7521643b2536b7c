import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { azCollator } from '../../src-main/core/text/fold';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

// `qaygi call NAME`: any contract call, JSON in on stdin, JSON out on stdout.

let db: string;
beforeAll(async () => {
  db = tempDbPath();
  const r = await qaygi(['demo', '--db', db, '--children', '30']);
  if (r.code !== 0) throw new Error(r.stderr);
});

const call = (name: string, input?: unknown) =>
  qaygi(['call', name, '--db', db], { input: input === undefined ? '' : JSON.stringify(input) });

describe('qaygi call', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('answers residents.list with a page sorted in Azerbaijani order', async () => {
    const r = await call('residents.list', { sort: 'name', limit: 10 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const page = JSON.parse(r.stdout) as { total: number; rows: Array<{ lastName: string; firstName: string }> };
    expect(page.total).toBe(30);
    expect(page.rows).toHaveLength(10);
    const names = page.rows.map((x) => x.lastName);
    expect([...names].sort(azCollator.compare)).toEqual(names);
  });

  it('writes through the contract, audited as the CLI, and reads it back', async () => {
    const created = await call('residents.create', {
      lastName: 'Şükürova',
      firstName: 'Ülkər',
      patronymic: 'Oqtay qızı',
      sex: 'F',
      dateOfBirth: '2016-02-29',
      admissionDate: '2023-03-01',
    });
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const got = await call('residents.get', { id });
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout)).toMatchObject({ id, lastName: 'Şükürova', dateOfBirth: '2016-02-29' });
    expect(sql(db, 'SELECT action, via, actor FROM audit_log WHERE entity_id = ?', id)).toEqual([
      { action: 'resident.create', via: 'cli', actor: 'local-cli' },
    ]);
  });

  it('takes an empty stdin as {}', async () => {
    const r = await call('audit.verify');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
  });

  it.each([
    ['residents.get', {}, 'invalid:', 'id:'],
    ['residents.list', { limit: 'many' }, 'invalid:', 'limit:'],
    ['residents.list', { colour: 'red' }, 'invalid:', 'colour'],
    ['residents.get', { id: 'no-such-child' }, 'not_found:', ''],
    ['nope.nothing', {}, 'unknown_call:', 'nope.nothing'],
  ])('%s %j exits 1 with the code on stderr', async (name, input, code, detail) => {
    const before = sql(db, 'SELECT max(seq) s FROM audit_log');
    const r = await call(name, input);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(code)).toBe(true);
    expect(r.stderr).toContain(detail);
    expect(sql(db, 'SELECT max(seq) s FROM audit_log')).toEqual(before);
  });

  it('refuses, as forbidden, a call the signed-in user’s role may not make', async () => {
    const password = join(dirname(db), 'caregiver.txt');
    writeFileSync(password, 'Tərbiyəçi-2026-parol\n');
    const added = await qaygi(['users', 'add', '--db', db, '--username', 'leyla', '--role', 'caregiver', '--password-file', password]);
    expect(added.code).toBe(0);
    const as = ['--as', 'leyla', '--password-file', password];
    // A caregiver reads the register…
    const read = await qaygi(['call', 'residents.search', '--db', db, ...as], { input: '{"query":"memmedov"}' });
    expect(read.code).toBe(0);
    // …but may not register a child.
    const before = sql(db, 'SELECT (SELECT count(*) FROM residents) r');
    const write = await qaygi(['call', 'residents.create', '--db', db, ...as], {
      input: JSON.stringify({ lastName: 'Quliyev', firstName: 'Tural', sex: 'M', dateOfBirth: '2015-01-01', admissionDate: '2020-01-01' }),
    });
    expect(write.code).toBe(1);
    expect(write.stdout).toBe('');
    expect(write.stderr.startsWith('forbidden:')).toBe(true);
    expect(sql(db, 'SELECT (SELECT count(*) FROM residents) r')).toEqual(before);
  });

  it('exits 2 without exactly one NAME', async () => {
    const none = await qaygi(['call', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: call NAME');
    const two = await qaygi(['call', 'residents.get', 'residents.list', '--db', db]);
    expect(two.code).toBe(2);
  });
});
