import { describe, expect, it } from 'vitest';
import { translate } from '../../src-main/core/i18n/index';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

const az = (key: string, params?: Record<string, string | number>) => translate('az', key, params);

const child = {
  lastName: 'Əliyeva',
  firstName: 'Aygün',
  patronymic: 'Elşən qızı',
  sex: 'F',
  dateOfBirth: '2014-05-02',
  admissionDate: '2021-09-01',
  fin: '5zk8m2p',
};

const counts = (db: string) => sql(db, 'SELECT (SELECT count(*) FROM residents) residents, (SELECT count(*) FROM audit_log) audit')[0];
const add = (db: string, input: unknown, ...flags: string[]) =>
  qaygi(['residents', 'add', '--db', db, ...flags], { input: typeof input === 'string' ? input : JSON.stringify(input) });

describe('qaygi residents add', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('registers a child from JSON on stdin and prints the record', async () => {
    const db = tempDbPath();
    const r = await add(db, child);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ ...child, fin: '5ZK8M2P', version: 1, status: 'resident' });
    expect(out.id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = sql<Record<string, unknown>>(db, 'SELECT * FROM residents');
    expect(row).toMatchObject({ id: out.id, last_name: 'Əliyeva', fin: '5ZK8M2P', date_of_birth: '2014-05-02' });
    expect(sql(db, 'SELECT action, entity_id, via FROM audit_log')).toEqual([{ action: 'resident.create', entity_id: out.id, via: 'cli' }]);
  });

  it('prints the Azerbaijani messages for bad fields, exits 1 and writes nothing', async () => {
    const db = tempDbPath();
    const r = await add(db, { ...child, lastName: '  ', sex: 'X', fin: 'AB1O234', dateOfBirth: '02.05.2014' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`invalid: ${az('errors.invalid')}`);
    expect(r.stderr).toContain(`lastName: ${az('validation.required')}`);
    expect(r.stderr).toContain(`sex: ${az('validation.choose')}`);
    expect(r.stderr).toContain(`fin: ${az('validation.finFormat')}`);
    expect(r.stderr).toContain(`dateOfBirth: ${az('validation.dateFormat')}`);
    expect(counts(db)).toEqual({ residents: 0, audit: 0 });
  });

  it('refuses a date of birth in the future or after admission, with the Azerbaijani message', async () => {
    const db = tempDbPath();
    const future = await add(db, { ...child, dateOfBirth: '2099-01-01', admissionDate: '2099-02-01' });
    expect(future.code).toBe(1);
    expect(future.stderr).toContain(`dateOfBirth: ${az('validation.dobFuture')}`);
    expect(future.stderr).toContain(`admissionDate: ${az('validation.dateFuture')}`);
    const afterAdmission = await add(db, { ...child, dateOfBirth: '2022-01-01' });
    expect(afterAdmission.code).toBe(1);
    expect(afterAdmission.stderr).toContain(`dateOfBirth: ${az('validation.dobAfterAdmission')}`);
    expect(counts(db)).toEqual({ residents: 0, audit: 0 });
  });

  it('says when stdin is not JSON, or not one object', async () => {
    const db = tempDbPath();
    const notJson = await add(db, '{"lastName": ');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('stdin is not valid JSON');
    const array = await add(db, [child]);
    expect(array.code).toBe(2);
    expect(array.stderr).toContain('one JSON object');
    expect(array.stderr).toContain('Usage: residents add');
  });

  it('needs --confirm-duplicate for a possible second record of the same child', async () => {
    const db = tempDbPath();
    const first = await add(db, child);
    expect(first.code).toBe(0);
    const firstId = (JSON.parse(first.stdout) as { id: string }).id;

    const again = await add(db, { ...child, fin: null, firstName: 'AYGÜN' });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`duplicate: ${az('residents.possibleDuplicate', { count: 1 })}`);
    expect(again.stderr).toContain(firstId);
    expect(again.stderr).toContain('--confirm-duplicate');
    expect(counts(db)).toEqual({ residents: 1, audit: 1 });

    const confirmed = await add(db, { ...child, fin: null, firstName: 'AYGÜN' }, '--confirm-duplicate');
    expect(confirmed.code).toBe(0);
    expect(counts(db)).toEqual({ residents: 2, audit: 2 });
  });

  it('refuses a FIN that is already on another child', async () => {
    const db = tempDbPath();
    expect((await add(db, child)).code).toBe(0);
    const r = await add(db, { ...child, firstName: 'Leyla', dateOfBirth: '2015-01-01' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`conflict: ${az('residents.finTaken', { fin: '5ZK8M2P' })}`);
    expect(counts(db)).toEqual({ residents: 1, audit: 1 });
  });

  it('exits 2 for an unknown option', async () => {
    const r = await qaygi(['residents', 'add', '--db', tempDbPath(), '--force'], { input: JSON.stringify(child) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: residents add');
  });
});
