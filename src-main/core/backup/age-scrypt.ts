import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import {
  AgeError,
  b64,
  CHUNK,
  chunkNonce,
  headerMac,
  hkdf,
  INTRO,
  MAX_HEADER,
  open,
  parseHeader,
  seal,
  TAG,
  unb64,
} from '../packages/crypto/age';

// age v1's passphrase recipient (https://age-encryption.org/v1, "The scrypt recipient type"), so
// that `age -d backup.age` asks for the passphrase and opens a backup with no Qayğı at hand:
//
//   -> scrypt <base64 of a 16-byte salt> <log2 N>
//   <base64 of ChaCha20-Poly1305(wrap key, zero nonce, file key)>
//
// wrap key = scrypt(passphrase, "age-encryption.org/v1/scrypt" ‖ salt, N, r=8, p=1, 32 bytes). A
// scrypt stanza is the only stanza of its file. The payload is age's STREAM, the same as for the
// X25519 files of packages/crypto/age.ts, whose primitives this uses; here it runs file to file, a
// chunk at a time, so a backup of any size needs 64 KiB of memory, not the whole database.

const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
/** age's own default work factor (about a second and 256 MiB here). */
export const DEFAULT_LOG_N = 18;
/** The largest work factor a file may ask of us (age's own limit); more is refused as malformed. */
const MAX_LOG_N = 22;

function wrapKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((ok, fail) =>
    scrypt(
      Buffer.from(passphrase, 'utf8'),
      Buffer.concat([Buffer.from(SCRYPT_LABEL, 'ascii'), salt]),
      32,
      { N, r: 8, p: 1, maxmem: 256 * N * 8 },
      (err, key) => (err ? fail(err) : ok(key)),
    ),
  );
}

async function readFully(fh: FileHandle, buf: Buffer, position: number): Promise<number> {
  let got = 0;
  while (got < buf.length) {
    const { bytesRead } = await fh.read(buf, got, buf.length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}

export interface PassphraseOptions {
  /** log2 of scrypt's N; DEFAULT_LOG_N unless a test asks for less. */
  logN?: number;
  /** Called with the fraction of the payload done (0…1). */
  onProgress?: (fraction: number) => void;
}

/**
 * Encrypts the file `src` into `dest` (created 0600, fsynced) for a passphrase. `dest` is the
 * caller's temporary name: it renames the file into place only once this resolved.
 */
export async function encryptFileWithPassphrase(src: string, dest: string, passphrase: string, opts: PassphraseOptions = {}): Promise<void> {
  const logN = opts.logN ?? DEFAULT_LOG_N;
  const salt = randomBytes(16);
  const fileKey = randomBytes(16);
  const body = seal(await wrapKey(passphrase, salt, logN), Buffer.alloc(12), fileKey);
  const upToDashes = Buffer.from(`${INTRO}\n-> scrypt ${b64(salt)} ${logN}\n${b64(body)}\n---`, 'ascii');
  const header = Buffer.concat([upToDashes, Buffer.from(` ${b64(headerMac(fileKey, upToDashes))}\n`, 'ascii')]);
  const nonce = randomBytes(16);
  const streamKey = hkdf(fileKey, nonce, 'payload');

  const input = await openFile(src, 'r');
  const output = await openFile(dest, 'wx', 0o600);
  try {
    const size = (await input.stat()).size;
    await output.write(Buffer.concat([header, nonce]));
    const chunks = Math.max(1, Math.ceil(size / CHUNK));
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let i = 0; i < chunks; i++) {
      const want = Math.min(CHUNK, size - i * CHUNK);
      const got = await readFully(input, buf.subarray(0, want), i * CHUNK);
      if (got !== want) throw new Error('the file changed while it was encrypted');
      await output.write(seal(streamKey, chunkNonce(i, i === chunks - 1), buf.subarray(0, want)));
      if (i % 64 === 0 || i === chunks - 1) opts.onProgress?.((i + 1) / chunks);
    }
    await output.sync();
  } finally {
    await input.close();
    await output.close();
  }
}

/**
 * Decrypts the passphrase-encrypted age file `src` into `dest` (created 0600). Throws AgeError:
 * `age_header` (not an age file, or not one a passphrase opens), `age_no_identity` (the wrong
 * passphrase), `age_header_mac`, `age_payload` (a changed byte), `age_truncated` (cut short).
 * `dest` may hold a partial plaintext when it throws: the caller removes it.
 */
export async function decryptFileWithPassphrase(src: string, dest: string, passphrase: string, opts: PassphraseOptions = {}): Promise<void> {
  const input = await openFile(src, 'r');
  try {
    const size = (await input.stat()).size;
    const head = Buffer.alloc(Math.min(size, MAX_HEADER));
    await readFully(input, head, 0);
    // Not an age file at all (a database, a document) is told from one cut inside its header.
    const intro = Buffer.from(`${INTRO}\n`, 'ascii');
    if (!intro.subarray(0, Math.min(intro.length, head.length)).equals(head.subarray(0, intro.length))) {
      throw new AgeError('age_header', 'not an age file');
    }
    const h = parseHeader(head);
    const stanza = h.stanzas.find((s) => s.args[0] === 'scrypt');
    if (!stanza) throw new AgeError('age_header', 'not encrypted with a passphrase');
    if (h.stanzas.length !== 1) throw new AgeError('age_header', 'a scrypt stanza must be alone');
    const [, saltText, logText] = stanza.args;
    const salt = stanza.args.length === 3 ? unb64(saltText!) : null;
    if (!salt || salt.length !== 16 || !/^[1-9][0-9]?$/.test(logText!) || stanza.body.length !== 32) {
      throw new AgeError('age_header', 'malformed scrypt stanza');
    }
    const logN = Number(logText);
    if (logN > MAX_LOG_N) throw new AgeError('age_header', 'scrypt work factor too large');
    const fileKey = open(await wrapKey(passphrase, salt, logN), Buffer.alloc(12), stanza.body);
    if (!fileKey || fileKey.length !== 16) throw new AgeError('age_no_identity', 'wrong passphrase');
    if (!timingSafeEqual(headerMac(fileKey, h.covered), h.mac)) throw new AgeError('age_header_mac', 'the header MAC does not match');
    if (size - h.end < 16) throw new AgeError('age_truncated', 'the file ends before the payload nonce');
    const nonce = Buffer.alloc(16);
    await readFully(input, nonce, h.end);
    const streamKey = hkdf(fileKey, nonce, 'payload');
    const start = h.end + 16;
    const payload = size - start;
    if (payload < TAG) throw new AgeError('age_truncated', 'the file ends before the first chunk');

    const output = await openFile(dest, 'wx', 0o600);
    try {
      const buf = Buffer.allocUnsafe(CHUNK + TAG);
      const total = Math.max(1, Math.ceil(payload / (CHUNK + TAG)));
      for (let off = 0, counter = 0; ; counter++) {
        const remaining = payload - off;
        const len = Math.min(remaining, CHUNK + TAG);
        await readFully(input, buf.subarray(0, len), start + off);
        const piece = buf.subarray(0, len);
        if (remaining > CHUNK + TAG) {
          const pt = open(streamKey, chunkNonce(counter, false), piece);
          if (!pt) throw new AgeError('age_payload', `chunk ${counter} does not authenticate`);
          await output.write(pt);
          off += len;
          if (counter % 64 === 0) opts.onProgress?.(counter / total);
          continue;
        }
        const pt = open(streamKey, chunkNonce(counter, true), piece);
        if (pt) {
          if (pt.length === 0 && counter > 0) throw new AgeError('age_payload', 'empty final chunk');
          await output.write(pt);
          break;
        }
        if (len === CHUNK + TAG && open(streamKey, chunkNonce(counter, false), piece)) {
          throw new AgeError('age_truncated', 'the file ends before its final chunk');
        }
        throw new AgeError('age_payload', `chunk ${counter} does not authenticate`);
      }
      await output.sync();
      opts.onProgress?.(1);
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}
