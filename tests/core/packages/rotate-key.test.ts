import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { createPackagesHost, type PackagesHost, type PackagesHostOptions } from '../../../src-main/core/packages/host';
import { inProcessExportRunner } from '../../../src-main/core/packages/export/worker-runner';
import { passphraseKeyStore, type KeyStore } from '../../../src-main/core/packages/crypto/keystore';
import { trustFileText } from '../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../src-main/core/packages/format/trust';
import { tempDir, testCtx } from '../../helpers/db';
import { insertInstitution } from './db-fixture';

// packages.rotateKey: the director rotates the signing key through the host's key store; the old
// key stays, retired, in the trust file, so packages signed before still verify.

type TestCtx = Awaited<ReturnType<typeof testCtx>>;
const OLD = 'the old long passphrase';
const NEW = 'the new long passphrase';

function withHost(ctx: TestCtx, over: Partial<PackagesHostOptions> = {}): TestCtx & { host: { auditChain: null; packages: PackagesHost } } {
  const packages = createPackagesHost({ dbFile: ctx.file, outDir: join(tempDir(), 'packages'), runExport: inProcessExportRunner, ...over });
  return { ...ctx, host: { auditChain: null, packages } };
}

const keys = (ctx: TestCtx) => ctx.conn.sqlite.prepare('SELECT * FROM signing_keys ORDER BY rowid').all() as Array<Record<string, unknown>>;
const rotations = (ctx: TestCtx) => ctx.conn.sqlite.prepare("SELECT entity_id FROM audit_log WHERE action = 'signing_key.rotate'").all();

/** A stand-in for the OS keyring: the real one (Electron safeStorage) exists only in the app. */
const keyring = (): KeyStore => ({ ...passphraseKeyStore('the keyring’s own secret'), kind: 'safe_storage' });

describe('packages.rotateKey', () => {
  it('is the director’s only, and writes nothing for anyone else', async () => {
    for (const role of ['admin', 'social_worker', 'caregiver', 'read_only'] as const) {
      const ctx = withHost(await testCtx({ role }));
      await insertInstitution(ctx);
      const r = await dispatch(ctx, 'packages.rotateKey', { passphrase: OLD, newPassphrase: NEW });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(keys(ctx)).toEqual([]);
    }
  });

  it('refuses a wrong or missing passphrase and a weak new one, changing nothing', async () => {
    const ctx = withHost(await testCtx());
    await insertInstitution(ctx);
    await dispatch(ctx, 'packages.initKey', { passphrase: OLD });
    const before = keys(ctx);
    expect(before).toHaveLength(1);
    const wrong = await dispatch(ctx, 'packages.rotateKey', { passphrase: NEW, newPassphrase: NEW });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid', message: 'packages.errors.wrongPassphrase' } });
    const noNew = await dispatch(ctx, 'packages.rotateKey', { passphrase: OLD });
    expect(noNew).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'newPassphrase', message: 'packages.errors.passphraseRequired' }] } });
    const weak = await dispatch(ctx, 'packages.rotateKey', { passphrase: OLD, newPassphrase: 'short' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'invalid', message: 'packages.errors.weakPassphrase' } });
    expect(keys(ctx)).toEqual(before);
    expect(rotations(ctx)).toEqual([]);
  });

  it('retires the old key, activates the new one under the new passphrase, audited, and both are in the trust file', async () => {
    const ctx = withHost(await testCtx());
    await insertInstitution(ctx);
    const old = await dispatch(ctx, 'packages.initKey', { passphrase: OLD });
    if (!old.ok) throw new Error('no key');
    const r = await dispatch(ctx, 'packages.rotateKey', { passphrase: OLD, newPassphrase: NEW });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ status: 'active', sealedBy: 'passphrase' });
    expect(r.value.keyId).not.toBe(old.value.keyId);
    const status = await dispatch(ctx, 'packages.keysStatus', {});
    expect(status).toMatchObject({ ok: true, value: { activeKey: { keyId: r.value.keyId }, retiredKeys: [{ keyId: old.value.keyId, status: 'retired' }] } });
    expect(rotations(ctx)).toEqual([{ entity_id: r.value.keyId }]);
    // The new passphrase opens the new key; the old one no longer does.
    const again = await dispatch(ctx, 'packages.rotateKey', { passphrase: OLD, newPassphrase: NEW });
    expect(again).toMatchObject({ ok: false, error: { message: 'packages.errors.wrongPassphrase' } });
    const trust = parseTrustFile(await trustFileText(ctx));
    const entry = (keyId: string) => trust.file.entries.find((e) => e.keyId === keyId);
    expect(trust.file.entries).toHaveLength(2);
    expect(entry(old.value.keyId)).toMatchObject({ retiredAt: expect.any(String), rotation: null });
    expect(entry(r.value.keyId)).toMatchObject({ retiredAt: null, rotation: expect.any(Object) });
  });

  it('asks for nothing where the keyring holds the key', async () => {
    const ctx = withHost(await testCtx(), { safeStore: keyring() });
    await insertInstitution(ctx);
    await dispatch(ctx, 'packages.initKey', {});
    const r = await dispatch(ctx, 'packages.rotateKey', {});
    expect(r).toMatchObject({ ok: true, value: { status: 'active', sealedBy: 'safe_storage' } });
    expect(keys(ctx).map((k) => k.status)).toEqual(['retired', 'active']);
  });
});
