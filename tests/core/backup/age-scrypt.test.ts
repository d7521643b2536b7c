import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { decryptFileWithPassphrase, encryptFileWithPassphrase } from '../../../src-main/core/backup/age-scrypt';
import { AgeError } from '../../../src-main/core/packages/crypto/age';
import { tempDir } from '../../helpers/db';

// age's scrypt (passphrase) recipient, file to file, against typage (the age authors' TypeScript
// age) and Debian's `age` command, which reads a passphrase only from a terminal: age-tty.py gives
// it one (a pty) and types the passphrase at its prompts.

const hasAgeCli = spawnSync('age', ['--version']).status === 0;
const ageCliNote = hasAgeCli ? '' : ' [skipped: the `age` command is not installed (Debian: apt-get install -y age)]';
const AGE_TTY = join(dirname(fileURLToPath(import.meta.url)), 'age-tty.py');
const PASS = 'düz at, düz get 2026';
const SIZES = [0, 1, 65536, 65537, 3 * 65536 + 5];

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AgeError) return e.code;
    throw e;
  }
  return undefined;
}

describe('age scrypt recipient', () => {
  it('round-trips files of every chunk boundary, and typage opens each (and we open typage’s)', async () => {
    const dir = tempDir();
    for (const size of SIZES) {
      const plain = randomBytes(size);
      writeFileSync(join(dir, `p${size}`), plain);
      await encryptFileWithPassphrase(join(dir, `p${size}`), join(dir, `e${size}`), PASS, { logN: 10 });
      const file = readFileSync(join(dir, `e${size}`));
      expect(file.subarray(0, 80).toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt [A-Za-z0-9+/]{22} 10\n/);
      await decryptFileWithPassphrase(join(dir, `e${size}`), join(dir, `d${size}`), PASS);
      expect(readFileSync(join(dir, `d${size}`)).equals(plain)).toBe(true);
      const d = new Decrypter();
      d.addPassphrase(PASS);
      expect(Buffer.from(await d.decrypt(file)).equals(plain)).toBe(true);

      const e = new Encrypter();
      e.setPassphrase(PASS);
      e.setScryptWorkFactor(10);
      writeFileSync(join(dir, `t${size}`), await e.encrypt(plain));
      await decryptFileWithPassphrase(join(dir, `t${size}`), join(dir, `u${size}`), PASS);
      expect(readFileSync(join(dir, `u${size}`)).equals(plain)).toBe(true);
    }
  });

  it('names a wrong passphrase, a changed byte, a file cut short and a file that is not one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p'), randomBytes(200_000));
    await encryptFileWithPassphrase(join(dir, 'p'), join(dir, 'e'), PASS, { logN: 10 });
    const good = readFileSync(join(dir, 'e'));
    let n = 0;
    const attempt = (bytes: Buffer, pass = PASS) => {
      const f = join(dir, `x${n++}`);
      writeFileSync(f, bytes);
      return codeOf(decryptFileWithPassphrase(f, `${f}.out`, pass));
    };
    expect(await attempt(good, 'another passphrase')).toBe('age_no_identity');
    const flipped = Buffer.from(good);
    flipped[flipped.length - 1000]! ^= 1;
    expect(await attempt(flipped)).toBe('age_payload');
    // Cut at a chunk's end: the stream's last chunk is missing. Cut inside one: that chunk fails.
    const payloadStart = good.indexOf('\n', good.indexOf('\n--- ') + 1) + 1 + 16;
    expect(await attempt(good.subarray(0, payloadStart + 2 * (65536 + 16)))).toBe('age_truncated');
    expect(await attempt(good.subarray(0, good.length - 70_000))).toBe('age_payload');
    expect(await attempt(good.subarray(0, 60))).toBe('age_truncated');
    expect(await attempt(Buffer.from('SQLite format 3\0 and then some'))).toBe('age_header');
    // A work factor no one should be made to pay (age's own limit is 22).
    expect(await attempt(Buffer.from(good.toString('latin1').replace(/ 10\n/, ' 30\n'), 'latin1'))).toBe('age_header');
  });

  it.skipIf(!hasAgeCli)(`the age command decrypts ours with the passphrase, and we decrypt what age -p made${ageCliNote}`, async () => {
    const dir = tempDir();
    const plain = randomBytes(150_000);
    writeFileSync(join(dir, 'plain'), plain);
    await encryptFileWithPassphrase(join(dir, 'plain'), join(dir, 'ours.age'), PASS, { logN: 12 });
    const dec = spawnSync('python3', [AGE_TTY, PASS, 'age', '-d', '-o', join(dir, 'by-age'), join(dir, 'ours.age')], { encoding: 'utf8' });
    expect(dec.status, dec.stderr).toBe(0);
    expect(readFileSync(join(dir, 'by-age')).equals(plain)).toBe(true);

    const enc = spawnSync('python3', [AGE_TTY, PASS, 'age', '-p', '-o', join(dir, 'theirs.age'), join(dir, 'plain')], { encoding: 'utf8' });
    expect(enc.status, enc.stderr).toBe(0);
    expect(readFileSync(join(dir, 'theirs.age')).subarray(0, 32).toString('latin1')).toContain('-> scrypt ');
    await decryptFileWithPassphrase(join(dir, 'theirs.age'), join(dir, 'by-us'), PASS);
    expect(readFileSync(join(dir, 'by-us')).equals(plain)).toBe(true);
    // And age refuses ours under another passphrase (the test would pass on anything otherwise).
    const wrong = spawnSync('python3', [AGE_TTY, 'not the passphrase', 'age', '-d', '-o', join(dir, 'no'), join(dir, 'ours.age')], { encoding: 'utf8' });
    expect(wrong.status).not.toBe(0);
  });
});
