import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Ctx } from '../../src-main/core/context';
import type { KeyStore } from '../../src-main/core/packages/crypto/keystore';
import type { ExportJob } from '../../src-main/core/packages/export/job';
import { packagesHostInfo, type ExportRunner } from '../../src-main/core/packages/host';
import type { ExportResultDto } from '../../src-main/core/packages/schema';
import { composeHost, type HostAdapters } from '../../src-main/host/compose';
import { actor, tempDb } from '../helpers/db';

// The one composition of the host's services, under Node with fake adapters: what the Electron
// main process and the web harness each lend, and what every call then finds in `ctx.host`.

const fakeKeyring: KeyStore = {
  kind: 'safe_storage',
  seal: async () => 'sealed',
  open: async () => Buffer.alloc(0),
};

const RESULT = { path: '/tmp/x.qaygi' } as unknown as ExportResultDto;
const JOB = { dbFile: 'x', period: '2026-Q3', outDir: 'y', pkcs8: new Uint8Array(), actor: actor() } as ExportJob;

async function compose(over: Partial<HostAdapters>) {
  const { conn, dir } = await tempDb();
  const runExport: ExportRunner = vi.fn(async (_job, onProgress) => {
    onProgress({ stage: 'sign', fraction: 0.5 });
    return RESULT;
  });
  const host = await composeHost({
    conn,
    via: 'web',
    packagesDir: join(dir, 'packages'),
    keyStore: {},
    // Never spawned: the tests lend their own runner.
    exportWorker: { url: new URL('file:///nowhere/export-worker.js') },
    runExport,
    delivery: false,
    ...over,
  });
  const ctx: Ctx = { db: conn.db, now: () => new Date(), actor: actor(), host: host.state };
  return { host, ctx, conn, dir, runExport };
}

describe('composeHost', () => {
  it('checks the audit chain at start and lends the packages screen the web harness’s services', async () => {
    const { host, ctx, conn, dir } = await compose({ keyStore: { passphrase: 'fixed passphrase for the harness' } });
    expect(host.state.auditChain).toMatchObject({ ok: true });
    expect(host.delivery).toBeNull();
    expect(host.state.packages?.options).toMatchObject({ dbFile: conn.sqlite.name, outDir: join(dir, 'packages'), passphrase: 'fixed passphrase for the harness' });
    expect(await packagesHostInfo(ctx)).toEqual({
      available: true,
      keyStore: 'passphrase',
      passphraseForInit: false,
      passphraseForExport: false,
      saveDialog: false,
    });
    host.stop();
  });

  it('lends the app’s keyring and save dialog, and uploads right after an export', async () => {
    const saveAs = vi.fn(async () => null);
    const transportFor = vi.fn();
    const { host, ctx, runExport } = await compose({
      via: 'app',
      keyStore: { safeStore: fakeKeyring },
      saveAs,
      delivery: { intervalMs: 3_600_000, transportFor },
    });
    expect(await packagesHostInfo(ctx)).toMatchObject({ keyStore: 'safe_storage', passphraseForInit: false, saveDialog: true });
    expect(host.delivery).not.toBeNull();
    const kick = vi.spyOn(host.delivery!, 'kick');
    const progress = vi.fn();
    await expect(host.state.packages!.options.runExport(JOB, progress)).resolves.toBe(RESULT);
    expect(runExport).toHaveBeenCalledWith(JOB, progress);
    expect(progress).toHaveBeenCalledWith({ stage: 'sign', fraction: 0.5 });
    expect(kick).toHaveBeenCalledTimes(1);
    host.stop();
    // Stopped: a kick does nothing, and no address was ever configured, so nothing was sent.
    await expect(host.delivery!.kick()).resolves.toBeNull();
    expect(transportFor).not.toHaveBeenCalled();
  });
});
