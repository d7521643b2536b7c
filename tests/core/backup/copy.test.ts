import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { EXPORT_WORKER_SOURCE } from '../../../src-main/core/packages/export/worker-source';
import { composeHost } from '../../../src-main/host/compose';
import { prepareRestore, discardRestore } from '../../../src-main/core/backup/restore';
import { verifyAuditChain } from '../../../src-main/core/audit/audit';
import { actor, tempDb } from '../../helpers/db';

// "Save a copy…" of a backup to a file the user chooses (Settings → Backups; the app's save
// dialog is the host's `chooseFile`, answered here by the test): the same encrypted bytes under
// the chosen name, whole or not at all, audited; a cancelled dialog changes nothing.

const PASS = 'surət üçün parol';

async function setUp(chooseFile?: (name: string) => Promise<string | null>) {
  const { conn, dir } = await tempDb();
  const host = await composeHost({
    conn, via: 'web', packagesDir: join(dir, 'packages'), keyStore: {}, exportWorker: EXPORT_WORKER_SOURCE, delivery: false,
    backup: { logN: 10, schedule: false, chooseFile },
  });
  const ctx = (role: 'director' | 'caregiver' = 'director'): Ctx => ({ db: conn.db, now: () => new Date('2026-11-26T10:00:00Z'), actor: actor(role), host: host.state });
  const ok = async <T,>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  await ok(dispatch(ctx(), 'backup.settings', { passphrase: PASS }));
  await ok(dispatch(ctx(), 'backup.run', {}));
  for (let i = 0; i < 500 && !['done', 'failed'].includes(host.state.backup!.job!.phase); i++) await new Promise((r) => setTimeout(r, 10));
  const fileName = host.state.backup!.job!.result!.fileName;
  const copies = () => conn.sqlite.prepare("SELECT entity_id AS entityId, after FROM audit_log WHERE action = 'backup.copy'").all() as { entityId: string; after: string }[];
  return { conn, dir, ctx, ok, fileName, folder: join(dir, 'backups'), copies };
}

describe('save a copy of a backup', () => {
  it('writes the same encrypted file where the user chose, audited, and it restores', async () => {
    let usb = '';
    let asked: string | null = null;
    const s = await setUp(async (name) => {
      asked = name;
      return join(usb, 'qaygi-kopya.age');
    });
    usb = join(s.dir, 'usb');
    mkdirSync(usb);
    const status = await s.ok(dispatch(s.ctx(), 'backup.status', {}));
    expect(status.saveDialog).toBe(true);

    const r = await s.ok(dispatch(s.ctx(), 'backup.saveCopy', { fileName: s.fileName }));
    expect(asked).toBe(s.fileName);
    expect(r.savedTo).toBe(join(usb, 'qaygi-kopya.age'));
    expect(readFileSync(r.savedTo!).equals(readFileSync(join(s.folder, s.fileName)))).toBe(true);
    expect(readdirSync(usb)).toEqual(['qaygi-kopya.age']); // no `.partial` left
    expect(s.copies()).toEqual([{ entityId: s.fileName, after: expect.stringContaining('qaygi-kopya.age') }]);
    expect((await verifyAuditChain(s.conn.db)).ok).toBe(true);

    // The copy opens as a backup: it decrypts and passes every restore check.
    const prepared = await prepareRestore({ dbFile: s.conn.sqlite.name, from: r.savedTo!, passphrase: PASS, now: () => new Date(), sourceName: 'qaygi-kopya.age' });
    discardRestore(prepared);
  });

  it('changes nothing when the dialog is cancelled, the name is not a backup, or the place cannot be written', async () => {
    let answer: string | null = null;
    const s = await setUp(async () => answer);
    expect(await s.ok(dispatch(s.ctx(), 'backup.saveCopy', { fileName: s.fileName }))).toEqual({ savedTo: null });

    for (const fileName of ['../qaygi.db', 'qaygi-backup-20261126T100000Z.age.partial', 'qaygi-backup-20200101T000000Z.age']) {
      const r = await dispatch(s.ctx(), 'backup.saveCopy', { fileName });
      expect(r.ok ? null : r.error).toMatchObject({ code: 'not_found', message: 'backup.errors.fileMissing' });
    }

    // Over the backup itself.
    answer = join(s.folder, s.fileName);
    const same = await dispatch(s.ctx(), 'backup.saveCopy', { fileName: s.fileName });
    expect(same.ok ? null : same.error).toMatchObject({ code: 'invalid', message: 'backup.errors.copySame' });

    // A folder that is not there (a stick pulled out): refused by name, no partial file anywhere.
    answer = join(s.dir, 'gone', 'kopya.age');
    const gone = await dispatch(s.ctx(), 'backup.saveCopy', { fileName: s.fileName });
    expect(gone.ok ? null : gone.error).toMatchObject({ code: 'invalid', message: 'backup.errors.copyFailed', params: { file: answer } });
    expect(existsSync(join(s.dir, 'gone'))).toBe(false);

    // Not for a caregiver.
    answer = join(s.dir, 'kopya.age');
    const denied = await dispatch(s.ctx('caregiver'), 'backup.saveCopy', { fileName: s.fileName });
    expect(denied.ok ? null : denied.error).toMatchObject({ code: 'forbidden' });
    expect(existsSync(answer)).toBe(false);
    expect(s.copies()).toEqual([]);
  });

  it('is not offered where the host has no save dialog', async () => {
    const s = await setUp();
    expect((await s.ok(dispatch(s.ctx(), 'backup.status', {}))).saveDialog).toBe(false);
    const r = await dispatch(s.ctx(), 'backup.saveCopy', { fileName: s.fileName });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'conflict', message: 'backup.errors.hostUnavailable' });
  });
});
