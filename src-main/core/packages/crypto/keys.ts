import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

// The institution's Ed25519 signing key (node:crypto). The key id is the first 8 bytes of the
// SHA-256 of the raw 32-byte public key, in hex: a hint for finding the key, never a proof.

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface SigningKeyPair {
  /** Raw 32-byte public key. */
  publicKey: Buffer;
  /** PKCS#8 DER of the private key: what the key store seals. */
  pkcs8: Buffer;
  keyId: string;
}

/** Something that signs with one key: the exporter needs only this, never the key store. */
export interface Signer {
  keyId: string;
  publicKey: Buffer;
  sign(message: Uint8Array): Buffer;
}

export function keyIdOf(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex').slice(0, 16);
}

/** The full SHA-256 of the raw public key in groups of four, to compare by eye or by phone. */
export function keyFingerprint(publicKey: Uint8Array): string {
  return createHash('sha256').update(publicKey).digest('hex').match(/.{4}/g)!.join(' ');
}

export function generateSigningKey(): SigningKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  return keyPairFromPkcs8(privateKey.export({ format: 'der', type: 'pkcs8' }));
}

/** A key pair from a 32-byte seed (RFC 8032 private key): for fixed examples and tests. */
export function signingKeyFromSeed(seed: Uint8Array): SigningKeyPair {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  return keyPairFromPkcs8(Buffer.concat([ED25519_PKCS8_PREFIX, seed]));
}

export function keyPairFromPkcs8(pkcs8: Uint8Array): SigningKeyPair {
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  const publicKey = rawPublicKey(createPublicKey(key));
  return { publicKey, pkcs8: key.export({ format: 'der', type: 'pkcs8' }), keyId: keyIdOf(publicKey) };
}

function rawPublicKey(k: KeyObject): Buffer {
  return k.export({ format: 'der', type: 'spki' }).subarray(ED25519_SPKI_PREFIX.length);
}

export function signerOf(pair: SigningKeyPair): Signer {
  const key = createPrivateKey({ key: pair.pkcs8, format: 'der', type: 'pkcs8' });
  return { keyId: pair.keyId, publicKey: pair.publicKey, sign: (m) => sign(null, m, key) };
}

export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

/** Standard base64 with padding, and only its canonical form back (null otherwise). */
export function toBase64(b: Uint8Array): string {
  return Buffer.from(b).toString('base64');
}

export function fromBase64(s: string): Buffer | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return null;
  const b = Buffer.from(s, 'base64');
  return b.toString('base64') === s ? b : null;
}
