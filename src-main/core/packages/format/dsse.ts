import { fromBase64, toBase64, verifyEd25519 } from '../crypto/keys';
import { parseStrictJson } from './json';

// DSSE (Dead Simple Signing Envelope, secure-systems-lab/dsse v1): the signature is over
// PAE(payloadType, payload), never over JSON, so the verifier checks the raw payload bytes before
// it parses them.

export const STATEMENT_PAYLOAD_TYPE = 'application/vnd.qaygi.statement+json';
export const ROTATION_PAYLOAD_TYPE = 'application/vnd.qaygi.key-rotation+json';
export const RECEIPT_PAYLOAD_TYPE = 'application/vnd.qaygi.receipt+json';

export interface EnvelopeSignature {
  keyid: string;
  sig: Buffer;
}

export interface Envelope {
  payloadType: string;
  payload: Buffer;
  signatures: EnvelopeSignature[];
}

/** PAE: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in ASCII decimal bytes. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${payload.length} `, 'ascii'),
    payload,
  ]);
}

export function signEnvelope(
  payloadType: string,
  payload: Uint8Array,
  signers: Array<{ keyId: string; sign(m: Uint8Array): Buffer }>,
): Envelope {
  const message = pae(payloadType, payload);
  return {
    payloadType,
    payload: Buffer.from(payload),
    signatures: signers.map((s) => ({ keyid: s.keyId, sig: s.sign(message) })),
  };
}

/** The envelope as written in the package: one line of JSON in a fixed key order, and a newline. */
export function serializeEnvelope(e: Envelope): Buffer {
  const json = {
    payloadType: e.payloadType,
    payload: toBase64(e.payload),
    signatures: e.signatures.map((s) => ({ keyid: s.keyid, sig: toBase64(s.sig) })),
  };
  return Buffer.from(`${JSON.stringify(json)}\n`, 'utf8');
}

export function envelopeToJson(e: Envelope): unknown {
  return JSON.parse(serializeEnvelope(e).toString('utf8'));
}

/** Reads an envelope strictly: exactly these keys, canonical base64, 1–4 signatures. Null if not. */
export function parseEnvelope(value: unknown): Envelope | null {
  if (!isPlainObject(value) || !hasExactKeys(value, ['payloadType', 'payload', 'signatures'])) return null;
  const { payloadType, payload, signatures } = value as Record<string, unknown>;
  if (typeof payloadType !== 'string' || typeof payload !== 'string' || !Array.isArray(signatures)) return null;
  if (signatures.length < 1 || signatures.length > 4) return null;
  const body = fromBase64(payload);
  if (!body) return null;
  const sigs: EnvelopeSignature[] = [];
  for (const s of signatures) {
    if (!isPlainObject(s) || !hasExactKeys(s, ['keyid', 'sig'])) return null;
    const { keyid, sig } = s as Record<string, unknown>;
    if (typeof keyid !== 'string' || typeof sig !== 'string') return null;
    const raw = fromBase64(sig);
    if (!raw) return null;
    sigs.push({ keyid, sig: raw });
  }
  return { payloadType, payload: body, signatures: sigs };
}

export function parseEnvelopeText(text: string): Envelope | null {
  try {
    return parseEnvelope(parseStrictJson(text));
  } catch {
    return null;
  }
}

export function verifyEnvelopeSignature(e: Envelope, sig: EnvelopeSignature, publicKey: Uint8Array): boolean {
  return verifyEd25519(publicKey, pae(e.payloadType, e.payload), sig.sig);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasExactKeys(o: Record<string, unknown>, keys: string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(o, k));
}
