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

/** About 50–100 ms and 32 MiB on an office PC (OWASP's scrypt floor is N=2^17 r=8 p=1 at 128 MiB;
 *  a shared 4 GB PC runs the app, so we take 2^15 and rely on the lockout for online guessing). */
export const DEFAULT_SCRYPT: ScryptParams = { alg: 'scrypt', N: 2 ** 15, r: 8, p: 1, keylen: 32 };

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

let dummy: Promise<PasswordHash> | null = null;

/** Spends the same time as a real check, so an unknown username answers as slowly as a wrong password. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummy ??= hashPassword('not a password of anyone');
  await verifyPassword(password, await dummy);
  return false;
}
