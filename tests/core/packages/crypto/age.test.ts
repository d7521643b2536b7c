import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  AgeError,
  ageDecrypt,
  ageEncrypt,
  decodeIdentity,
  generateAgeIdentity,
  readKeyFile,
  recipientFingerprint,
  recipientOf,
} from '../../../../src-main/core/packages/crypto/age';
import { tempDir } from '../../../helpers/db';

// Our age v1 implementation against two independent ones: typage (the `age-encryption` package
// by the age authors) and, where Debian's `age` package is installed, the `age` command itself.

const SIZES = [0, 1, 1000, 65535, 65536, 65537, 3 * 65536 + 5];
const hasAgeCli = spawnSync('age', ['--version']).status === 0;
const ageCliNote = hasAgeCli ? '' : ' [skipped: the `age` command is not installed (Debian: apt-get install -y age)]';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof AgeError) return e.code;
    throw e;
  }
  return undefined;
}

describe('age v1 (X25519)', () => {
  it('makes keys in age’s text forms', () => {
    const { identity, recipient } = generateAgeIdentity();
    expect(identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(recipientOf(identity)).toBe(recipient);
    expect(recipientFingerprint(recipient)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
  });

  it.each(SIZES)('typage decrypts what we encrypt, and we decrypt what typage encrypts (%i bytes)', async (n) => {
    const { identity, recipient } = generateAgeIdentity();
    const plain = randomBytes(n);
    const d = new Decrypter();
    d.addIdentity(identity);
    expect(Buffer.from(await d.decrypt(ageEncrypt(plain, recipient))).equals(plain)).toBe(true);
    const e = new Encrypter();
    e.addRecipient(recipient);
    expect(ageDecrypt(await e.encrypt(plain), identity).equals(plain)).toBe(true);
  });

  it.skipIf(!hasAgeCli)(`the age command decrypts what we encrypt, and we decrypt what it encrypts${ageCliNote}`, () => {
    const dir = tempDir();
    const { identity, recipient } = generateAgeIdentity();
    const idFile = join(dir, 'identity.txt');
    writeFileSync(idFile, `# test\n${identity}\n`);
    for (const n of [0, 70000]) {
      const plain = randomBytes(n);
      const file = join(dir, `p${n}.age`);
      writeFileSync(file, ageEncrypt(plain, recipient));
      expect(execFileSync('age', ['--decrypt', '-i', idFile, file]).equals(plain)).toBe(true);
      const theirs = execFileSync('age', ['--encrypt', '-r', recipient], { input: plain });
      expect(ageDecrypt(theirs, identity).equals(plain)).toBe(true);
    }
  });

  it('also decrypts a file with several recipients and unknown stanzas', async () => {
    const a = generateAgeIdentity();
    const b = generateAgeIdentity();
    const e = new Encrypter();
    e.addRecipient(a.recipient);
    e.addRecipient(b.recipient);
    const ct = Buffer.from(await e.encrypt(Buffer.from('hello')));
    expect(ageDecrypt(ct, b.identity).toString()).toBe('hello');
    // An unknown stanza type before ours is skipped (age's rule for stanzas an identity does not know).
    const text = ct.toString('latin1');
    const withGrease = text.replace('-> X25519', '-> grease-x a b\nAAAA\n-> X25519');
    // The MAC covers the header, so the greased file must fail the MAC, not the parser.
    expect(codeOf(() => ageDecrypt(Buffer.from(withGrease, 'latin1'), a.identity))).toBe('age_header_mac');
  });

  describe('each way a file fails has its own code', () => {
    const { identity, recipient } = generateAgeIdentity();
    const plain = randomBytes(3 * 65536 + 100);
    const ct = ageEncrypt(plain, recipient);
    const headerEnd = ct.indexOf('\n---') + 1 + 48; // "--- " + 43 + "\n"

    it('wrong recipient', () => {
      expect(codeOf(() => ageDecrypt(ct, generateAgeIdentity().identity))).toBe('age_no_identity');
    });
    it('a changed stanza body: no stanza opens for this identity', () => {
      const bad = Buffer.from(ct);
      const bodyAt = ct.indexOf('\n', ct.indexOf('-> X25519')) + 5;
      bad[bodyAt] = bad[bodyAt] === 0x41 ? 0x42 : 0x41;
      expect(codeOf(() => ageDecrypt(bad, identity))).toBe('age_no_identity');
    });
    it('a changed MAC', () => {
      const bad = Buffer.from(ct);
      const at = ct.indexOf('--- ') + 6;
      bad[at] = bad[at] === 0x41 ? 0x42 : 0x41;
      expect(codeOf(() => ageDecrypt(bad, identity))).toBe('age_header_mac');
    });
    it('not an age file', () => {
      expect(codeOf(() => ageDecrypt(Buffer.from('PK\u0003\u0004 not age\n'), identity))).toBe('age_header');
      expect(codeOf(() => ageDecrypt(Buffer.from(ct.toString('latin1').replace('age-encryption.org/v1', 'age-encryption.org/v2'), 'latin1'), identity))).toBe('age_header');
    });
    it('a flipped byte in the payload', () => {
      for (const at of [headerEnd + 20, headerEnd + 16 + 65536 + 16 + 7, ct.length - 3]) {
        const bad = Buffer.from(ct);
        bad[at]! ^= 0x01;
        expect(codeOf(() => ageDecrypt(bad, identity))).toBe('age_payload');
      }
    });
    it('a file cut at a chunk boundary, inside the header, or before the nonce', () => {
      expect(codeOf(() => ageDecrypt(ct.subarray(0, headerEnd + 16 + 2 * (65536 + 16)), identity))).toBe('age_truncated');
      expect(codeOf(() => ageDecrypt(ct.subarray(0, 40), identity))).toBe('age_truncated');
      expect(codeOf(() => ageDecrypt(ct.subarray(0, headerEnd + 10), identity))).toBe('age_truncated');
    });
    it('chunks reordered', () => {
      const start = headerEnd + 16;
      const c = 65536 + 16;
      const bad = Buffer.concat([ct.subarray(0, start), ct.subarray(start + c, start + 2 * c), ct.subarray(start, start + c), ct.subarray(start + 2 * c)]);
      expect(codeOf(() => ageDecrypt(bad, identity))).toBe('age_payload');
    });
  });

  it('reads key files: comments and blank lines skipped, exactly one key', () => {
    const { identity, recipient } = generateAgeIdentity();
    expect(readKeyFile(`# created: now\n# public key: ${recipient}\n${identity}\n`, 'identity')).toBe(identity);
    expect(readKeyFile(`\n${recipient}\r\n`, 'recipient')).toBe(recipient);
    expect(readKeyFile(`${recipient}\n${recipient}\n`, 'recipient')).toBeNull();
    expect(readKeyFile(identity, 'recipient')).toBeNull();
    expect(readKeyFile(recipient.replace(/.$/, (c) => (c === 'q' ? 'p' : 'q')), 'recipient')).toBeNull();
    expect(decodeIdentity(identity.toLowerCase())).toBeNull();
  });
});
