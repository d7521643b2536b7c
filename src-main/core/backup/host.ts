import { randomUUID } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { Ctx } from '../context';
import { AppError } from '../contract/errors';
import type { ReadDb } from '../db/read';
import { writeTx } from '../db/write';
import type { KeyStore } from '../packages/crypto/keystore';
import { fsyncDir, removeLeftovers, writeBackup } from './backup';
import { backupDue, backupFileName, backupsToRemove, backupTimeOf, PARTIAL_SUFFIX } from './files';
import { discardRestore, prepareRestore, switchTo } from './restore';
import type { BackupCopyDto, BackupFileDto, BackupJobDto, BackupStatusDto, RestoreResultDto } from './schema';

// What the Backups tab needs from the host it runs in (the app, the web harness): the open
// database to copy, a way to close and reopen it around a restore, the OS keyring for the
// passphrase, and where its settings live. The settings are a file beside the database, not a
// table in it: they belong to this PC (a folder on its disk, a passphrase sealed by its keyring),
// and a restore must not bring back an older folder or passphrase with the older records.

export interface BackupHostOptions {
  dbFile: string;
  /** The JSON file the folder and the sealed passphrase are kept in (beside the database). */
  settingsFile: string;
  /** Where backups go until the director chooses a folder. */
  defaultFolder: string;
  /** The OS keyring (Electron safeStorage); absent or null: the passphrase is kept in memory only. */
  safeStore?: KeyStore | null;
  /** The host's open database now (another object after a restore). */
  sqlite: () => Database.Database;
  /** Closes the host's database, runs `fn`, and opens it again (whatever `fn` did). */
  withDatabaseClosed<T>(fn: () => Promise<T>): Promise<T>;
  /** Anything else that must not run during a restore (an export): a reason key when it is busy. */
  busy?: () => boolean;
  /**
   * Asks where to save a copy of a backup (the app's save dialog), suggesting `suggestedName`;
   * null when cancelled. Absent where the host has no dialog (the web harness, the CLI).
   */
  chooseFile?: (suggestedName: string) => Promise<string | null>;
  /** scrypt's work factor for new backups (tests use less than age's default of 18). */
  logN?: number;
}

interface SettingsFile {
  folder: string | null;
  /** The passphrase sealed by the OS keyring. */
  sealedPassphrase: string | null;
}

export interface BackupHost {
  readonly options: BackupHostOptions;
  settings: SettingsFile;
  /** The passphrase in memory (typed this run, or opened from the keyring). */
  passphrase: string | null;
  job: BackupJobDto | null;
  lastError: BackupStatusDto['lastError'];
  restoring: boolean;
}

declare module '../host' {
  interface HostServices {
    /** The Backups tab's host services; absent in the CLI. */
    backup?: BackupHost;
  }
}

const KEY_LABEL = 'backup-passphrase';

function readSettings(file: string): SettingsFile {
  try {
    const j = JSON.parse(readFileSync(file, 'utf8')) as Partial<SettingsFile>;
    return {
      folder: typeof j.folder === 'string' ? j.folder : null,
      sealedPassphrase: typeof j.sealedPassphrase === 'string' ? j.sealedPassphrase : null,
    };
  } catch {
    return { folder: null, sealedPassphrase: null };
  }
}

function saveSettings(file: string, s: SettingsFile): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(s, null, 2), { mode: 0o600 });
  renameSync(tmp, file);
}

export function createBackupHost(options: BackupHostOptions): BackupHost {
  return { options, settings: readSettings(options.settingsFile), passphrase: null, job: null, lastError: null, restoring: false };
}

function hostOf(ctx: Ctx): BackupHost {
  const h = ctx.host?.backup;
  if (!h) throw new AppError('conflict', 'backup.errors.hostUnavailable');
  return h;
}

const folderOf = (h: BackupHost) => h.settings.folder ?? h.options.defaultFolder;

async function passphraseOf(h: BackupHost): Promise<string | null> {
  if (h.passphrase) return h.passphrase;
  if (h.settings.sealedPassphrase && h.options.safeStore) {
    try {
      h.passphrase = (await h.options.safeStore.open(h.settings.sealedPassphrase, KEY_LABEL)).toString('utf8');
    } catch {
      return null;
    }
  }
  return h.passphrase;
}

/** The newest backup this database's audit log records (`backup.create`), whoever took it. */
export async function lastBackupAt(db: ReadDb): Promise<string | null> {
  const r = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('entity', '=', 'backup')
    .where('action', '=', 'backup.create')
    .executeTakeFirst();
  return (r?.at as string | null | undefined) ?? null;
}

/** The folder's backups, newest first (files named as backups; `.partial` ones are not). */
export function listBackups(folder: string): BackupFileDto[] {
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const out: BackupFileDto[] = [];
  for (const fileName of names) {
    const at = backupTimeOf(fileName);
    if (!at) continue;
    try {
      out.push({ fileName, at, bytes: statSync(join(folder, fileName)).size });
    } catch {
      /* removed meanwhile */
    }
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : -1));
}

export async function backupStatus(ctx: Ctx): Promise<BackupStatusDto> {
  const h = ctx.host?.backup;
  const lastSuccess = await lastBackupAt(ctx.db);
  if (!h) {
    return { available: false, folder: null, saveDialog: false, passphraseSet: false, passphraseKept: 'memory', backups: [], lastSuccess, lastError: null, job: null };
  }
  const folder = folderOf(h);
  return {
    available: true,
    folder,
    saveDialog: !!h.options.chooseFile,
    passphraseSet: (await passphraseOf(h)) !== null,
    passphraseKept: h.options.safeStore ? 'keyring' : 'memory',
    backups: listBackups(folder),
    lastSuccess,
    lastError: h.lastError,
    job: h.job ? { ...h.job } : null,
  };
}

export async function saveBackupSettings(ctx: Ctx, input: { folder?: string; passphrase?: string }): Promise<BackupStatusDto> {
  const h = hostOf(ctx);
  const next = { ...h.settings };
  if (input.folder !== undefined) {
    if (!isAbsolute(input.folder)) {
      throw new AppError('invalid', 'backup.errors.folderNotAbsolute', undefined, [{ path: 'folder', message: 'backup.errors.folderNotAbsolute' }]);
    }
    try {
      mkdirSync(input.folder, { recursive: true, mode: 0o700 });
      if (!statSync(input.folder).isDirectory()) throw new Error('not a folder');
    } catch {
      throw new AppError('invalid', 'backup.errors.folderUnusable', { folder: input.folder }, [{ path: 'folder', message: 'backup.errors.folderUnusable', params: { folder: input.folder } }]);
    }
    next.folder = input.folder;
  }
  if (input.passphrase !== undefined) {
    next.sealedPassphrase = h.options.safeStore ? await h.options.safeStore.seal(Buffer.from(input.passphrase, 'utf8'), KEY_LABEL) : null;
  }
  saveSettings(h.options.settingsFile, next);
  h.settings = next;
  if (input.passphrase !== undefined) h.passphrase = input.passphrase;
  await writeTx(ctx, (_trx, audit) =>
    audit({
      action: 'settings.update',
      entity: 'settings',
      entityId: 'backup',
      // Never the passphrase: only that it changed.
      after: { ...(input.folder !== undefined ? { backupFolder: input.folder } : {}), ...(input.passphrase !== undefined ? { backupPassphrase: 'changed' } : {}) },
    }),
  );
  return backupStatus(ctx);
}

/**
 * Starts a backup into the folder and returns its job at once; `backup.status` reports its
 * progress. One at a time. After it, retention removes what the policy no longer keeps.
 */
export async function startBackup(ctx: Ctx, trigger: BackupJobDto['trigger'] = 'manual'): Promise<BackupJobDto> {
  const h = hostOf(ctx);
  if (h.restoring || (h.job && (h.job.phase === 'queued' || h.job.phase === 'copy' || h.job.phase === 'encrypt'))) {
    throw new AppError('conflict', 'backup.errors.running');
  }
  const passphrase = await passphraseOf(h);
  if (!passphrase) throw new AppError('invalid', 'backup.errors.noPassphrase');
  const folder = folderOf(h);
  const job: BackupJobDto = { jobId: randomUUID(), phase: 'queued', fraction: 0, trigger, startedAt: ctx.now().toISOString(), result: null, error: null };
  h.job = job;
  const at = ctx.now();
  const fileName = backupFileName(at);
  const run = async () => {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    removeLeftovers(dirname(h.options.dbFile), folder);
    const out = join(folder, fileName);
    if (existsSync(out)) throw new AppError('conflict', 'backup.errors.running');
    const { bytes } = await writeBackup({
      sqlite: h.options.sqlite(),
      out,
      passphrase,
      logN: h.options.logN,
      onProgress: (p) => {
        job.phase = p.stage;
        job.fraction = p.fraction;
      },
    });
    await writeTx(ctx, (_trx, audit) =>
      audit({ action: 'backup.create', entity: 'backup', entityId: fileName, after: { fileName, bytes, trigger, folder } }),
    );
    for (const old of backupsToRemove(listBackups(folder).map((b) => b.fileName))) rmSync(join(folder, old), { force: true });
    return { fileName, at: at.toISOString(), bytes };
  };
  void run().then(
    (result) => {
      job.result = result;
      job.fraction = 1;
      job.phase = 'done';
      if (trigger === 'automatic') h.lastError = null;
    },
    (e: unknown) => {
      job.error = e instanceof AppError ? e.toCallError() : { code: 'internal', message: 'backup.errors.failed' };
      job.phase = 'failed';
      if (trigger === 'automatic') h.lastError = job.error;
      if (!(e instanceof AppError)) console.error('[qaygi] backup failed', e instanceof Error ? e.message : e);
    },
  );
  return { ...job };
}

/**
 * "Save a copy…": one of the folder's backups copied to a file the user chooses (a USB stick to
 * take away). The copy is written beside its destination as `.partial`, flushed, then renamed, so
 * a pulled stick or a crash never leaves a half copy under the chosen name. The copy is the same
 * encrypted file (it opens with the same passphrase, with Qayğı or `age -d`). Audited.
 */
export async function saveBackupCopy(ctx: Ctx, fileName: string): Promise<BackupCopyDto> {
  const h = hostOf(ctx);
  if (!h.options.chooseFile) throw new AppError('conflict', 'backup.errors.hostUnavailable');
  if (basename(fileName) !== fileName || !backupTimeOf(fileName)) throw new AppError('not_found', 'backup.errors.fileMissing', { file: fileName });
  const folder = folderOf(h);
  const from = join(folder, fileName);
  if (!existsSync(from)) throw new AppError('not_found', 'backup.errors.fileMissing', { file: fileName });
  const chosen = await h.options.chooseFile(fileName);
  if (!chosen) return { savedTo: null };
  const to = resolve(chosen);
  if (to === resolve(from)) throw new AppError('invalid', 'backup.errors.copySame', { file: fileName });
  const partial = `${to}${PARTIAL_SUFFIX}`;
  try {
    await copyFile(from, partial);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, to);
    fsyncDir(dirname(to));
  } catch (e) {
    rmSync(partial, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError('invalid', 'backup.errors.copyFailed', { file: to });
  }
  const bytes = statSync(to).size;
  await writeTx(ctx, (_trx, audit) =>
    audit({ action: 'backup.copy', entity: 'backup', entityId: fileName, after: { fileName, bytes, savedTo: to } }),
  );
  return { savedTo: to };
}

/** Runs the daily backup when one is due and a passphrase is at hand; true when it started one. */
export async function backupIfDue(ctx: Ctx): Promise<boolean> {
  const h = ctx.host?.backup;
  if (!h || h.restoring || (h.job && !['done', 'failed'].includes(h.job.phase))) return false;
  if (!backupDue(ctx.now(), await lastBackupAt(ctx.db))) return false;
  if (!(await passphraseOf(h))) return false;
  await startBackup(ctx, 'automatic');
  return true;
}

/**
 * Restores a backup: checked first while the app works (nothing changes if it is refused), then
 * the host closes the database, the current one is kept aside, the restored one renamed into
 * place and opened. The restore is in the restored database's audit log.
 */
export async function restoreBackup(
  ctx: Ctx,
  input: { fileName?: string; upload?: { name: string; base64: string }; passphrase?: string },
): Promise<RestoreResultDto> {
  const h = hostOf(ctx);
  if (h.restoring || (h.job && !['done', 'failed'].includes(h.job.phase)) || h.options.busy?.()) {
    throw new AppError('conflict', 'backup.errors.busy');
  }
  const passphrase = input.passphrase && input.passphrase.length > 0 ? input.passphrase : await passphraseOf(h);
  if (!passphrase) {
    throw new AppError('invalid', 'backup.errors.noPassphrase', undefined, [{ path: 'passphrase', message: 'validation.required' }]);
  }
  h.restoring = true;
  let uploaded: string | null = null;
  try {
    let from: string;
    let sourceName: string;
    if (input.fileName !== undefined) {
      if (basename(input.fileName) !== input.fileName || !backupTimeOf(input.fileName)) {
        throw new AppError('not_found', 'backup.errors.fileMissing', { file: input.fileName });
      }
      from = join(folderOf(h), input.fileName);
      sourceName = input.fileName;
    } else {
      sourceName = basename(input.upload!.name);
      uploaded = join(dirname(h.options.dbFile), `.qaygi-upload-${randomUUID()}.age`);
      writeFileSync(uploaded, Buffer.from(input.upload!.base64, 'base64'), { mode: 0o600 });
      from = uploaded;
    }
    const prepared = await prepareRestore({ dbFile: h.options.dbFile, from, passphrase, now: ctx.now, sourceName });
    try {
      const r = await h.options.withDatabaseClosed(() => switchTo(prepared, h.options.dbFile, ctx.actor, ctx.now));
      return { source: prepared.source, migrated: prepared.migrated.length, keptAside: r.keptAside ? basename(r.keptAside) : null };
    } catch (e) {
      discardRestore(prepared);
      throw e;
    }
  } finally {
    if (uploaded) rmSync(uploaded, { force: true });
    h.restoring = false;
  }
}

/** The daily check, every `intervalMs` while the host runs (and once soon after it starts). */
export function startBackupSchedule(o: { ctx: () => Ctx; intervalMs?: number; firstAfterMs?: number }): { stop(): void } {
  const tick = () =>
    void backupIfDue(o.ctx()).catch((e: unknown) => console.error('[qaygi] backup schedule', e instanceof Error ? e.message : e));
  const first = setTimeout(tick, o.firstAfterMs ?? 60_000);
  const every = setInterval(tick, o.intervalMs ?? 10 * 60_000);
  first.unref?.();
  every.unref?.();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
