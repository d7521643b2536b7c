import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Password hashing with node:crypto scrypt and a random salt per user. The parameters are stored
// with each hash, so they can be raised later without locking anyone out.

export interface ScryptParams {
  alg: 'scrypt';
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** OWASP's scrypt floor (N=2^17, r=8, p=1): 128 MiB and about a quarter of a second a check on an
 *  office PC (262 ms measured on the 2-core development machine). Older hashes keep their stored
 *  parameters and are replaced at the next successful sign-in (`needsRehash`). */
export const DEFAULT_SCRYPT: ScryptParams = { alg: 'scrypt', N: 2 ** 17, r: 8, p: 1, keylen: 32 };

export interface PasswordHash {
  hash: string;
  salt: string;
  params: string;
}

function derive(password: string, salt: Buffer, p: ScryptParams): Promise<Buffer> {
  const opts: ScryptOptions = { N: p.N, r: p.r, p: p.p, maxmem: 256 * p.N * p.r + 1024 * 1024 };
  return new Promise((ok, fail) =>
    scrypt(password.normalize('NFC'), salt, p.keylen, opts, (err, key) => (err ? fail(err) : ok(key))),
  );
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params: JSON.stringify(params) };
}

function parseParams(s: string): ScryptParams {
  const p = JSON.parse(s) as Partial<ScryptParams>;
  if (p.alg !== 'scrypt' || !p.N || !p.r || !p.p || !p.keylen) throw new Error(`unknown password hash parameters: ${s}`);
  return { alg: 'scrypt', N: p.N, r: p.r, p: p.p, keylen: p.keylen };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), parseParams(stored.params));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash made with less work than today's parameters (it is upgraded once the password is known). */
export function needsRehash(params: string): boolean {
  const p = parseParams(params);
  return p.N < DEFAULT_SCRYPT.N || p.r < DEFAULT_SCRYPT.r || p.p < DEFAULT_SCRYPT.p || p.keylen < DEFAULT_SCRYPT.keylen;
}

let dummy: Promise<PasswordHash> | null = null;

/** Spends the same time as a real check, so an unknown username answers as slowly as a wrong password. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('not a password of anyone');
  await verifyPassword(password, await dummy);
  return false;
}
