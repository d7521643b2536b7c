import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncFolder } from '../packages/export/exporter';
import { encryptFileWithPassphrase } from './age-scrypt';
import { PARTIAL_SUFFIX } from './files';

// Taking a backup while the app works: SQLite's online backup API copies a consistent snapshot of
// the open database page by page (other writes go on between the steps) into a plain file in the
// database's own private folder, which is then encrypted with the passphrase (age, scrypt) into
// `<out>.partial`, fsynced, and only then renamed to `<out>` and its folder fsynced. A process
// killed at any moment leaves at most a `.partial` file (never listed, never restored, removed by
// the next backup) and a plain copy beside the database (removed by the next backup too): no
// half-written file ever carries a backup's name.

export type BackupStage = 'copy' | 'encrypt';
export interface BackupProgress {
  stage: BackupStage;
  /** 0…1 of the whole backup: the copy is the first half, the encryption the second. */
  fraction: number;
}

const PLAIN_PREFIX = '.qaygi-backup-';
/** The working files of a backup, of a restore (restore.ts) and of an uploaded backup (host.ts). */
const LEFTOVER_PREFIXES = [PLAIN_PREFIX, '.qaygi-restore-', '.qaygi-upload-'];
/** Pages the online backup copies per step; between steps the app's calls run. */
const PAGES_PER_STEP = 1024;

/** Makes an empty file 0600, so that a copy of the children's records is never born readable by others. */
export function privateEmptyFile(path: string): void {
  closeSync(openSync(path, 'wx', 0o600));
}

/** Makes a rename in `dir` durable (the package export's own). */
export const fsyncDir = fsyncFolder;

/**
 * What a killed backup or restore left behind: plain copies and restore working files beside the
 * database, `.partial` files in the folder. Called as a backup starts (the host runs one job at a time).
 */
export function removeLeftovers(workDir: string, outDir: string): void {
  for (const [dir, test] of [
    [workDir, (n: string) => LEFTOVER_PREFIXES.some((p) => n.startsWith(p))],
    [outDir, (n: string) => n.endsWith(PARTIAL_SUFFIX)],
  ] as const) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (test(n)) rmSync(join(dir, n), { force: true });
  }
}

export interface WriteBackupOptions {
  /** The open database (the app's own connection: the backup runs beside its calls). */
  sqlite: Database.Database;
  /** The backup's final path. */
  out: string;
  passphrase: string;
  /** log2 of scrypt's N (tests use less than age's default). */
  logN?: number;
  onProgress?: (p: BackupProgress) => void;
}

/** Writes one encrypted backup of the open database to `out`; resolves with its size once it is whole. */
export async function writeBackup(o: WriteBackupOptions): Promise<{ bytes: number }> {
  const workDir = dirname(o.sqlite.name);
  const plain = join(workDir, `${PLAIN_PREFIX}${randomBytes(6).toString('hex')}.db`);
  const partial = `${o.out}${PARTIAL_SUFFIX}`;
  try {
    privateEmptyFile(plain);
    await o.sqlite.backup(plain, {
      progress: ({ totalPages, remainingPages }) => {
        o.onProgress?.({ stage: 'copy', fraction: totalPages > 0 ? (0.5 * (totalPages - remainingPages)) / totalPages : 0.5 });
        return PAGES_PER_STEP;
      },
    });
    rmSync(partial, { force: true });
    await encryptFileWithPassphrase(plain, partial, o.passphrase, {
      logN: o.logN,
      onProgress: (f) => o.onProgress?.({ stage: 'encrypt', fraction: 0.5 + 0.5 * f }),
    });
    renameSync(partial, o.out);
    fsyncDir(dirname(o.out));
    return { bytes: statSync(o.out).size };
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    rmSync(plain, { force: true });
  }
}
