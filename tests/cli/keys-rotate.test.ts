import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

// Rotation of the signing key from the command line: packages signed before and after the rotation
// both verify at the ministry, in order, with the trust file exported after the rotation.

let dir: string;
let db: string;
let oldPass: string;
let newPass: string;
let ministry: string;
let out: string;

async function ok(args: string[]) {
  const r = await qaygi(args, { lang: 'en' });
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.code} ${r.stderr}`);
  return r;
}

const exportArgs = (period: string, pass: string) => ['export', '--db', db, '--period', period, '--out', out, '--passphrase-file', pass, '--accept-problems', 'Sənədlər gözlənilir'];

beforeAll(async () => {
  db = tempDbPath();
  dir = dirname(db);
  oldPass = join(dir, 'old.txt');
  newPass = join(dir, 'new.txt');
  ministry = join(dir, 'ministry');
  out = join(dir, 'out');
  writeFileSync(oldPass, 'the old long passphrase\n');
  writeFileSync(newPass, 'the new long passphrase\n');
  for (const s of [
    ['demo', '--db', db, '--children', '8', '--seed', '5'],
    ['ministry', 'keygen', '--out', ministry],
    ['keys', 'init', '--db', db, '--passphrase-file', oldPass],
    ['ministry', 'import', '--db', db, join(ministry, 'recipient.txt')],
  ]) {
    await ok(s);
  }
}, CLI_TEST_TIMEOUT);

describe('qaygi keys rotate', () => {
  it('refuses a wrong old passphrase (exit 1) and changes nothing', async () => {
    const before = sql(db, 'SELECT * FROM signing_keys');
    const r = await qaygi(['keys', 'rotate', '--db', db, '--passphrase-file', newPass, '--new-passphrase-file', newPass], { lang: 'en' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid:');
    expect(r.stdout).toBe('');
    expect(sql(db, 'SELECT * FROM signing_keys')).toEqual(before);
    expect(sql(db, "SELECT * FROM audit_log WHERE action = 'signing_key.rotate'")).toEqual([]);
  }, CLI_TEST_TIMEOUT);

  it('makes a new key; packages before and after verify in order with the new trust file', async () => {
    const oldKey = sql<{ key_id: string }>(db, "SELECT key_id FROM signing_keys WHERE status = 'active'")[0]!.key_id;
    const first = (await ok(exportArgs('2026-Q2', oldPass))).stdout.trim();

    const r = await ok(['keys', 'rotate', '--db', db, '--passphrase-file', oldPass, '--new-passphrase-file', newPass]);
    const newKey = r.stdout.trim();
    expect(newKey).not.toBe(oldKey);
    expect(sql(db, 'SELECT key_id, status FROM signing_keys ORDER BY created_at, status')).toEqual([
      { key_id: oldKey, status: 'retired' },
      { key_id: newKey, status: 'active' },
    ]);
    // The old passphrase no longer opens the active key.
    expect((await qaygi(exportArgs('2026-Q3', oldPass))).code).toBe(1);
    const second = (await ok(exportArgs('2026-Q3', newPass))).stdout.trim();

    const trust = join(dir, 'trust.json');
    await ok(['keys', 'export', '--db', db, '--out', trust]);
    const entries = JSON.parse(readFileSync(trust, 'utf8')).entries as { keyId: string; retiredAt: string | null; rotation: unknown }[];
    expect(entries.map((e) => [e.keyId, e.retiredAt !== null, e.rotation !== null])).toEqual([
      [oldKey, true, false],
      [newKey, false, true],
    ]);

    const state = join(dir, 'state.json');
    const verify = (file: string) => qaygi(['verify', file, '--identity', join(ministry, 'identity.txt'), '--trust', trust, '--state', state, '--json']);
    const a = await verify(first);
    expect(a.code, a.stdout + a.stderr).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ ok: true, status: 'accepted', period: '2026-Q2', sequence: 1 });
    const b = await verify(second);
    expect(b.code, b.stdout + b.stderr).toBe(0);
    expect(JSON.parse(b.stdout)).toMatchObject({ ok: true, status: 'accepted', period: '2026-Q3', sequence: 2 });
  }, CLI_TEST_TIMEOUT * 2);
});
