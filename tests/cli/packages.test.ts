import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../../src-main/core/packages/format/csv';
import { DEFAULT_CAPS } from '../../src-main/core/packages/format/names';
import { readBagZip } from '../../src-main/core/packages/verify/zip-read';
import { qaygi, sql, tempDbPath } from './qaygi';

// The packages commands as a script or the ministry runs them: `node bin/qaygi.mjs …` in a child
// process, on the demo institution.

const hasAgeCli = spawnSync('age', ['--version']).status === 0;
const ageCliNote = hasAgeCli ? '' : ' [skipped: the `age` command is not installed (Debian: apt-get install -y age)]';

let dir: string;
let db: string;
let pass: string;
let ministry: string;
let trust: string;
let out: string;
let pkg: string;

const verifyArgs = (file: string, ...more: string[]) => ['verify', file, '--identity', join(ministry, 'identity.txt'), '--trust', trust, ...more];

beforeAll(async () => {
  db = tempDbPath();
  dir = dirname(db);
  pass = join(dir, 'passphrase.txt');
  ministry = join(dir, 'ministry');
  trust = join(dir, 'trust.json');
  out = join(dir, 'out');
  writeFileSync(pass, 'a long enough passphrase\n');
  const steps: string[][] = [
    ['demo', '--db', db, '--children', '15', '--seed', '7'],
    ['ministry', 'keygen', '--out', ministry],
    ['keys', 'init', '--db', db, '--passphrase-file', pass],
    ['keys', 'export', '--db', db, '--out', trust],
    ['ministry', 'import', '--db', db, join(ministry, 'recipient.txt')],
  ];
  for (const s of steps) {
    const r = await qaygi(s);
    if (r.code !== 0) throw new Error(`${s.join(' ')}: ${r.stderr}`);
  }
  // One child whose court decision is not recorded: a pre-check problem for certain.
  const child = { lastName: 'Qasımov', firstName: 'Rüfət', patronymic: 'Elman oğlu', sex: 'M', dateOfBirth: '2013-02-02', admissionDate: '2024-03-01', admissionBasis: 'court' };
  const r = await qaygi(['residents', 'add', '--db', db, '--confirm-duplicate'], { input: JSON.stringify(child) });
  if (r.code !== 0) throw new Error(r.stderr);
}, 120_000);

describe('qaygi ministry keygen / keys init / keys export / ministry import', () => {
  it('writes the ministry’s keys in age’s own text formats, and will not overwrite them', async () => {
    const id = readFileSync(join(ministry, 'identity.txt'), 'utf8');
    const rec = readFileSync(join(ministry, 'recipient.txt'), 'utf8');
    expect(id).toMatch(/^# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n# public key: age1[a-z0-9]{58}\nAGE-SECRET-KEY-1[A-Z0-9]{58}\n$/);
    expect(rec).toMatch(/^age1[a-z0-9]{58}\n$/);
    expect(id).toContain(`# public key: ${rec.trim()}`);
    const again = await qaygi(['ministry', 'keygen', '--out', ministry]);
    expect(again.code).toBe(1);
    expect(readFileSync(join(ministry, 'identity.txt'), 'utf8')).toBe(id);
  });

  it('made one signing key, printed its id, and refuses a second', async () => {
    const keyId = sql<{ key_id: string }>(db, "SELECT key_id FROM signing_keys WHERE status = 'active'")[0]!.key_id;
    expect(JSON.parse(readFileSync(trust, 'utf8')).entries.map((e: { keyId: string }) => e.keyId)).toEqual([keyId]);
    const again = await qaygi(['keys', 'init', '--db', db, '--passphrase-file', pass], { lang: 'en' });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('conflict: The institution already has a signing key.');
    expect(sql(db, 'SELECT key_id FROM signing_keys')).toHaveLength(1);
  });

  it('refuses a recipient file that holds a secret key', async () => {
    const r = await qaygi(['ministry', 'import', '--db', db, join(ministry, 'identity.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('invalid:');
  });

  it('answers bad arguments with the usage (exit 2)', async () => {
    const r = await qaygi(['keys', 'init', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--passphrase-file is required');
  });
});

describe('qaygi export / verify / inspect', () => {
  it('refuses to export with problems and no reason, listing them, writing nothing', async () => {
    const r = await qaygi(['export', '--db', db, '--period', '2026-Q3', '--out', out, '--passphrase-file', pass], { lang: 'en' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The pre-check found');
    expect(r.stderr).toMatch(/admission_decision_missing: Qasımov Rüfət Elman oğlu \(resident [0-9a-f-]{36}\)/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(sql(db, 'SELECT * FROM packages')).toEqual([]);
  });

  it('exports with the director’s reason and prints the path', async () => {
    const r = await qaygi(['export', '--db', db, '--period', '2026-Q3', '--out', out, '--passphrase-file', pass, '--accept-problems', 'Məhkəmə qərarı gözlənilir']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    pkg = r.stdout.trim();
    expect(pkg).toMatch(/_2026-Q3_0001\.qaygi$/);
    expect(readdirSync(out)).toEqual([pkg.split('/').pop()]);
    expect(sql(db, 'SELECT sequence, period, status FROM packages')).toEqual([{ sequence: 1, period: '2026-Q3', status: 'created' }]);
  });

  it('verifies (exit 0), advances --state, and answers a resend "already received" (exit 0)', async () => {
    const state = join(dir, 'state.json');
    const first = await qaygi(verifyArgs(pkg, '--state', state), { lang: 'en' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^accepted: Verified: package .+-2026-Q3-0001/);
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(Object.values(saved.institutions as Record<string, { sequence: number }>)[0]!.sequence).toBe(1);
    const again = await qaygi(verifyArgs(pkg, '--state', state, '--json'));
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout);
    expect(json).toMatchObject({ ok: true, status: 'already_received', period: '2026-Q3', sequence: 1, chainChecked: true, dataQuality: { reason: 'Məhkəmə qərarı gözlənilir' } });
    expect(readFileSync(state, 'utf8')).toBe(JSON.stringify(saved, null, 2) + '\n');
  });

  it('fails closed on a flipped byte, with the code in --json and on stderr (exit 1)', async () => {
    const bad = join(dir, 'flipped.qaygi');
    const bytes = readFileSync(pkg);
    bytes[bytes.length - 30]! ^= 0x01;
    writeFileSync(bad, bytes);
    const flipped = await qaygi(verifyArgs(bad, '--json'), { lang: 'en' });
    expect(flipped.code).toBe(1);
    expect(JSON.parse(flipped.stdout)).toMatchObject({ ok: false, code: 'age_payload', step: 'age' });
    expect(flipped.stderr).toContain('age_payload: The package is damaged');
  });

  it('fails closed on another ministry identity (wrong recipient)', async () => {
    const other = join(dir, 'other');
    await qaygi(['ministry', 'keygen', '--out', other]);
    const wrong = await qaygi(['verify', pkg, '--identity', join(other, 'identity.txt'), '--trust', trust]);
    expect([wrong.code, wrong.stderr.split(':')[0]]).toEqual([1, 'age_no_identity']);
  });

  it('fails closed on a missing file, and on a trust file without the institution’s key', async () => {
    const missing = await qaygi(verifyArgs(join(dir, 'nope.qaygi')));
    expect([missing.code, missing.stderr.split(':')[0]]).toEqual([1, 'package_unreadable']);
    const emptyTrust = join(dir, 'empty-trust.json');
    writeFileSync(emptyTrust, JSON.stringify({ format: 'qaygi-trust/1', entries: [] }));
    const unknown = await qaygi(['verify', pkg, '--identity', join(ministry, 'identity.txt'), '--trust', emptyTrust]);
    expect([unknown.code, unknown.stderr.split(':')[0]]).toEqual([1, 'key_unknown']);
  });

  it('inspect verifies, then unpacks: residents.csv holds the database’s children', async () => {
    const into = join(dir, 'inspect');
    mkdirSync(into);
    const r = await qaygi(['inspect', pkg, '--identity', join(ministry, 'identity.txt'), '--trust', trust, '--out', into]);
    expect(r.code).toBe(0);
    const [bag] = readdirSync(into);
    const csv = readFileSync(join(into, bag!, 'data', 'residents.csv'), 'utf8');
    const [header, ...rows] = [...csvRecords(csv)];
    const col = (n: string) => header!.indexOf(n);
    const dbRows = sql<{ id: string; fin: string | null; last_name: string; date_of_birth: string; status: string }>(
      db,
      "SELECT id, fin, last_name, date_of_birth, status FROM residents WHERE admission_date <= '2026-09-30' ORDER BY id",
    );
    expect(rows.map((c) => ({ id: c[col('id')], fin: c[col('fin')], last_name: c[col('last_name')], date_of_birth: c[col('date_of_birth')], status: c[col('status')] }))).toEqual(dbRows);
    const again = await qaygi(['inspect', pkg, '--identity', join(ministry, 'identity.txt'), '--trust', trust, '--out', into]);
    expect(again.code).toBe(1);
  });

  it.skipIf(!hasAgeCli)(`the age command decrypts the package with the ministry’s identity.txt${ageCliNote}`, async () => {
    const zip = execFileSync('age', ['--decrypt', '-i', join(ministry, 'identity.txt'), pkg]);
    const { root, files } = await readBagZip(zip, DEFAULT_CAPS);
    expect(root).toMatch(/-2026-Q3-0001$/);
    expect([...files.keys()]).toContain('data/residents.csv');
  });
});
