import { z } from 'zod';
import { INSTITUTION_CODE, INSTITUTION_CODE_MAX, ROTATION_FORMAT, TRUST_FORMAT } from './names';
import { fromBase64, keyIdOf, toBase64 } from '../crypto/keys';
import { parseStrictJson } from './json';
import { envelopeToJson, parseEnvelope, ROTATION_PAYLOAD_TYPE, verifyEnvelopeSignature, type Envelope } from './dsse';

// The trust file: which Ed25519 keys speak for which institution. Each institution exports its own
// entries (`qaygi keys export`); the ministry merges the entries of all institutions into one file
// of the same format. A key made by rotation carries the rotation statement, signed by the old
// and the new key, so the ministry can accept the new key on the strength of the old one.

const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

export const TrustEntry = z.strictObject({
  code: z.string().max(INSTITUTION_CODE_MAX).regex(INSTITUTION_CODE),
  name: z.string().min(1).max(300),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string(),
  validFrom: instant,
  retiredAt: instant.nullable(),
  rotation: z.unknown().nullable(),
});
export type TrustEntry = z.infer<typeof TrustEntry>;

export const TrustFileSchema = z.strictObject({ format: z.literal(TRUST_FORMAT), entries: z.array(TrustEntry).max(100_000) });
export type TrustFile = z.infer<typeof TrustFileSchema>;

export interface TrustedKey {
  code: string;
  name: string;
  keyId: string;
  publicKey: Buffer;
  validFrom: string;
  retiredAt: string | null;
}

export interface Trust {
  byKeyId: Map<string, TrustedKey>;
}

export class TrustError extends Error {
  constructor(readonly reason: string) {
    super(`trust file: ${reason}`);
    this.name = 'TrustError';
  }
}

/** The rotation statement: signed by the retiring key and by the new one. */
export const RotationStatement = z.strictObject({
  format: z.literal(ROTATION_FORMAT),
  institution: z.string(),
  previousKeyId: z.string().regex(/^[0-9a-f]{16}$/),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  publicKey: z.string(),
  at: instant,
});
export type RotationStatement = z.infer<typeof RotationStatement>;

export function rotationBytes(r: RotationStatement): Buffer {
  const ordered: RotationStatement = {
    format: r.format,
    institution: r.institution,
    previousKeyId: r.previousKeyId,
    keyId: r.keyId,
    publicKey: r.publicKey,
    at: r.at,
  };
  return Buffer.from(JSON.stringify(ordered), 'utf8');
}

function checkRotation(entry: TrustEntry, all: Map<string, TrustEntry>): void {
  const env = parseEnvelope(entry.rotation);
  if (!env || env.payloadType !== ROTATION_PAYLOAD_TYPE) throw new TrustError(`${entry.keyId}: malformed rotation`);
  let r: RotationStatement;
  try {
    r = RotationStatement.parse(parseStrictJson(env.payload.toString('utf8')));
  } catch {
    throw new TrustError(`${entry.keyId}: malformed rotation statement`);
  }
  if (r.institution !== entry.code || r.keyId !== entry.keyId || r.publicKey !== entry.publicKey) {
    throw new TrustError(`${entry.keyId}: the rotation statement names another key`);
  }
  const previous = all.get(r.previousKeyId);
  if (!previous || previous.code !== entry.code) throw new TrustError(`${entry.keyId}: the retired key is not in the file`);
  const signedBy = (keyId: string, publicKey: string) =>
    env.signatures.some((s) => s.keyid === keyId && verifyEnvelopeSignature(env, s, fromBase64(publicKey)!));
  if (env.signatures.length !== 2 || !signedBy(previous.keyId, previous.publicKey) || !signedBy(entry.keyId, entry.publicKey)) {
    throw new TrustError(`${entry.keyId}: the rotation is not signed by both keys`);
  }
}

/** Reads and checks a trust file; throws TrustError naming the first problem. */
export function parseTrustFile(text: string): { file: TrustFile; trust: Trust } {
  let file: TrustFile;
  try {
    file = TrustFileSchema.parse(parseStrictJson(text));
  } catch (e) {
    throw new TrustError(e instanceof Error ? e.message.split('\n')[0]! : 'unreadable');
  }
  const all = new Map<string, TrustEntry>();
  for (const e of file.entries) {
    const raw = fromBase64(e.publicKey);
    if (!raw || raw.length !== 32) throw new TrustError(`${e.keyId}: the public key is not 32 bytes of base64`);
    if (keyIdOf(raw) !== e.keyId) throw new TrustError(`${e.keyId}: the key id does not match the public key`);
    if (all.has(e.keyId)) throw new TrustError(`${e.keyId}: listed twice`);
    all.set(e.keyId, e);
  }
  for (const e of file.entries) if (e.rotation !== null) checkRotation(e, all);
  const byKeyId = new Map<string, TrustedKey>();
  for (const e of file.entries) {
    byKeyId.set(e.keyId, {
      code: e.code,
      name: e.name,
      keyId: e.keyId,
      publicKey: fromBase64(e.publicKey)!,
      validFrom: e.validFrom,
      retiredAt: e.retiredAt,
    });
  }
  return { file, trust: { byKeyId } };
}

export function trustEntryOf(args: {
  code: string;
  name: string;
  publicKey: Uint8Array;
  validFrom: string;
  retiredAt: string | null;
  rotation: Envelope | null;
}): TrustEntry {
  return {
    code: args.code,
    name: args.name,
    keyId: keyIdOf(args.publicKey),
    publicKey: toBase64(args.publicKey),
    validFrom: args.validFrom,
    retiredAt: args.retiredAt,
    rotation: args.rotation ? envelopeToJson(args.rotation) : null,
  };
}

export function serializeTrustFile(entries: TrustEntry[]): string {
  const file: TrustFile = { format: TRUST_FORMAT, entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Merges trust files (the ministry's step): the same key listed twice must be listed the same
 * way (a later retirement wins over an earlier "not retired"); entries sorted by code, then date.
 */
export function mergeTrustFiles(files: TrustFile[]): TrustFile {
  const byId = new Map<string, TrustEntry>();
  for (const f of files) {
    for (const e of f.entries) {
      const had = byId.get(e.keyId);
      if (!had) {
        byId.set(e.keyId, e);
        continue;
      }
      const same = had.code === e.code && had.publicKey === e.publicKey && had.validFrom === e.validFrom;
      if (!same) throw new TrustError(`${e.keyId}: listed differently in two files`);
      if (!had.retiredAt && e.retiredAt) byId.set(e.keyId, { ...had, retiredAt: e.retiredAt });
    }
  }
  const entries = [...byId.values()].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0,
  );
  const merged: TrustFile = { format: TRUST_FORMAT, entries };
  parseTrustFile(serializeTrustFile(entries)); // the merged file must itself be valid
  return merged;
}

