import { z } from 'zod';
import { INSTITUTION_CODE, INSTITUTION_CODE_MAX, RECEIPT_FORMAT, RECEIPT_KEY_FORMAT } from './names';
import { parseEnvelopeText, RECEIPT_PAYLOAD_TYPE, serializeEnvelope, signEnvelope, verifyEnvelopeSignature, type Envelope } from './dsse';
import { parseStrictJson } from './json';
import { fromBase64, keyIdOf, toBase64, type Signer } from '../crypto/keys';
import { PERIOD_PATTERN } from './period';

// The delivery receipt (docs/package-format.md §17): the ministry's signed answer to a package, a
// DSSE envelope of its own payload type, signed with the ministry's Ed25519 receipt key. Isomorphic
// apart from node:crypto (through keys.ts).

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

export const ReceiptReason = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/),
  message: z.string().min(1).max(2000),
});

export const Receipt = z
  .strictObject({
    format: z.literal(RECEIPT_FORMAT),
    institution: z.string().max(INSTITUTION_CODE_MAX).regex(INSTITUTION_CODE),
    period: z.string().regex(PERIOD_PATTERN),
    sequence: z.number().int().min(1).max(999_999_999),
    packageSha256: sha256,
    statementSha256: sha256.nullable(),
    receivedAt: instant,
    verdict: z.enum(['accepted', 'rejected']),
    alreadyReceived: z.boolean(),
    reason: ReceiptReason.nullable(),
  })
  .refine((r) => (r.verdict === 'rejected') === (r.reason !== null), 'a rejection has a reason, an acceptance none')
  .refine((r) => r.verdict === 'accepted' || !r.alreadyReceived, 'only an accepted package can have been received before')
  .refine((r) => r.verdict === 'rejected' || r.statementSha256 !== null, 'an accepted package names its statement');
export type Receipt = z.infer<typeof Receipt>;

/** The signed bytes: compact JSON, keys in this order, UTF-8, no newline. */
export function receiptBytes(r: Receipt): Buffer {
  const ordered: Receipt = {
    format: r.format,
    institution: r.institution,
    period: r.period,
    sequence: r.sequence,
    packageSha256: r.packageSha256,
    statementSha256: r.statementSha256,
    receivedAt: r.receivedAt,
    verdict: r.verdict,
    alreadyReceived: r.alreadyReceived,
    reason: r.reason && { code: r.reason.code, message: r.reason.message },
  };
  return Buffer.from(JSON.stringify(ordered), 'utf8');
}

/** The receipt file: the envelope as one line of JSON and a newline (like signature.dsse.json). */
export function signReceipt(r: Receipt, signer: Signer): Buffer {
  return serializeEnvelope(signEnvelope(RECEIPT_PAYLOAD_TYPE, receiptBytes(Receipt.parse(r)), [signer]));
}

/** The ministry's receipt public key as the institution imports it (receipt-public.json). */
export const ReceiptKeyFile = z.strictObject({
  format: z.literal(RECEIPT_KEY_FORMAT),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string(),
});
export type ReceiptKeyFile = z.infer<typeof ReceiptKeyFile>;

export function receiptKeyFileText(publicKey: Uint8Array): string {
  const file: ReceiptKeyFile = { format: RECEIPT_KEY_FORMAT, keyId: keyIdOf(publicKey), publicKey: toBase64(publicKey) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads receipt-public.json; null when it is not one (or the key id does not match the key). */
export function parseReceiptKeyFile(text: string): { keyId: string; publicKey: Buffer } | null {
  try {
    const f = ReceiptKeyFile.parse(parseStrictJson(text));
    const raw = fromBase64(f.publicKey);
    if (!raw || raw.length !== 32 || keyIdOf(raw) !== f.keyId) return null;
    return { keyId: f.keyId, publicKey: raw };
  } catch {
    return null;
  }
}

export type ReceiptCheck =
  | { ok: true; receipt: Receipt; envelope: Envelope }
  | { ok: false; reason: 'malformed' | 'signature' };

/**
 * Checks a receipt against the ministry's receipt key, signature first (over the raw payload
 * bytes), then the payload's schema. What the receipt is about is the caller's business.
 */
export function checkReceipt(text: string, key: { keyId: string; publicKey: Uint8Array }): ReceiptCheck {
  const env = text.length > 64 * 1024 ? null : parseEnvelopeText(text);
  if (!env || env.payloadType !== RECEIPT_PAYLOAD_TYPE || env.signatures.length !== 1) return { ok: false, reason: 'malformed' };
  const sig = env.signatures[0]!;
  if (sig.keyid !== key.keyId || !verifyEnvelopeSignature(env, sig, key.publicKey)) return { ok: false, reason: 'signature' };
  try {
    const receipt = Receipt.parse(parseStrictJson(env.payload.toString('utf8')));
    // The signed bytes must be exactly the canonical form: one receipt, one encoding.
    if (!receiptBytes(receipt).equals(env.payload)) return { ok: false, reason: 'malformed' };
    return { ok: true, receipt, envelope: env };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}
