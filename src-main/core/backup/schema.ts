import { z } from 'zod';
import type { CallError } from '../contract/errors';

// The backups' calls: inputs and DTOs. Isomorphic (the Backups tab validates with them).

/** A backup passphrase: long enough that scrypt is not the only thing between a lost USB stick and the records. */
export const MIN_BACKUP_PASSPHRASE = 10;

const passphrase = z
  .string()
  .min(MIN_BACKUP_PASSPHRASE, { error: 'backup.errors.passphraseShort' })
  .max(1000, { error: 'validation.tooLong' });

export const BackupSettingsInput = z
  .object({
    /** The folder automatic backups go to (a full path on this PC). */
    folder: z.string().trim().min(1, { error: 'validation.required' }).max(1000, { error: 'validation.tooLong' }).optional(),
    /** The passphrase new backups are encrypted with. */
    passphrase: passphrase.optional(),
  })
  .strict();

/** Restore one of the folder's backups by name, or an uploaded file (the web harness, a USB stick). */
export const BackupRestoreInput = z
  .object({
    fileName: z.string().min(1).max(255).optional(),
    upload: z.object({ name: z.string().min(1).max(255), base64: z.string().min(1) }).strict().optional(),
    /** The passphrase the backup was made with; the saved one when absent. */
    passphrase: z.string().max(1000, { error: 'validation.tooLong' }).optional(),
  })
  .strict()
  .refine((i) => (i.fileName === undefined) !== (i.upload === undefined), { error: 'backup.errors.chooseFile', path: ['fileName'] });

/** Save a copy of one of the folder's backups to a file the user chooses (a USB stick). */
export const BackupCopyInput = z.object({ fileName: z.string().min(1).max(255) }).strict();

export interface BackupCopyDto {
  /** Where the copy was saved; null when the user cancelled the dialog. */
  savedTo: string | null;
}

export const BackupJobInput = z.object({ jobId: z.string().min(1).max(64) }).strict();

export interface BackupFileDto {
  fileName: string;
  /** When it was taken (ISO 8601, from its name). */
  at: string;
  bytes: number;
}

export interface BackupJobDto {
  jobId: string;
  phase: 'queued' | 'copy' | 'encrypt' | 'done' | 'failed';
  /** 0…1: the progress bar. */
  fraction: number;
  /** `automatic` for the daily one, `manual` for "back up now". */
  trigger: 'automatic' | 'manual';
  startedAt: string;
  result: BackupFileDto | null;
  error: CallError | null;
}

export interface BackupStatusDto {
  /** False where the host lends no backup service (the command line). */
  available: boolean;
  folder: string | null;
  /** True where the host can ask where to save a copy (the app's save dialog). */
  saveDialog: boolean;
  passphraseSet: boolean;
  /** How the passphrase for automatic backups is kept: sealed by the OS keyring, or in memory until the app closes. */
  passphraseKept: 'keyring' | 'memory';
  /** Newest first. */
  backups: BackupFileDto[];
  /** The last backup taken of this database (its audit log), whoever took it. */
  lastSuccess: string | null;
  /** The last automatic backup that failed, since the app started. */
  lastError: CallError | null;
  /** The running or last job. */
  job: BackupJobDto | null;
}

export interface RestoreResultDto {
  source: string;
  /** Migrations the older backup needed. */
  migrated: number;
  /** The file name the database as it was before is kept under. */
  keptAside: string | null;
}
