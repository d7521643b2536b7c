import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKeyFile } from '../../src-main/core/packages/crypto/age';
import { receiptSignerFromPem } from '../../src-main/ministry/receipts';
import { parseTrustFile } from '../../src-main/core/packages/format/trust';
import { startIntake, type Intake } from '../../src-main/ministry/intake';
import { selfSignedCert } from '../core/packages/delivery-fixture';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

// Delivery from the command line, as the ministry and a script at the institution run it: the
// receipt key, a receipt made by hand and imported, and an upload to the reference intake over
// HTTPS with the ministry's certificate pinned.

let dir: string;
let db: string;
let pass: string;
let ministry: string;
let trust: string;
let out: string;
let pkg: string;
let intake: Intake | null = null;

async function ok(args: string[]) {
  const r = await qaygi(args, { lang: 'en' });
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.code} ${r.stderr}`);
  return r;
}

beforeAll(async () => {
  db = tempDbPath();
  dir = dirname(db);
  pass = join(dir, 'passphrase.txt');
  ministry = join(dir, 'ministry');
  trust = join(dir, 'trust.json');
  out = join(dir, 'out');
  writeFileSync(pass, 'a long enough passphrase\n');
  for (const s of [
    ['demo', '--db', db, '--children', '8', '--seed', '3'],
    ['ministry', 'keygen', '--out', ministry],
    ['ministry', 'receipt-keygen', '--out', ministry],
    ['keys', 'init', '--db', db, '--passphrase-file', pass],
    ['keys', 'export', '--db', db, '--out', trust],
    ['ministry', 'import', '--db', db, join(ministry, 'recipient.txt')],
    ['ministry', 'receipt-key', '--db', db, join(ministry, 'receipt-public.json')],
    ['export', '--db', db, '--period', '2026-Q3', '--out', out, '--passphrase-file', pass, '--accept-problems', 'Sənədlər gözlənilir'],
  ]) {
    await ok(s);
  }
  pkg = join(out, readdirSync(out).find((f) => f.endsWith('.qaygi'))!);
}, CLI_TEST_TIMEOUT * 2);

afterAll(async () => {
  await intake?.close();
});

describe('qaygi ministry receipt-keygen / ministry receipt / packages receipt import', () => {
  it('writes the receipt key (PKCS#8 PEM, private) and its public file, and will not overwrite them', async () => {
    expect(readFileSync(join(ministry, 'receipt-key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(JSON.parse(readFileSync(join(ministry, 'receipt-public.json'), 'utf8'))).toMatchObject({ format: 'qaygi-receipt-key/1' });
    const again = await qaygi(['ministry', 'receipt-keygen', '--out', ministry]);
    expect(again.code).toBe(1);
  }, CLI_TEST_TIMEOUT);

  it('the ministry answers with a receipt; importing it marks the package acknowledged; a forged one is refused', async () => {
    const receipt = join(dir, 'answer.json');
    const state = join(dir, 'state.json');
    const r = await qaygi(['ministry', 'receipt', pkg, '--identity', join(ministry, 'identity.txt'), '--trust', trust, '--key', join(ministry, 'receipt-key.pem'), '--state', state, '--out', receipt]);
    expect([r.code, r.stdout]).toEqual([0, 'accepted\n']);
    const code = sql<{ code: string }>(db, 'SELECT code FROM institution')[0]!.code;
    expect(JSON.parse(readFileSync(state, 'utf8')).institutions[code]).toMatchObject({ sequence: 1 });

    const text = readFileSync(receipt, 'utf8');
    const env = JSON.parse(text) as { payload: string };
    const forged = join(dir, 'forged.json');
    const payload = Buffer.from(env.payload, 'base64').toString('utf8').replace('"accepted"', '"rejected"').replace('"reason":null', '"reason":{"code":"x","message":"y"}');
    writeFileSync(forged, text.replace(env.payload, Buffer.from(payload).toString('base64')));
    const bad = await qaygi(['packages', 'receipt', 'import', '--db', db, forged], { lang: 'en' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('does not verify with the ministry’s receipt key');
    expect(sql(db, 'SELECT status FROM packages WHERE sequence = 1')).toEqual([{ status: 'created' }]);

    const good = await ok(['packages', 'receipt', 'import', '--db', db, receipt]);
    expect(good.stdout).toBe('Package 1: acknowledged.\n');
    expect(sql(db, 'SELECT status FROM packages WHERE sequence = 1')).toEqual([{ status: 'acknowledged' }]);
  }, CLI_TEST_TIMEOUT);

  it('a package the ministry cannot verify: a rejected receipt, exit 1', async () => {
    const empty = join(dir, 'empty-trust.json');
    writeFileSync(empty, '{"format":"qaygi-trust/1","entries":[]}');
    const receipt = join(dir, 'rejected.json');
    const r = await qaygi(['ministry', 'receipt', pkg, '--identity', join(ministry, 'identity.txt'), '--trust', empty, '--key', join(ministry, 'receipt-key.pem'), '--out', receipt]);
    expect([r.code, r.stdout]).toEqual([1, 'rejected: key_unknown\n']);
    expect(JSON.parse(Buffer.from((JSON.parse(readFileSync(receipt, 'utf8')) as { payload: string }).payload, 'base64').toString())).toMatchObject({ verdict: 'rejected', reason: { code: 'key_unknown' } });
  }, CLI_TEST_TIMEOUT);
});

describe('qaygi ministry address / packages queue / packages deliver', () => {
  it('uploads a queued package to the intake over pinned HTTPS and records the receipt', async () => {
    const tls = selfSignedCert();
    const identity = readKeyFile(readFileSync(join(ministry, 'identity.txt'), 'utf8'), 'identity')!;
    intake = await startIntake({
      identity,
      trust: parseTrustFile(readFileSync(trust, 'utf8')).trust,
      // The intake goes on from the ministry's state: package 1 was accepted by hand above.
      statePath: join(dir, 'state.json'),
      signer: receiptSignerFromPem(readFileSync(join(ministry, 'receipt-key.pem'), 'utf8'))!,
      tls,
    });
    const ca = join(dir, 'ministry.pem');
    writeFileSync(ca, tls.cert);
    expect((await ok(['ministry', 'address', '--db', db, '--url', intake.url, '--ca', ca])).stdout).toContain(intake.url);
    // A correction of the period: the export queues it, now that the address is set.
    await ok(['export', '--db', db, '--period', '2026-Q3', '--out', out, '--passphrase-file', pass, '--accept-problems', 'Düzəliş']);
    const queued = (await ok(['packages', 'queue', '--db', db])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(queued).toMatchObject([{ sequence: 2, state: 'pending', packageStatus: 'created' }]);
    const sent = await ok(['packages', 'deliver', '--db', db]);
    expect(sent.stdout).toBe('Package 2: acknowledged.\n');
    expect(sql(db, 'SELECT status, supersedes FROM packages WHERE sequence = 2')).toEqual([{ status: 'acknowledged', supersedes: 1 }]);
    expect(sql(db, 'SELECT state, attempts FROM delivery_queue')).toEqual([{ state: 'sent', attempts: 1 }]);
    // Nothing left to send.
    expect((await ok(['packages', 'deliver', '--db', db])).stdout).toBe('');
  }, CLI_TEST_TIMEOUT);
});
