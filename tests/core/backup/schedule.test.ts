import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { EXPORT_WORKER_SOURCE } from '../../../src-main/core/packages/export/worker-source';
import { composeHost } from '../../../src-main/host/compose';
import { backupIfDue } from '../../../src-main/core/backup/host';
import { backupFileName } from '../../../src-main/core/backup/files';
import { actor, tempDb } from '../../helpers/db';

// The daily backup as the host's timer runs it: once a day, only with a passphrase, retention
// after each; and the dashboard's backup_stale before and after.

async function setUp() {
  const { conn, dir } = await tempDb();
  const host = await composeHost({
    conn, via: 'web', packagesDir: join(dir, 'packages'), keyStore: {}, exportWorker: EXPORT_WORKER_SOURCE, delivery: false,
    backup: { logN: 10, schedule: false },
  });
  let now = new Date('2026-11-26T10:00:00Z');
  const ctx = (role: 'director' | 'caregiver' = 'director'): Ctx => ({ db: conn.db, now: () => now, actor: actor(role), host: host.state });
  const setNow = (iso: string) => (now = new Date(iso));
  const settle = async () => {
    for (let i = 0; i < 500 && host.state.backup!.job && !['done', 'failed'].includes(host.state.backup!.job.phase); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { dir, host, ctx, setNow, settle };
}

const stale = async (ctx: Ctx) => {
  const d = await dispatch(ctx, 'dashboard.get', {});
  if (!d.ok) throw new Error(JSON.stringify(d.error));
  return d.value.signals.find((s) => s.kind === 'backup_stale');
};

describe('automatic backups', () => {
  it('run once a day with a passphrase, keep what retention keeps, and clear backup_stale', async () => {
    const { dir, host, ctx, setNow, settle } = await setUp();
    expect(await stale(ctx())).toMatchObject({ count: 1, level: 'action', children: false });
    // Not for a caregiver.
    expect(await stale(ctx('caregiver'))).toBeUndefined();
    // Without a passphrase nothing runs.
    expect(await backupIfDue(ctx())).toBe(false);

    const r = await dispatch(ctx(), 'backup.settings', { passphrase: 'gündəlik ehtiyat nüsxə' });
    expect(r.ok).toBe(true);
    // 20 older daily backups in the folder (the 25th of October to the 13th of November).
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    for (let d = 0; d < 20; d++) writeFileSync(join(folder, backupFileName(new Date(Date.UTC(2026, 9, 25 + d, 9)))), 'old');
    writeFileSync(join(folder, 'notes.txt'), 'not a backup');

    expect(await backupIfDue(ctx())).toBe(true);
    await settle();
    expect(host.state.backup!.job).toMatchObject({ phase: 'done', trigger: 'automatic' });
    expect(await backupIfDue(ctx())).toBe(false); // the same day
    expect(await stale(ctx())).toMatchObject({ count: 0 });
    const names = readdirSync(folder).sort();
    // 14 daily (today and the 13 newest older days) + October's newest as its month; the note stays.
    expect(names).toContain('notes.txt');
    expect(names.filter((n) => n.startsWith('qaygi-backup-'))).toHaveLength(15);
    expect(names).toContain('qaygi-backup-20261126T100000Z.age');
    expect(names).toContain('qaygi-backup-20261031T090000Z.age');
    expect(names).not.toContain('qaygi-backup-20261030T090000Z.age');

    setNow('2026-11-27T08:00:00Z');
    expect(await backupIfDue(ctx())).toBe(true);
    await settle();
    // Three days later without a backup: stale, counting the days.
    setNow('2026-11-30T09:00:00Z');
    expect(await stale(ctx())).toMatchObject({ count: 3 });

    // The audit log has each, by the system actor of the schedule or whoever ran it.
    const st = await dispatch(ctx(), 'backup.status', {});
    if (!st.ok) throw new Error(JSON.stringify(st.error));
    expect(st.value.lastSuccess).toBe('2026-11-27T08:00:00.000Z');
    expect(st.value.backups[0]!.fileName).toBe('qaygi-backup-20261127T080000Z.age');
    expect(st.value.passphraseSet).toBe(true);
    expect(st.value.passphraseKept).toBe('memory');
  });

  it('refuses a relative or unusable folder with the field named, and a short passphrase', async () => {
    const { dir, ctx } = await setUp();
    const rel = await dispatch(ctx(), 'backup.settings', { folder: 'backups' });
    expect(!rel.ok && rel.error.fields?.[0]).toMatchObject({ path: 'folder', message: 'backup.errors.folderNotAbsolute' });
    writeFileSync(join(dir, 'a-file'), '');
    const file = await dispatch(ctx(), 'backup.settings', { folder: join(dir, 'a-file') });
    expect(!file.ok && file.error.fields?.[0]).toMatchObject({ path: 'folder', message: 'backup.errors.folderUnusable' });
    const short = await dispatch(ctx(), 'backup.settings', { passphrase: 'short' });
    expect(!short.ok && short.error.fields?.[0]).toMatchObject({ path: 'passphrase', message: 'backup.errors.passphraseShort' });
    const run = await dispatch(ctx(), 'backup.run', {});
    expect(!run.ok && run.error.message).toBe('backup.errors.noPassphrase');
  });
});
