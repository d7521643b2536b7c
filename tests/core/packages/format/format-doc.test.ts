import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ageEncrypt } from '../../../../src-main/core/packages/crypto/age';
import { pae, parseEnvelopeText } from '../../../../src-main/core/packages/format/dsse';
import { keyIdOf, signingKeyFromSeed, toBase64 } from '../../../../src-main/core/packages/crypto/keys';
import { KNOWN_SCHEMAS } from '../../../../src-main/core/packages/format/schemas/index';
import { parseTrustFile, serializeTrustFile, trustEntryOf } from '../../../../src-main/core/packages/format/trust';
import { verifyPackage } from '../../../../src-main/core/packages/verify/verifier';
import { VERIFY_CODES } from '../../../../src-main/core/packages/verify/codes';
import { writeZip } from '../../../../src-main/core/packages/format/zip-write';
import { zipEntriesOf } from '../../../../src-main/core/packages/format/bag';
import { exampleBag, EXAMPLE_IDENTITY, EXAMPLE_RECIPIENT, EXAMPLE_SEED } from '../worked-example';

// docs/package-format.md against the code: the worked example's files, sizes, hashes, statement
// and signature are read out of the document and recomputed; its schemas are the ones the code
// writes; every verifier code is specified.

const DOC = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/package-format.md'), 'utf8');
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** `<!-- file: PATH -->` followed by a fenced block: the file's bytes (CSV lines end with CRLF). */
function docFiles(): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const m of DOC.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)```/g)) {
    const text = m[1]!.endsWith('.csv') ? m[2]!.replace(/\n/g, '\r\n') : m[2]!;
    out.set(m[1]!, Buffer.from(text, 'utf8'));
  }
  return out;
}

const files = docFiles();
const csv = Object.fromEntries(KNOWN_SCHEMAS[1]!.map((r) => [r.name, files.get(`data/${r.name}.csv`)!]));
const bag = exampleBag(csv);

describe('docs/package-format.md, the worked example', () => {
  it('prints the data files and every tag file exactly as the code builds them', () => {
    expect([...files.keys()].sort()).toEqual([
      'bag-info.txt', 'bagit.txt', 'data/care_episodes.csv', 'data/indicators.csv', 'data/residents.csv',
      'manifest-sha256.txt', 'signature.dsse.json', 'tagmanifest-sha256.txt',
    ]);
    for (const [path, bytes] of files) expect({ path, text: bag.files.get(path)!.toString('utf8') }).toEqual({ path, text: bytes.toString('utf8') });
  });

  it('gives the right size and SHA-256 for every file of the bag', () => {
    const rows = [...DOC.matchAll(/^\| `([^`]+)` \| (\d+) \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1], Number(m[2]), m[3]]);
    expect(rows.map((r) => r[0])).toEqual([...bag.files.keys()].sort());
    for (const [path, bytes, hash] of rows) {
      const f = bag.files.get(path as string)!;
      expect([path, f.length, sha(f)]).toEqual([path, bytes, hash]);
    }
  });

  it('prints the statement, its digest, the PAE digest and the signature the code makes', () => {
    const statement = /<!-- statement -->\n```json\n(.*)\n```/.exec(DOC)![1]!;
    expect(statement).toBe(bag.statementBytes.toString('utf8'));
    expect(DOC).toContain(`The statement (${bag.statementBytes.length} bytes`);
    expect(/statement digest: `([0-9a-f]{64})`/.exec(DOC)![1]).toBe(sha(bag.statementBytes));
    const env = parseEnvelopeText(bag.files.get('signature.dsse.json')!.toString())!;
    expect(/PAE SHA-256: `([0-9a-f]{64})`/.exec(DOC)![1]).toBe(sha(pae(env.payloadType, env.payload)));
    expect(/Ed25519 signature \(base64\): `([^`]+)`/.exec(DOC)![1]).toBe(toBase64(env.signatures[0]!.sig));
  });

  it('gives the fixed keys as the code derives them', () => {
    const key = signingKeyFromSeed(EXAMPLE_SEED);
    expect(DOC).toContain(`| its public key (base64) | \`${toBase64(key.publicKey)}\` |`);
    expect(DOC).toContain(`| its key id | \`${keyIdOf(key.publicKey)}\` |`);
    expect(DOC).toContain(`| the ministry's identity | \`${EXAMPLE_IDENTITY}\``);
    expect(DOC).toContain(`| the ministry's recipient | \`${EXAMPLE_RECIPIENT}\` |`);
    expect(DOC).toContain(`"keyId": "${key.keyId}",\n      "publicKey": "${toBase64(key.publicKey)}"`);
  });

  it('is a package the verifier accepts', async () => {
    const key = signingKeyFromSeed(EXAMPLE_SEED);
    const trust = parseTrustFile(
      serializeTrustFile([trustEntryOf({ code: 'BAK-UE-03', name: 'Bakı şəhəri 3 nömrəli uşaq evi', publicKey: key.publicKey, validFrom: '2026-01-10T08:00:00Z', retiredAt: null, rotation: null })]),
    ).trust;
    const bytes = ageEncrypt(await writeZip(zipEntriesOf(bag)), EXAMPLE_RECIPIENT);
    const r = await verifyPackage(bytes, { identity: EXAMPLE_IDENTITY, trust, now: new Date('2026-10-06T00:00:00Z') });
    expect(r.ok && r.value.resources).toEqual([
      { name: 'residents', rows: 2 },
      { name: 'care_episodes', rows: 2 },
      { name: 'indicators', rows: 16 },
    ]);
  });
});

describe('docs/package-format.md, the rest', () => {
  it('gives each resource of schema version 1 exactly as datapackage.json carries it', () => {
    const blocks = [...DOC.matchAll(/<!-- resource: (\w+) -->\n```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[2]!));
    expect(blocks).toEqual(JSON.parse(JSON.stringify(KNOWN_SCHEMAS[1]!.map(({ name, description, schema }) => ({ name, description, schema })))));
  });

  it('specifies every verifier code', () => {
    const missing = Object.keys(VERIFY_CODES).filter((c) => !DOC.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });
});
