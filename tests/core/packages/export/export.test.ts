import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src-main/core/db/connection';
import { AppError } from '../../../../src-main/core/contract/errors';
import type { Ctx } from '../../../../src-main/core/context';
import { ageDecrypt } from '../../../../src-main/core/packages/crypto/age';
import { csvRecords } from '../../../../src-main/core/packages/format/csv';
import { exportPackage } from '../../../../src-main/core/packages/export/exporter';
import { runExportJob } from '../../../../src-main/core/packages/export/job';
import { keyPairFromPkcs8, signerOf } from '../../../../src-main/core/packages/crypto/keys';
import { keysStatus, openSigner, rotateSigningKey, trustFileText, importRecipient, initSigningKey } from '../../../../src-main/core/packages/keys-service';
import { precheckPackage } from '../../../../src-main/core/packages/export/precheck';
import { listPackages } from '../../../../src-main/core/packages/service';
import { parseTrustFile } from '../../../../src-main/core/packages/format/trust';
import { unpackVerified, UnpackError } from '../../../../src-main/core/packages/verify/unpack';
import { verifyPackageFile, type VerifyOptions } from '../../../../src-main/core/packages/verify/verifier';
import { advanceState, emptyState } from '../../../../src-main/core/packages/verify/state';
import { passphraseKeyStore } from '../../../../src-main/core/packages/crypto/keystore';
import { readBagZip } from '../../../../src-main/core/packages/verify/zip-read';
import { DEFAULT_CAPS } from '../../../../src-main/core/packages/format/names';
import { systemCtx } from '../../../../src-main/core/session';
import { tempDir, testCtx } from '../../../helpers/db';
import { addChild, addCleanChildren, insertInstitution, readyInstitution, store } from '../db-fixture';

type TestCtx = Ctx & { file: string; conn: { sqlite: import('better-sqlite3').Database } };
const count = (ctx: TestCtx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const auditActions = (ctx: TestCtx) => ctx.conn.sqlite.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[];

async function failure(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

function csvObjects(bytes: Buffer): Array<Record<string, string | null>> {
  const [header, ...rows] = [...csvRecords(bytes.toString('utf8'))];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

async function verifierFor(ctx: Ctx, identity: string): Promise<VerifyOptions> {
  return { identity, trust: parseTrustFile(await trustFileText(ctx)).trust, now: new Date('2026-11-27T00:00:00Z') };
}

describe('migration 0003', () => {
  it('makes STRICT tables, and allows one active signing key only', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const strict = ctx.conn.sqlite.prepare("SELECT name FROM pragma_table_list WHERE schema='main' AND strict=1").pluck().all();
    expect(strict).toEqual(expect.arrayContaining(['signing_keys', 'ministry_recipient', 'packages', 'closed_periods']));
    const ins = ctx.conn.sqlite.prepare(
      "INSERT INTO signing_keys (key_id, public_key, private_key_sealed, sealed_by, status, created_at) VALUES (?, ?, 'x', 'passphrase', 'active', '2026-01-01T00:00:00Z')",
    );
    ins.run('a', 'pa');
    expect(() => ins.run('b', 'pb')).toThrow(/UNIQUE/);
    expect(() =>
      ctx.conn.sqlite.prepare("UPDATE signing_keys SET status = 'retired' WHERE key_id = 'a'").run(),
    ).toThrow(/CHECK/); // retired needs its date
  });
});

describe('keys and the ministry recipient', () => {
  it('makes the signing key once, sealed, audited; a second one is refused', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await insertInstitution(ctx);
    const key = await initSigningKey(ctx, store());
    expect(key).toMatchObject({ status: 'active', sealedBy: 'passphrase', createdAt: '2026-11-26T10:00:00Z' });
    expect(key.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    const sealed = ctx.conn.sqlite.prepare('SELECT private_key_sealed FROM signing_keys').pluck().get() as string;
    const signer = await openSigner(ctx, store());
    expect(signer.keyId).toBe(key.keyId);
    expect(sealed).not.toContain(signer.publicKey.toString('base64').slice(0, 20));
    expect(auditActions(ctx)).toEqual(['signing_key.create']);
    const again = await failure(initSigningKey(ctx, store()));
    expect(again.code).toBe('conflict');
    expect(again.messageKey).toBe('packages.errors.keyExists');
    expect(count(ctx, 'signing_keys')).toBe(1);
    expect(auditActions(ctx)).toEqual(['signing_key.create']);
  });

  it('refuses a wrong passphrase and a weak one', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await insertInstitution(ctx);
    expect((await failure(initSigningKey(ctx, passphraseKeyStore('short')))).messageKey).toBe('packages.errors.weakPassphrase');
    expect(count(ctx, 'signing_keys')).toBe(0);
    await initSigningKey(ctx, store());
    expect((await failure(openSigner(ctx, passphraseKeyStore('not the passphrase')))).messageKey).toBe('packages.errors.wrongPassphrase');
  });

  it('imports the recipient from a file’s text, shows its fingerprint, refuses anything else', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const bad = await failure(importRecipient(ctx, 'AGE-SECRET-KEY-1QQQ\n'));
    expect(bad.code).toBe('invalid');
    expect(bad.fields).toEqual([{ path: 'text', message: 'packages.validation.recipient' }]);
    expect(count(ctx, 'ministry_recipient')).toBe(0);
    expect(count(ctx, 'audit_log')).toBe(0);
    const { ministry } = await readyInstitution(ctx);
    const status = await keysStatus(ctx);
    expect(status.recipient).toMatchObject({ recipient: ministry.recipient, fingerprint: expect.stringMatching(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/) });
    expect(status.institution).toEqual({ code: 'BAK-UE-03', name: 'Bakı şəhəri 3 nömrəli uşaq evi' });
    expect(auditActions(ctx)).toEqual(['signing_key.create', 'ministry_recipient.import']);
  });

  it('exports a trust file entry: code, name, key id, public key, valid from', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { key } = await readyInstitution(ctx);
    const { file } = parseTrustFile(await trustFileText(ctx));
    expect(file.entries).toEqual([
      { code: 'BAK-UE-03', name: 'Bakı şəhəri 3 nömrəli uşaq evi', keyId: key.keyId, publicKey: key.publicKey, validFrom: '2026-11-26T10:00:00Z', retiredAt: null, rotation: null },
    ]);
  });
});

describe('the pre-check', () => {
  it('lists each problem with the record it is about', async () => {
    const ctx = await testCtx();
    await readyInstitution(ctx);
    const [clean] = await addCleanChildren(ctx);
    const noDecision = await addChild(ctx, { lastName: 'Qasımov', admissionBasis: 'court', admissionDecisionNumber: '' });
    const noFin = await addChild(ctx, { lastName: 'Rzayev', admissionBasis: 'other', birthCertificate: 'AZE 7654321' });
    const noDegree = await addChild(ctx, { lastName: 'Vəliyeva', sex: 'F', admissionBasis: 'other', disability: true });
    const later = await addChild(ctx, { lastName: 'Sonrakı', admissionDate: '2026-10-02' });
    const r = await precheckPackage(ctx, '2026-Q3');
    expect(r.period).toEqual({ label: '2026-Q3', start: '2026-07-01', end: '2026-09-30' });
    expect(r.missing).toEqual([]);
    expect(r.sequence).toBe(1);
    // document_status (schema version 2): 6 children × 3 required documents, and the FIN card of the one with a FIN.
    expect(r.counts).toEqual({ residents: 6, referrals: 0, care_episodes: 6, relatives: 0, indicators: 280, education_plans: 0, education_goals: 0, schooling_summary: 0, daily_aggregates: 0, document_status: 19 }); // indicators: every figure of a quarter's report (core/reports)
    const got = r.problems.map((p) => [p.code, p.entityId, p.severity]);
    expect(got).toEqual([
      ['admission_decision_missing', noDecision.id, 'acceptable'],
      ['fin_missing', noFin.id, 'acceptable'],
      ['disability_degree_missing', noDegree.id, 'acceptable'],
    ]);
    expect(got.flat()).not.toContain(clean!.id);
    expect(got.flat()).not.toContain(later.id);
    expect(r.problems[0]).toMatchObject({ entity: 'resident', label: 'Qasımov Elçin Rəşid oğlu', field: 'admissionDecisionNumber' });
    const open = await precheckPackage(ctx, '2026-Q4');
    expect(open.problems.find((p) => p.code === 'period_not_ended')).toMatchObject({ entity: null, label: '2026-Q4' });
  });

  it('blocks text a spreadsheet would run as a formula', async () => {
    const ctx = await testCtx();
    await readyInstitution(ctx);
    const c = await addChild(ctx, { admissionBasis: 'other', placeOfBirth: '-' });
    const r = await precheckPackage(ctx, '2026-Q3');
    expect(r.problems).toEqual([{ code: 'formula_text', severity: 'blocking', entity: 'resident', entityId: c.id, label: 'Məmmədov Elçin Rəşid oğlu', field: 'place_of_birth' }]);
    // A leading tab survives in data written before the forms trimmed, or by another program.
    ctx.conn.sqlite.prepare('UPDATE residents SET place_of_birth = ? WHERE id = ?').run('\t=1+1', c.id);
    expect((await precheckPackage(ctx, '2026-Q3')).problems).toMatchObject([{ code: 'formula_text', field: 'place_of_birth' }]);
  });

  it('says what the installation lacks, and refuses a future period', async () => {
    const ctx = await testCtx();
    expect((await precheckPackage(ctx, '2026-Q3')).missing).toEqual(['institution', 'signing_key', 'recipient']);
    expect((await failure(precheckPackage(ctx, '2027-01'))).messageKey).toBe('packages.errors.periodFuture');
    expect((await failure(precheckPackage(ctx, '2026-Q5'))).fields).toEqual([{ path: 'period', message: 'packages.validation.period' }]);
  });
});

describe('export → verify → inspect', () => {
  it('round-trips: the CSV rows equal the database rows, minimised', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const out = tempDir();
    const stages: string[] = [];
    const pkg = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer: await openSigner(ctx, store()), onProgress: (p) => stages.push(p.stage) });
    expect(stages).toEqual(['precheck', 'collect', 'sign', 'zip', 'encrypt', 'write', 'done']);
    expect(pkg).toMatchObject({ sequence: 1, period: '2026-Q3', fileName: 'BAK-UE-03_2026-Q3_0001.qaygi', status: 'created', previousSha256: null, supersedes: null, acceptedProblems: null, counts: { residents: 3, referrals: 0, care_episodes: 3, relatives: 0, indicators: 280 } });
    expect(pkg.path).toBe(join(out, pkg.fileName));
    expect(readdirSync(out)).toEqual([pkg.fileName]);
    expect(auditActions(ctx).at(-1)).toBe('package.export');

    const r = await verifyPackageFile(pkg.path, await verifierFor(ctx, ministry.identity));
    if (!r.ok) throw r.error;
    expect(r.value.statementSha256).toBe(pkg.statementSha256);
    expect(r.value.statement).toMatchObject({ institution: 'BAK-UE-03', sequence: 1, period: { label: '2026-Q3', start: '2026-07-01', duration: 'P3M' }, preparedAt: '2026-11-26T10:00:00Z', dataQuality: null, software: 'Qaygi 0.1.0' });

    const folder = unpackVerified(r.value, join(out, 'inspect'));
    expect(folder).toBe(join(out, 'inspect', 'BAK-UE-03-2026-Q3-0001'));
    const csv = (name: string) => csvObjects(readFileSync(join(folder, 'data', `${name}.csv`)));

    const db = ctx.conn.sqlite.prepare('SELECT * FROM residents ORDER BY id').all() as Array<Record<string, string | number | null>>;
    const blank = (v: unknown) => (v === '' || v === null ? null : String(v));
    expect(csv('residents')).toEqual(
      db.map((d) => ({
        id: d.id, fin: blank(d.fin), birth_certificate: blank(d.birth_certificate), last_name: d.last_name, first_name: d.first_name,
        patronymic: blank(d.patronymic), sex: d.sex, date_of_birth: d.date_of_birth, place_of_birth: blank(d.place_of_birth),
        citizenship: blank(d.citizenship), legal_status: d.legal_status, disability: d.disability === 1 ? 'true' : 'false',
        disability_degree: blank(d.disability_degree), status: d.status, admission_date: d.admission_date,
      })),
    );
    // Each child entered in the register has its admission episode (care records the rest: tests/core/care/package.test.ts).
    const episodes = ctx.conn.sqlite.prepare("SELECT * FROM care_episodes WHERE kind = 'admission' ORDER BY id").all() as Array<Record<string, string | number | null>>;
    expect(csv('care_episodes').map((e) => [e.resident_id, e.kind, e.started_on, e.decision_number, e.decision_date])).toEqual(
      episodes.map((e) => [e.resident_id, 'admission', e.started_on, blank(e.decision_number), blank(e.decision_date)]),
    );
    expect(new Set(csv('care_episodes').map((e) => e.resident_id))).toEqual(new Set(db.map((d) => d.id)));
    // The report's figures, small numbers (1–4) withheld: 3 children at the end, 1 admitted; 0 men of 18+.
    const ind = Object.fromEntries(csv('indicators').map((x) => [`${x.section}/${x.cell}`, `${x.value ?? ''}|${x.suppressed}`]));
    expect(ind).toMatchObject({ 'population/closing': '|true', 'population/bySex.F.closing': '|true', 'population/admissions': '|true', 'population/byAge.18+.closing': '0|false', 'exits/total': '0|false' });
    // Data minimisation: no diagnosis, no notes, no room or key worker leave the institution.
    const all = readdirSync(join(folder, 'data')).map((f) => readFileSync(join(folder, 'data', f), 'utf8')).join('');
    expect(all).not.toContain('secret diagnosis');
    expect(all).not.toContain('private note');
    expect(() => unpackVerified(r.value, join(out, 'inspect'))).toThrow(UnpackError);
  });

  it('refuses with problems and no reason, writing nothing; with a reason, signs the reason', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    await addChild(ctx, { admissionBasis: 'court' });
    const out = tempDir();
    const signer = await openSigner(ctx, store());
    const before = auditActions(ctx);
    const e = await failure(exportPackage(ctx, { period: '2026-Q3', outDir: out, signer }));
    expect(e).toMatchObject({ code: 'invalid', messageKey: 'packages.errors.problemsFound', params: { count: 1 } });
    expect((e.details as { problems: unknown[] }).problems).toHaveLength(1);
    expect(readdirSync(out)).toEqual([]);
    expect(count(ctx, 'packages')).toBe(0);
    expect(auditActions(ctx)).toEqual(before);
    const pkg = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer, acceptProblems: '  Qərar arxivdədir, həftəyə əlavə olunacaq.  ' });
    const note = { reason: 'Qərar arxivdədir, həftəyə əlavə olunacaq.', problems: [{ code: 'admission_decision_missing', count: 1 }] };
    expect(pkg.acceptedProblems).toEqual(note);
    const r = await verifyPackageFile(pkg.path, await verifierFor(ctx, ministry.identity));
    expect(r.ok && r.value.statement.dataQuality).toEqual(note);
  });

  it('refuses blocking problems even with a reason', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await readyInstitution(ctx);
    await addChild(ctx, { admissionBasis: 'other', citizenship: '@home' });
    const e = await failure(exportPackage(ctx, { period: '2026-Q3', outDir: tempDir(), signer: await openSigner(ctx, store()), acceptProblems: 'go on' }));
    expect(e.messageKey).toBe('packages.errors.blockingProblems');
    expect(count(ctx, 'packages')).toBe(0);
  });

  it('refuses when the recipient is missing', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await insertInstitution(ctx);
    await initSigningKey(ctx, store());
    const e = await failure(exportPackage(ctx, { period: '2026-Q3', outDir: tempDir(), signer: await openSigner(ctx, store()) }));
    expect(e).toMatchObject({ messageKey: 'packages.errors.notReady', details: { missing: ['recipient'] } });
  });

  it('chains packages: the next sequence names the previous statement and supersedes the same period', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const out = tempDir();
    const signer = await openSigner(ctx, store());
    const first = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer });
    const second = await exportPackage(ctx, { period: '2026-09', outDir: out, signer });
    const third = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer });
    expect([second.previousSha256, second.supersedes]).toEqual([first.statementSha256, null]);
    expect([third.sequence, third.previousSha256, third.supersedes]).toEqual([3, second.statementSha256, 1]);
    expect((await listPackages(ctx)).map((p) => p.sequence)).toEqual([3, 2, 1]);
    const v = await verifierFor(ctx, ministry.identity);
    let state = emptyState();
    for (const p of [first, second, third]) {
      const r = await verifyPackageFile(p.path, { ...v, state });
      if (!r.ok) throw r.error;
      expect(r.value.status).toBe('accepted');
      state = advanceState(state, r.value.statement, r.value.statementSha256, v.now);
    }
    const again = await verifyPackageFile(second.path, { ...v, state });
    expect(again.ok && again.value.status).toBe('already_received');
  });

  it('has the whole file on disk under its own name before the record is committed; a refused record leaves no file', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const out = tempDir();
    const signer = await openSigner(ctx, store());
    // Inside the record's transaction, before it commits: what is on disk then?
    const seen: Array<{ file: boolean; partial: boolean }> = [];
    ctx.conn.sqlite.function('probe_file', (name: unknown) => {
      const path = join(out, String(name));
      seen.push({ file: existsSync(path), partial: existsSync(`${path}.partial`) });
      return 0;
    });
    ctx.conn.sqlite.exec('CREATE TEMP TRIGGER probe AFTER INSERT ON packages BEGIN SELECT probe_file(NEW.file_name); END');
    const first = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer });
    expect(seen).toEqual([{ file: true, partial: false }]);
    expect(readdirSync(out)).toEqual([first.fileName]);

    // A record the database refuses (here a trigger; on a PC, a full disk): no file is left.
    ctx.conn.sqlite.exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON packages BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await expect(exportPackage(ctx, { period: '2026-10', outDir: out, signer })).rejects.toThrow('disk full');
    expect(readdirSync(out)).toEqual([first.fileName]);
    expect(count(ctx, 'packages')).toBe(1);
  });

  it('refuses to overwrite a file, and records nothing then', async () => {
    const ctx = (await testCtx()) as TestCtx;
    await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const out = tempDir();
    const signer = await openSigner(ctx, store());
    const first = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer });
    ctx.conn.sqlite.exec('DELETE FROM closed_periods; DELETE FROM packages'); // as if the record were lost: sequence 1 again
    const e = await failure(exportPackage(ctx, { period: '2026-Q3', outDir: out, signer }));
    expect(e.messageKey).toBe('packages.errors.fileExists');
    expect(count(ctx, 'packages')).toBe(0);
    expect(existsSync(first.path)).toBe(true);
  });
});

describe('determinism', () => {
  it('the same data, period, sequence and clock give a byte-identical inner ZIP', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const copy = join(tempDir(), 'copy.db');
    ctx.conn.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(ctx.file, copy);
    const signer = await openSigner(ctx, store());
    const a = await exportPackage(ctx, { period: '2026-Q3', outDir: tempDir(), signer });
    const conn = await openDatabase(copy);
    try {
      const other: Ctx = { db: conn.db, now: ctx.now, actor: ctx.actor };
      const b = await exportPackage(other, { period: '2026-Q3', outDir: tempDir(), signer });
      const zipA = ageDecrypt(readFileSync(a.path), ministry.identity);
      const zipB = ageDecrypt(readFileSync(b.path), ministry.identity);
      expect(zipA.equals(zipB)).toBe(true);
      expect(readFileSync(a.path).equals(readFileSync(b.path))).toBe(false); // age is randomised
      expect(a.statementSha256).toBe(b.statementSha256);
      const { files } = await readBagZip(zipA, DEFAULT_CAPS);
      expect([...files.keys()]).toEqual([
        'bag-info.txt', 'bagit.txt', 'data/care_episodes.csv', 'data/daily_aggregates.csv', 'data/document_status.csv', 'data/education_goals.csv',
        'data/education_plans.csv', 'data/indicators.csv', 'data/referrals.csv', 'data/relatives.csv', 'data/residents.csv', 'data/schooling_summary.csv',
        'datapackage.json', 'manifest-sha256.txt', 'signature.dsse.json', 'tagmanifest-sha256.txt',
      ]);
    } finally {
      await conn.close();
    }
  });
});

describe('key rotation', () => {
  it('signs the new key with the old; older packages still verify, newer ones use the new key', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry, key: oldKey } = await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const out = tempDir();
    const before = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer: await openSigner(ctx, store()) });
    let now = new Date('2026-11-26T12:00:00Z');
    const later: Ctx = { ...ctx, now: () => now };
    const newKey = await rotateSigningKey(later, store(), passphraseKeyStore('a brand new passphrase'));
    expect(newKey.keyId).not.toBe(oldKey.keyId);
    const status = await keysStatus(later);
    expect(status.activeKey?.keyId).toBe(newKey.keyId);
    expect(status.retiredKeys).toEqual([expect.objectContaining({ keyId: oldKey.keyId, retiredAt: '2026-11-26T12:00:00Z' })]);
    // The trust file checks the rotation statement: signed by both keys.
    const trust = parseTrustFile(await trustFileText(later));
    expect(trust.file.entries.map((e) => [e.keyId, e.retiredAt, e.rotation === null])).toEqual([
      [oldKey.keyId, '2026-11-26T12:00:00Z', true],
      [newKey.keyId, null, false],
    ]);
    const tampered = JSON.parse(await trustFileText(later));
    tampered.entries[1].rotation.signatures.pop();
    expect(() => parseTrustFile(JSON.stringify(tampered))).toThrow(/rotation/);

    const opts = { identity: ministry.identity, trust: trust.trust, now: new Date('2026-11-27T00:00:00Z') };
    expect((await verifyPackageFile(before.path, opts)).ok).toBe(true);
    now = new Date('2026-11-26T13:00:00Z');
    const oldSigner = signerOf(keyPairFromPkcs8(await store().open(ctx.conn.sqlite.prepare('SELECT private_key_sealed FROM signing_keys WHERE key_id = ?').pluck().get(oldKey.keyId) as string, oldKey.keyId)));
    expect((await failure(exportPackage(later, { period: '2026-Q3', outDir: out, signer: oldSigner }))).messageKey).toBe('packages.errors.keyNotActive');
    const after = await exportPackage(later, { period: '2026-Q3', outDir: out, signer: await openSigner(later, passphraseKeyStore('a brand new passphrase')) });
    const r = await verifyPackageFile(after.path, opts);
    expect(r.ok && r.value.statement.keyId).toBe(newKey.keyId);
    expect(auditActions(ctx)).toContain('signing_key.rotate');
  });

  it('a rotation in the same second as the last package takes effect a second later, so that package still verifies', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const prepared = await exportPackage(ctx, { period: '2026-Q3', outDir: tempDir(), signer: await openSigner(ctx, store()) });
    const preparedAt = prepared.preparedAt;
    // The same clock, a few hundred milliseconds on: the same whole second.
    const sameSecond: Ctx = { ...ctx, now: () => new Date(Date.parse(preparedAt) + 400) };
    await rotateSigningKey(sameSecond, store(), passphraseKeyStore('a brand new passphrase'));
    const retired = (await keysStatus(sameSecond)).retiredKeys[0]!;
    expect(Date.parse(retired.retiredAt!) - Date.parse(preparedAt)).toBe(1000);
    const trust = parseTrustFile(await trustFileText(sameSecond)).trust;
    const r = await verifyPackageFile(prepared.path, { identity: ministry.identity, trust, now: new Date(Date.parse(preparedAt) + 60_000) });
    expect(r.ok ? 'verified' : r.error.code).toBe('verified');
    // A package of the new key still in that second is dated from the key's first second, not before it.
    const next = await exportPackage(sameSecond, { period: '2026-Q3', outDir: tempDir(), signer: await openSigner(sameSecond, passphraseKeyStore('a brand new passphrase')) });
    expect(next.preparedAt).toBe(retired.retiredAt);
    const n = await verifyPackageFile(next.path, { identity: ministry.identity, trust, now: new Date(Date.parse(preparedAt) + 60_000) });
    expect(n.ok ? 'verified' : n.error.code).toBe('verified');
  });
});

describe('the export as a worker job', () => {
  it('runs on its own connection from the file path, with progress', async () => {
    const ctx = (await testCtx()) as TestCtx;
    const { ministry } = await readyInstitution(ctx);
    await addCleanChildren(ctx);
    const sealed = ctx.conn.sqlite.prepare("SELECT key_id, private_key_sealed FROM signing_keys WHERE status = 'active'").get() as { key_id: string; private_key_sealed: string };
    const pkcs8 = await store().open(sealed.private_key_sealed, sealed.key_id);
    const fractions: number[] = [];
    const out = tempDir();
    const r = await runExportJob(
      { dbFile: ctx.file, period: '2026-Q3', outDir: out, pkcs8, actor: systemCtx(ctx.db, 'test').actor, now: '2026-11-26T10:00:00Z' },
      (p) => fractions.push(p.fraction),
    );
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect((await listPackages(ctx)).map((p) => p.id)).toEqual([r.id]);
    expect((await verifyPackageFile(r.path, await verifierFor(ctx, ministry.identity))).ok).toBe(true);
  });
});


