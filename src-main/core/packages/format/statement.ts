import { z } from 'zod';
import { INSTITUTION_CODE, INSTITUTION_CODE_MAX, PACKAGE_FORMAT } from './names';
import { parsePeriod } from './period';

// The statement: the small JSON document the institution signs (the DSSE payload). Strict: no key
// may be missing, unknown or repeated. Its bytes are what is signed and hashed; they are written
// once by `statementBytes` and never re-serialised by a reader.

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s.replace('Z', '.000Z'));

export const DataQualityNote = z.strictObject({
  reason: z.string().min(1).max(2000),
  problems: z.array(z.strictObject({ code: z.string().regex(/^[a-z_]{1,64}$/), count: z.number().int().min(1) })).max(100),
});

/**
 * The head of the institution's audit chain when the package was made (its last entry's sequence
 * and hash): the ministry keeps it, so that a chain rewritten later by whoever holds the database
 * file no longer contains it (`qaygi audit verify --anchor`).
 */
export const AuditHead = z.strictObject({ seq: z.number().int().min(1), hash: sha256 });

export const Statement = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  institution: z.string().max(INSTITUTION_CODE_MAX).regex(INSTITUTION_CODE),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  schemaVersion: z.number().int().min(1).max(1000),
  period: z
    .strictObject({ label: z.string().max(7), start: isoDate, duration: z.enum(['P1M', 'P3M']) })
    .refine((p) => {
      const parsed = parsePeriod(p.label);
      return !!parsed && parsed.start === p.start && parsed.duration === p.duration;
    }, 'period label, start and duration disagree'),
  action: z.literal('replace'),
  sequence: z.number().int().min(1).max(999_999_999),
  previous: sha256.nullable(),
  supersedes: z.number().int().min(1).nullable(),
  preparedAt: isoInstant,
  recipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
  tagManifestSha256: sha256,
  payloadOxum: z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)$/),
  software: z.string().min(1).max(100),
  dataQuality: DataQualityNote.nullable(),
  auditHead: AuditHead.nullable(),
});

export type Statement = z.infer<typeof Statement>;
export type DataQualityNote = z.infer<typeof DataQualityNote>;
export type AuditHead = z.infer<typeof AuditHead>;

/** The signed bytes: compact JSON, keys in the schema's order, UTF-8, no newline. */
export function statementBytes(s: Statement): Uint8Array {
  const ordered: Statement = {
    format: s.format,
    institution: s.institution,
    keyId: s.keyId,
    schemaVersion: s.schemaVersion,
    period: { label: s.period.label, start: s.period.start, duration: s.period.duration },
    action: s.action,
    sequence: s.sequence,
    previous: s.previous,
    supersedes: s.supersedes,
    preparedAt: s.preparedAt,
    recipient: s.recipient,
    tagManifestSha256: s.tagManifestSha256,
    payloadOxum: s.payloadOxum,
    software: s.software,
    dataQuality: s.dataQuality && {
      reason: s.dataQuality.reason,
      problems: s.dataQuality.problems.map((p) => ({ code: p.code, count: p.count })),
    },
    auditHead: s.auditHead && { seq: s.auditHead.seq, hash: s.auditHead.hash },
  };
  return new TextEncoder().encode(JSON.stringify(ordered));
}

/** `2026-11-26T10:00:00Z`: the instant to the second, as the statement writes it. */
export const instantOf = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;
