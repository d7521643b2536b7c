import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { signerOf, signingKeyFromSeed } from '../../src-main/core/packages/crypto/keys';
import { checkReceipt, parseReceiptKeyFile, receiptKeyFileText, signReceipt, type Receipt } from '../../src-main/core/packages/format/receipt';
import { answerPackage, generateReceiptKey, parsePackageFileName, receiptSignerFromPem } from '../../src-main/ministry/receipts';
import { emptyState } from '../../src-main/core/packages/verify/state';
import { generateAgeIdentity } from '../../src-main/core/packages/crypto/age';
import { bothSides, count, exported, type Sides } from '../core/packages/delivery-fixture';

// Receipts: the ministry answers a package with a signed receipt; the institution imports it and
// the package becomes acknowledged or rejected. A receipt that does not verify, or is about another
// institution or an unknown package, is refused with its own error and changes nothing.

async function answered(s: Sides, path: string, fileName: string, identity = s.identity) {
  const a = await answerPackage(readFileSync(path), fileName, { identity, trust: s.trust, state: emptyState(), signer: s.receiptSigner, now: s.ctx.now() });
  if (!a) throw new Error('no answer');
  return a;
}

async function refusal(s: Sides, text: string) {
  const before = { packages: JSON.stringify(s.ctx.conn.sqlite.prepare('SELECT * FROM packages').all()), audit: count(s.ctx, 'audit_log') };
  const r = await dispatch(s.ctx, 'packages.importReceipt', { text });
  expect(JSON.stringify(s.ctx.conn.sqlite.prepare('SELECT * FROM packages').all())).toBe(before.packages);
  expect(count(s.ctx, 'audit_log')).toBe(before.audit);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('receipts: format', () => {
  it('reads package file names back, and only canonical ones', () => {
    expect(parsePackageFileName('BAK-UE-03_2026-Q3_0001.qaygi')).toEqual({ institution: 'BAK-UE-03', period: '2026-Q3', sequence: 1 });
    for (const bad of ['BAK-UE-03_2026-Q3_001.qaygi', 'BAK-UE-03_2026-Q5_0001.qaygi', 'BAK-UE-03_2026-Q3_0001.zip', '../x_2026-Q3_0001.qaygi']) {
      expect(parsePackageFileName(bad)).toBeNull();
    }
  });

  it('a generated receipt key signs receipts that its public file verifies; a flipped byte does not verify', () => {
    const key = generateReceiptKey();
    const signer = receiptSignerFromPem(key.privatePem)!;
    const pub = parseReceiptKeyFile(key.publicText)!;
    expect(pub.keyId).toBe(key.keyId);
    const receipt: Receipt = {
      format: 'qaygi-receipt/1', institution: 'BAK-UE-03', period: '2026-Q3', sequence: 1, packageSha256: 'a'.repeat(64),
      statementSha256: 'b'.repeat(64), receivedAt: '2026-11-26T10:00:00Z', verdict: 'accepted', alreadyReceived: false, reason: null,
    };
    const text = signReceipt(receipt, signer).toString('utf8');
    expect(checkReceipt(text, pub)).toMatchObject({ ok: true, receipt });
    const env = JSON.parse(text) as { payload: string };
    const forged = Buffer.from(env.payload, 'base64').toString('utf8').replace('"accepted"', '"rejected"');
    expect(checkReceipt(text.replace(env.payload, Buffer.from(forged).toString('base64')), pub)).toEqual({ ok: false, reason: 'signature' });
    expect(checkReceipt('{"not":"a receipt"}', pub)).toEqual({ ok: false, reason: 'malformed' });
    // A receipt must say why it rejects, and only a rejection may.
    expect(() => signReceipt({ ...receipt, verdict: 'rejected' }, signer)).toThrow();
    expect(receiptSignerFromPem('not a key')).toBeNull();
  });
});

describe('receipts: the ministry answers, the institution imports', () => {
  it('an accepted package: the receipt marks it acknowledged, audited; importing it again changes nothing', async () => {
    const s = await bothSides();
    const pkg = await exported(s.ctx, '2026-Q3', s.outDir);
    const a = await answered(s, pkg.path, pkg.fileName);
    expect(a.receipt).toMatchObject({ institution: 'BAK-UE-03', period: '2026-Q3', sequence: 1, packageSha256: pkg.sha256, statementSha256: pkg.statementSha256, verdict: 'accepted', alreadyReceived: false, reason: null });
    expect(a.state.institutions['BAK-UE-03']!.sequence).toBe(1);
    const r = await dispatch(s.ctx, 'packages.importReceipt', { text: a.text.toString('utf8') });
    expect(r).toMatchObject({ ok: true, value: { sequence: 1, status: 'acknowledged', statusReason: null } });
    const row = s.ctx.conn.sqlite.prepare('SELECT receipt, received_at FROM packages WHERE sequence = 1').get() as { receipt: string; received_at: string };
    expect(row).toEqual({ receipt: a.text.toString('utf8').trim(), received_at: '2026-11-26T10:00:00Z' });
    expect(s.ctx.conn.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'package.receipt'").pluck().get()).toBe(1);
    const again = await dispatch(s.ctx, 'packages.importReceipt', { text: a.text.toString('utf8') });
    expect(again).toMatchObject({ ok: true, value: { status: 'acknowledged' } });
    expect(s.ctx.conn.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'package.receipt'").pluck().get()).toBe(1);
  });

  it('a package the ministry cannot open (wrong recipient): rejected with the code and the reason', async () => {
    const s = await bothSides();
    const pkg = await exported(s.ctx, '2026-Q3', s.outDir);
    const a = await answered(s, pkg.path, pkg.fileName, generateAgeIdentity().identity);
    expect(a.receipt).toMatchObject({ institution: 'BAK-UE-03', sequence: 1, verdict: 'rejected', statementSha256: null, reason: { code: 'age_no_identity' } });
    const r = await dispatch(s.ctx, 'packages.importReceipt', { text: a.text.toString('utf8') });
    expect(r.ok && r.value.status).toBe('rejected');
    expect(r.ok && r.value.statusReason).toBe(`age_no_identity: ${a.receipt.reason!.message}`);
  });

  it('refuses a receipt with a bad signature, for another institution, for an unknown package, or without the key: nothing changes', async () => {
    const s = await bothSides();
    const pkg = await exported(s.ctx, '2026-Q3', s.outDir);
    const good = (await answered(s, pkg.path, pkg.fileName)).receipt;
    const other = signerOf(signingKeyFromSeed(Buffer.alloc(32, 9)));
    const sign = (r: Receipt, signer = s.receiptSigner) => signReceipt(r, signer).toString('utf8');

    // Signed by a key that is not the ministry's receipt key.
    expect(await refusal(s, sign(good, other))).toMatchObject({ code: 'invalid', message: 'packages.delivery.errors.receiptSignature' });
    // The same key id but another key: the signature does not hold.
    const impostor = { ...other, keyId: s.receiptSigner.keyId };
    expect(await refusal(s, sign(good, impostor))).toMatchObject({ code: 'invalid', message: 'packages.delivery.errors.receiptSignature', details: { receipt: 'signature' } });
    expect(await refusal(s, sign({ ...good, institution: 'GNC-UE-01' }))).toMatchObject({
      code: 'conflict', message: 'packages.delivery.errors.receiptOtherInstitution', params: { institution: 'GNC-UE-01' }, details: { receipt: 'other_institution' },
    });
    expect(await refusal(s, sign({ ...good, sequence: 2 }))).toMatchObject({ code: 'not_found', message: 'packages.delivery.errors.receiptUnknownPackage', details: { receipt: 'unknown_package' } });
    expect(await refusal(s, sign({ ...good, packageSha256: 'c'.repeat(64) }))).toMatchObject({ message: 'packages.delivery.errors.receiptUnknownPackage' });
    expect(await refusal(s, sign({ ...good, statementSha256: 'd'.repeat(64) }))).toMatchObject({ message: 'packages.delivery.errors.receiptUnknownPackage' });
    expect(await refusal(s, 'garbage')).toMatchObject({ message: 'packages.delivery.errors.receiptMalformed', details: { receipt: 'malformed' } });
    s.ctx.conn.sqlite.prepare('DELETE FROM ministry_receipt_key').run();
    expect(await refusal(s, sign(good))).toMatchObject({ code: 'not_found', message: 'packages.delivery.errors.noReceiptKey' });
  });

  it('imports the receipt key from receipt-public.json, refusing anything else', async () => {
    const s = await bothSides();
    const next = generateReceiptKey();
    expect(await dispatch(s.ctx, 'packages.importReceiptKey', { text: next.publicText })).toMatchObject({ ok: true, value: { keyId: next.keyId } });
    expect(await dispatch(s.ctx, 'packages.deliverySettings', {})).toMatchObject({ ok: true, value: { receiptKey: { keyId: next.keyId } } });
    const tampered = next.publicText.replace(next.keyId, '0'.repeat(16));
    expect(await dispatch(s.ctx, 'packages.importReceiptKey', { text: tampered })).toMatchObject({ ok: false, error: { code: 'invalid', message: 'packages.delivery.errors.badReceiptKey' } });
    expect(receiptKeyFileText(s.receiptSigner.publicKey)).toContain('"format": "qaygi-receipt-key/1"');
  });
});
