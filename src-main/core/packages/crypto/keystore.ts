import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { parseStrictJson } from '../format/json';

// Where the institution's private signing key rests. The core knows only this interface; the app
// implements it with Electron safeStorage, the command line (and the app where Linux has no
// keyring) with a passphrase, below.

export type SealKind = 'passphrase' | 'safe_storage';

export interface KeyStore {
  readonly kind: SealKind;
  /** Seals a secret; `label` (the key id) is bound to it, so a sealed blob cannot be moved to another key. */
  seal(secret: Uint8Array, label: string): Promise<string>;
  /** Opens what `seal` made; throws KeyStoreError('wrong_secret') when it cannot. */
  open(sealed: string, label: string): Promise<Buffer>;
}

export class KeyStoreError extends Error {
  constructor(readonly reason: 'wrong_secret' | 'malformed' | 'weak_passphrase') {
    super(`key store: ${reason}`);
    this.name = 'KeyStoreError';
  }
}

export const MIN_PASSPHRASE_LENGTH = 10;

// scrypt N=2^16, r=8, p=1: 64 MiB and a fraction of a second per opening.
const SCRYPT = { logN: 16, r: 8, p: 1 };
const MAX_LOG_N = 20;

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

const aad = (label: string) => Buffer.from(`qaygi-signing-key:${label}`, 'utf8');

interface Sealed {
  v: 1;
  kdf: 'scrypt';
  logN: number;
  r: number;
  p: number;
  salt: string;
  nonce: string;
  ct: string;
  tag: string;
}

/** The passphrase key store: scrypt derives a key that seals the secret with AES-256-GCM. */
export function passphraseKeyStore(passphrase: string): KeyStore {
  return {
    kind: 'passphrase',
    async seal(secret, label) {
      if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new KeyStoreError('weak_passphrase');
      const salt = randomBytes(16);
      const nonce = randomBytes(12);
      const key = await deriveKey(passphrase, salt, SCRYPT.logN, SCRYPT.r, SCRYPT.p);
      const c = createCipheriv('aes-256-gcm', key, nonce);
      c.setAAD(aad(label));
      const ct = Buffer.concat([c.update(secret), c.final()]);
      const sealed: Sealed = {
        v: 1,
        kdf: 'scrypt',
        ...SCRYPT,
        salt: salt.toString('base64'),
        nonce: nonce.toString('base64'),
        ct: ct.toString('base64'),
        tag: c.getAuthTag().toString('base64'),
      };
      return JSON.stringify(sealed);
    },
    async open(text, label) {
      let s: Sealed;
      try {
        s = parseStrictJson(text) as Sealed;
      } catch {
        throw new KeyStoreError('malformed');
      }
      if (s?.v !== 1 || s.kdf !== 'scrypt' || !Number.isInteger(s.logN) || s.logN < 10 || s.logN > MAX_LOG_N) {
        throw new KeyStoreError('malformed');
      }
      const key = await deriveKey(passphrase, Buffer.from(s.salt, 'base64'), s.logN, s.r, s.p);
      const d = createDecipheriv('aes-256-gcm', key, Buffer.from(s.nonce, 'base64'));
      d.setAAD(aad(label));
      d.setAuthTag(Buffer.from(s.tag, 'base64'));
      try {
        return Buffer.concat([d.update(Buffer.from(s.ct, 'base64')), d.final()]);
      } catch {
        throw new KeyStoreError('wrong_secret');
      }
    },
  };
}
