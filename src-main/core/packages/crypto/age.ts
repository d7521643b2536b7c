import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { bech32Decode, bech32Encode } from './bech32';

// age v1 (https://age-encryption.org/v1), X25519 recipients only, on node:crypto (OpenSSL's
// X25519, HKDF-SHA-256, HMAC-SHA-256 and ChaCha20-Poly1305). Written here rather than taken from
// the `age-encryption` package so that every way a file can fail has its own code (header, no
// matching recipient, header MAC, a damaged chunk, a file cut short), the crypto is native, and a
// file is processed chunk by chunk within the caller's size cap. The tests check it against two
// independent implementations: the `age-encryption` package (typage) and the `age` command.

export type AgeErrorCode = 'age_header' | 'age_no_identity' | 'age_header_mac' | 'age_payload' | 'age_truncated';

export class AgeError extends Error {
  constructor(
    readonly code: AgeErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'AgeError';
  }
}

export const INTRO = 'age-encryption.org/v1';
const X25519_LABEL = 'age-encryption.org/v1/X25519';
export const CHUNK = 64 * 1024;
export const TAG = 16;
export const MAX_HEADER = 64 * 1024;
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
const RECIPIENT_HRP = 'age';
const IDENTITY_HRP = 'age-secret-key-';

// --- keys -------------------------------------------------------------------------------------

function privateKeyOf(raw: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([X25519_PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' });
}

function publicKeyOf(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

function rawPublic(k: KeyObject): Buffer {
  return k.export({ format: 'der', type: 'spki' }).subarray(X25519_SPKI_PREFIX.length);
}

/** A new age X25519 key pair in age's own text forms. */
export function generateAgeIdentity(): { identity: string; recipient: string } {
  const { privateKey, publicKey } = generateKeyPairSync('x25519');
  const raw = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(X25519_PKCS8_PREFIX.length);
  return {
    identity: bech32Encode(IDENTITY_HRP, raw).toUpperCase(),
    recipient: bech32Encode(RECIPIENT_HRP, rawPublic(publicKey)),
  };
}

/** The raw 32-byte X25519 public key of an `age1…` recipient; null when it is not one. */
export function decodeRecipient(s: string): Uint8Array | null {
  if (!s.startsWith('age1') || s !== s.toLowerCase()) return null;
  const d = bech32Decode(s);
  return d && d.hrp === RECIPIENT_HRP && d.bytes.length === 32 ? d.bytes : null;
}

/** The raw 32-byte X25519 secret of an `AGE-SECRET-KEY-1…` identity; null when it is not one. */
export function decodeIdentity(s: string): Uint8Array | null {
  if (!s.startsWith('AGE-SECRET-KEY-1') || s !== s.toUpperCase()) return null;
  const d = bech32Decode(s);
  return d && d.hrp === IDENTITY_HRP && d.bytes.length === 32 ? d.bytes : null;
}

export function recipientOf(identity: string): string {
  const raw = decodeIdentity(identity);
  if (!raw) throw new Error('not an age identity');
  return bech32Encode(RECIPIENT_HRP, rawPublic(createPublicKey(privateKeyOf(raw))));
}

/** What people compare by eye: the first 8 bytes of SHA-256 of the raw public key, in groups of 4. */
export function recipientFingerprint(recipient: string): string {
  const raw = decodeRecipient(recipient);
  if (!raw) throw new Error('not an age recipient');
  const hex = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  return hex.match(/.{4}/g)!.join(' ');
}

/**
 * The one key in a file of age's text format: blank lines and `#` comments are skipped, exactly
 * one key must remain. Null when there is not exactly one valid key.
 */
export function readKeyFile(text: string, kind: 'identity' | 'recipient'): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length !== 1) return null;
  const key = lines[0]!;
  return (kind === 'identity' ? decodeIdentity(key) : decodeRecipient(key)) ? key : null;
}

// --- primitives (also used by core/backup's passphrase recipient) --------------------------------

export const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/=+$/, '');

/** age's base64: standard alphabet, no padding, canonical (re-encodes to the same text). */
export function unb64(s: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*$/.test(s) || s.length % 4 === 1) return null;
  const b = Buffer.from(s, 'base64');
  return b64(b) === s ? b : null;
}

export function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

export function seal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Buffer {
  const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  return Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
}

export function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG) return null;
  const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    return null;
  }
}

export function chunkNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(counter, 5, 6); // an 11-byte big-endian counter; 6 bytes are plenty here
  n[11] = last ? 1 : 0;
  return n;
}

export function headerMac(fileKey: Uint8Array, headerUpToDashes: Uint8Array): Buffer {
  return createHmac('sha256', hkdf(fileKey, new Uint8Array(0), 'header')).update(headerUpToDashes).digest();
}

// --- encrypt ----------------------------------------------------------------------------------

/** Encrypts `plaintext` to one `age1…` recipient: a binary (not armored) age v1 file. */
export function ageEncrypt(plaintext: Uint8Array, recipient: string): Buffer {
  const theirs = decodeRecipient(recipient);
  if (!theirs) throw new Error('not an age recipient');
  const fileKey = randomBytes(16);
  const eph = generateKeyPairSync('x25519');
  const share = rawPublic(eph.publicKey);
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: publicKeyOf(theirs) });
  if (shared.every((b) => b === 0)) throw new Error('low-order recipient key');
  const wrapKey = hkdf(shared, Buffer.concat([share, theirs]), X25519_LABEL);
  const body = seal(wrapKey, Buffer.alloc(12), fileKey);
  const bodyText = b64(body);
  let bodyLines = '';
  for (let i = 0; i < bodyText.length; i += 64) bodyLines += `${bodyText.slice(i, i + 64)}\n`;
  if (bodyText.length % 64 === 0) bodyLines += '\n';
  const upToDashes = Buffer.from(`${INTRO}\n-> X25519 ${b64(share)}\n${bodyLines}---`, 'ascii');
  const header = Buffer.concat([upToDashes, Buffer.from(` ${b64(headerMac(fileKey, upToDashes))}\n`, 'ascii')]);

  const nonce = randomBytes(16);
  const streamKey = hkdf(fileKey, nonce, 'payload');
  const parts: Buffer[] = [header, nonce];
  const chunks = Math.max(1, Math.ceil(plaintext.length / CHUNK));
  for (let i = 0; i < chunks; i++) {
    const piece = plaintext.subarray(i * CHUNK, Math.min(plaintext.length, (i + 1) * CHUNK));
    parts.push(seal(streamKey, chunkNonce(i, i === chunks - 1), piece));
  }
  return Buffer.concat(parts);
}

// --- decrypt ----------------------------------------------------------------------------------

export interface Stanza {
  args: string[];
  body: Buffer;
}

/** Reads the header; returns the stanzas, the MAC, the bytes it covers and where the payload starts. */
export function parseHeader(file: Uint8Array): { stanzas: Stanza[]; mac: Buffer; covered: Uint8Array; end: number } {
  let pos = 0;
  const line = (): string => {
    const limit = Math.min(file.length, MAX_HEADER);
    let nl = -1;
    for (let i = pos; i < limit; i++) {
      if (file[i] === 0x0a) {
        nl = i;
        break;
      }
    }
    if (nl < 0) {
      if (file.length < MAX_HEADER) throw new AgeError('age_truncated', 'the file ends inside the header');
      throw new AgeError('age_header', 'the header is too long');
    }
    const bytes = file.subarray(pos, nl);
    for (const b of bytes) if (b < 0x20 || b > 0x7e) throw new AgeError('age_header', 'a header line is not printable ASCII');
    pos = nl + 1;
    return Buffer.from(bytes).toString('ascii');
  };
  if (line() !== INTRO) throw new AgeError('age_header', 'not an age v1 file');
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = pos;
    const l = line();
    if (l.startsWith('-> ')) {
      const args = l.slice(3).split(' ');
      if (args.some((a) => !/^[\x21-\x7e]+$/.test(a))) throw new AgeError('age_header', 'bad stanza arguments');
      let text = '';
      for (;;) {
        const bl = line();
        if (bl.length > 64) throw new AgeError('age_header', 'a stanza body line is too long');
        text += bl;
        if (bl.length < 64) break;
      }
      const body = unb64(text);
      if (!body) throw new AgeError('age_header', 'a stanza body is not canonical base64');
      stanzas.push({ args, body });
      if (stanzas.length > 64) throw new AgeError('age_header', 'too many stanzas');
      continue;
    }
    const m = /^--- ([A-Za-z0-9+/]{43})$/.exec(l);
    if (!m) throw new AgeError('age_header', 'expected a stanza or the MAC line');
    const mac = unb64(m[1]!);
    if (!mac || mac.length !== 32) throw new AgeError('age_header', 'bad MAC encoding');
    if (stanzas.length === 0) throw new AgeError('age_header', 'no recipient stanza');
    return { stanzas, mac, covered: file.subarray(0, start + 3), end: pos };
  }
}

function unwrapX25519(stanzas: Stanza[], secret: Uint8Array): Buffer | null {
  const ours = privateKeyOf(secret);
  const ourPublic = rawPublic(createPublicKey(ours));
  for (const s of stanzas) {
    if (s.args[0] !== 'X25519') continue;
    const share = s.args.length === 2 ? unb64(s.args[1]!) : null;
    if (!share || share.length !== 32 || s.body.length !== 32) throw new AgeError('age_header', 'malformed X25519 stanza');
    let shared: Buffer;
    try {
      shared = diffieHellman({ privateKey: ours, publicKey: publicKeyOf(share) });
    } catch {
      throw new AgeError('age_header', 'invalid X25519 share');
    }
    if (shared.every((b) => b === 0)) throw new AgeError('age_header', 'low-order X25519 share');
    const wrapKey = hkdf(shared, Buffer.concat([share, ourPublic]), X25519_LABEL);
    const fileKey = open(wrapKey, Buffer.alloc(12), s.body);
    if (fileKey && fileKey.length === 16) return fileKey;
  }
  return null;
}

/**
 * Decrypts a binary age v1 file with one identity. Throws AgeError naming the first thing wrong:
 * a malformed header, no stanza for this identity (wrong recipient), a header MAC that does not
 * hold (the header was changed), a chunk that does not authenticate (a changed byte), or a file
 * that ends before its final chunk (cut short).
 */
export function ageDecrypt(file: Uint8Array, identity: string): Buffer {
  const secret = decodeIdentity(identity);
  if (!secret) throw new Error('not an age identity');
  const h = parseHeader(file);
  const fileKey = unwrapX25519(h.stanzas, secret);
  if (!fileKey) throw new AgeError('age_no_identity', 'the file is not encrypted to this identity');
  if (!timingSafeEqual(headerMac(fileKey, h.covered), h.mac)) throw new AgeError('age_header_mac', 'the header MAC does not match');
  if (file.length - h.end < 16) throw new AgeError('age_truncated', 'the file ends before the payload nonce');
  const streamKey = hkdf(fileKey, file.subarray(h.end, h.end + 16), 'payload');
  const payload = file.subarray(h.end + 16);
  if (payload.length < TAG) throw new AgeError('age_truncated', 'the file ends before the first chunk');
  const out = Buffer.allocUnsafe(payload.length);
  let written = 0;
  for (let off = 0, counter = 0; ; counter++) {
    const remaining = payload.length - off;
    if (remaining > CHUNK + TAG) {
      const pt = open(streamKey, chunkNonce(counter, false), payload.subarray(off, off + CHUNK + TAG));
      if (!pt) throw new AgeError('age_payload', `chunk ${counter} does not authenticate`);
      pt.copy(out, written);
      written += pt.length;
      off += CHUNK + TAG;
      continue;
    }
    const last = payload.subarray(off);
    const pt = open(streamKey, chunkNonce(counter, true), last);
    if (pt) {
      if (pt.length === 0 && counter > 0) throw new AgeError('age_payload', 'empty final chunk');
      pt.copy(out, written);
      written += pt.length;
      return out.subarray(0, written);
    }
    // A full chunk that authenticates as a middle chunk: the chunks after it are missing.
    if (last.length === CHUNK + TAG && open(streamKey, chunkNonce(counter, false), last)) {
      throw new AgeError('age_truncated', 'the file ends before its final chunk');
    }
    throw new AgeError('age_payload', `chunk ${counter} does not authenticate`);
  }
}
