import { z } from 'zod';

// Contract inputs and DTOs of delivery: receipts, the upload queue, the ministry's address.
// Isomorphic.

export const ReceiptImportInput = z.object({ text: z.string().max(64 * 1024, { error: 'validation.tooLong' }) }).strict();
export const ReceiptKeyImportInput = z.object({ text: z.string().max(10_000, { error: 'validation.tooLong' }) }).strict();

export const DeliverInput = z
  .object({
    /** Send this package now (also one that failed or was sent); without it, every package due. */
    sequence: z.number().int().min(1).optional(),
  })
  .strict();
export type DeliverRequest = z.output<typeof DeliverInput>;

export const DeliverySettingsInput = z
  .object({
    /** The ministry's intake address, `https://…`; empty to switch uploads off. */
    url: z.string().trim().max(500, { error: 'validation.tooLong' }),
    /** The ministry's CA or server certificate (PEM): the only one trusted for the address. */
    caPem: z.string().max(100_000, { error: 'validation.tooLong' }),
  })
  .strict();
export type DeliverySettingsRequest = z.output<typeof DeliverySettingsInput>;

export interface DeliverySettingsDto {
  url: string | null;
  /** SHA-256 fingerprint of the pinned certificate, as openssl prints it. */
  caFingerprint: string | null;
  caSubject: string | null;
  receiptKey: { keyId: string; publicKey: string; importedAt: string } | null;
}

export type QueueState = 'pending' | 'sent' | 'failed';
export type DeliveryErrorKind = 'network' | 'http' | 'receipt' | 'file_missing' | 'file_changed';

export interface QueueItemDto {
  sequence: number;
  period: string;
  fileName: string;
  state: QueueState;
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last attempt failed: the kind (`delivery.errorKinds.<kind>`) and the technical detail. */
  lastError: { kind: DeliveryErrorKind; detail: string } | null;
  packageStatus: 'created' | 'delivered' | 'acknowledged' | 'rejected';
  statusReason: string | null;
}

export interface DeliveryOutcome {
  sequence: number;
  result: 'acknowledged' | 'rejected' | 'retry' | 'failed';
  alreadyReceived?: boolean;
  error?: { kind: DeliveryErrorKind; detail: string };
}

export interface DeliveryReportDto {
  attempted: number;
  outcomes: DeliveryOutcome[];
}
