import { basename, dirname, resolve } from 'node:path';
import type { Command } from '../main';
import { writeTx } from '../../core/db/write';
import { writeBackup } from '../../core/backup/backup';
import { prepareRestore, switchTo } from '../../core/backup/restore';
import { MIN_BACKUP_PASSPHRASE } from '../../core/backup/schema';
import { CliFailure, cliText as t, need, readText } from '../command';
import { withDb } from '../db';

// `qaygi backup` and `qaygi restore`: the same backup files as the Backups tab (age, scrypt), for a
// script or for a PC without the app's window. Restore only while the app is closed: it renames
// the restored file over the database.

/** The passphrase file's first line (a trailing newline is not part of it). */
function passphraseFrom(values: Record<string, unknown>): string {
  const text = readText(need(values, 'passphrase-file'));
  return text.split(/\r?\n/)[0] ?? '';
}

export const backupCommand: Command = {
  words: ['backup'],
  usage: 'backup --db FILE --out FILE --passphrase-file P   (an encrypted backup that `age -d` opens with the passphrase)',
  options: { db: { type: 'string' }, out: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  async run(values) {
    const out = resolve(need(values, 'out'));
    const passphrase = passphraseFrom(values);
    if (passphrase.length < MIN_BACKUP_PASSPHRASE) throw new CliFailure(t('backup.errors.passphraseShort'));
    return withDb(need(values, 'db'), async (ctx, conn) => {
      const { bytes } = await writeBackup({ sqlite: conn.sqlite, out, passphrase }).catch((e: unknown) => {
        // A folder that does not exist or cannot be written: said in the user's words, not as a stack.
        if ((e as NodeJS.ErrnoException).code) throw new CliFailure(t('backup.errors.folderUnusable', { folder: dirname(out) }));
        throw e;
      });
      await writeTx(ctx, (_trx, audit) =>
        audit({ action: 'backup.create', entity: 'backup', entityId: basename(out), after: { fileName: basename(out), bytes, trigger: 'cli' } }),
      );
      process.stdout.write(`${t('backup.cli.written', { file: out, bytes })}\n`);
      return 0;
    });
  },
};

export const restoreCommand: Command = {
  words: ['restore'],
  usage: 'restore --db FILE --from FILE --passphrase-file P   (checks the backup, keeps the current database aside, switches; the app must be closed)',
  options: { db: { type: 'string' }, from: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  async run(values) {
    const dbFile = resolve(need(values, 'db'));
    const from = resolve(need(values, 'from'));
    const passphrase = passphraseFrom(values);
    const now = () => new Date();
    const prepared = await prepareRestore({ dbFile, from, passphrase, now });
    // Audited as the command line's system actor, as every other command is (session.ts).
    const r = await switchTo(prepared, dbFile, { userId: null, username: 'local-cli', role: 'director', via: 'cli' }, now);
    process.stdout.write(`${t('backup.cli.restored', { file: from, aside: r.keptAside ?? '—' })}\n`);
    return 0;
  },
};

