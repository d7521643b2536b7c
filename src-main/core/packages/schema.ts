import { z } from 'zod';
import { PERIOD_PATTERN } from './format/period';
import type { DataQualityNote } from './format/statement';

// Contract inputs and DTOs of the packages screen and settings. Isomorphic.

export const periodField = z
  .string({ error: 'validation.required' })
  .trim()
  .refine((s) => PERIOD_PATTERN.test(s) && Number(s.slice(0, 4)) >= 2000, { error: 'packages.validation.period' });

export const PeriodInput = z.object({ period: periodField }).strict();

export const ExportInput = z
  .object({
    period: periodField,
    /** The director's reason for going on despite the pre-check's problems. */
    acceptProblems: z.string().trim().max(2000, { error: 'validation.tooLong' }).optional(),
  })
  .strict();
export type ExportRequest = z.output<typeof ExportInput>;

export const RecipientImportInput = z.object({ text: z.string().max(10_000) }).strict();

export interface SigningKeyDto {
  keyId: string;
  fingerprint: string;
  publicKey: string;
  status: 'active' | 'retired';
  sealedBy: 'passphrase' | 'safe_storage';
  createdAt: string;
  retiredAt: string | null;
}

export interface RecipientDto {
  recipient: string;
  fingerprint: string;
  importedAt: string;
}

export interface KeysStatusDto {
  institution: { code: string; name: string } | null;
  activeKey: SigningKeyDto | null;
  retiredKeys: SigningKeyDto[];
  recipient: RecipientDto | null;
}

export type PackageStatus = 'created' | 'delivered' | 'acknowledged' | 'rejected';

export interface PackageDto {
  id: string;
  sequence: number;
  period: string;
  fileName: string;
  sha256: string;
  statementSha256: string;
  previousSha256: string | null;
  signerKeyId: string;
  recipient: string;
  counts: Record<string, number>;
  acceptedProblems: DataQualityNote | null;
  status: PackageStatus;
  statusReason: string | null;
  statusAt: string;
  supersedes: number | null;
  preparedAt: string;
  createdAt: string;
}

export type ProblemSeverity = 'blocking' | 'acceptable';

/** One data problem the pre-check found, with the record it is about (for a link to it). */
export interface PrecheckProblem {
  code: string;
  severity: ProblemSeverity;
  entity: string | null;
  entityId: string | null;
  /** What to show: the child's name, or the period. */
  label: string;
  field?: string;
}

/** What the package would need that the installation lacks. */
export type ExportPrerequisite = 'institution' | 'institution_code' | 'signing_key' | 'recipient';

export interface PrecheckDto {
  period: { label: string; start: string; end: string };
  /** The sequence the package would get, and the one it would supersede (same period). */
  sequence: number;
  supersedes: number | null;
  missing: ExportPrerequisite[];
  problems: PrecheckProblem[];
  /** Rows per resource. */
  counts: Record<string, number>;
}

export interface ExportProgress {
  stage: 'precheck' | 'collect' | 'sign' | 'zip' | 'encrypt' | 'write' | 'done';
  /** 0–1. */
  fraction: number;
}

export interface ExportResultDto extends PackageDto {
  /** Where the file was written. */
  path: string;
}

/** This institution's trust file, to save and give to the ministry. */
export interface TrustFileDto {
  fileName: string;
  text: string;
}

/** A period whose package was exported: its records are closed. */
export interface ClosedPeriodDto {
  period: string;
  start: string;
  end: string;
  /** The package that closed it (the last one of the period). */
  packageSequence: number;
  /** A closed record was changed since: a correction package is due. */
  needsCorrection: boolean;
  closedAt: string;
}
