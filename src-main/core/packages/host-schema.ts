import { z } from 'zod';
import type { CallError } from '../contract/errors';
import { periodField } from './schema';
import type { ExportProgress, PackageDto, SigningKeyDto } from './schema';

// Contract inputs and DTOs of the calls that need the host (key store, export worker, files).
// Isomorphic.

const passphraseField = z.string().max(1000, { error: 'validation.tooLong' }).optional();

export const InitKeyInput = z.object({ passphrase: passphraseField }).strict();

/** Rotation: the passphrases only where the host keeps the key under one typed by the director. */
export const RotateKeyInput = z.object({ passphrase: passphraseField, newPassphrase: passphraseField }).strict();

export const StartExportInput = z
  .object({
    period: periodField,
    /** The director's reason for going on despite the pre-check's problems. */
    acceptProblems: z.string().trim().max(2000, { error: 'validation.tooLong' }).optional(),
    /** Only where the host keeps the key under a passphrase typed by the director. */
    passphrase: passphraseField,
  })
  .strict();

export const JobIdInput = z.object({ jobId: z.string().min(1).max(64) }).strict();
export const PackageIdInput = z.object({ id: z.string().min(1).max(64) }).strict();

/** What the host offers: how the key is kept, whether a passphrase is asked, how files are saved. */
export interface PackagesHostInfo {
  available: boolean;
  /** How a new key would be sealed (the renderer reads this file: no import of the key store's node code). */
  keyStore: SigningKeyDto['sealedBy'] | null;
  /** A passphrase must be typed to make the key. */
  passphraseForInit: boolean;
  /** A passphrase must be typed to sign a package with the active key. */
  passphraseForExport: boolean;
  /** The host shows a native "save as" dialog (the app); otherwise the page downloads the file. */
  saveDialog: boolean;
}

export type ExportPhase = 'queued' | ExportProgress['stage'] | 'failed';

export interface ExportJobDto {
  jobId: string;
  period: string;
  phase: ExportPhase;
  /** 0–1. */
  fraction: number;
  startedAt: string;
  /** When done: the package (its file stays in the host's packages folder). */
  result: PackageDto | null;
  error: CallError | null;
}

export interface PackageFileDto {
  fileName: string;
  /** The encrypted package, base64. */
  base64: string;
}

export interface SaveResultDto {
  /** Where it was saved; null when the director cancelled the dialog. */
  path: string | null;
}
