import { createHash } from 'node:crypto';
import { ageEncrypt } from '../../../src-main/core/packages/crypto/age';
import { buildBag, type BagInput } from '../../../src-main/core/packages/format/bag';
import { buildManifest } from '../../../src-main/core/packages/format/bagit';
import { serializeEnvelope, signEnvelope, STATEMENT_PAYLOAD_TYPE } from '../../../src-main/core/packages/format/dsse';
import { SIGNATURE_FILE, TAG_FILES, TAGMANIFEST_FILE } from '../../../src-main/core/packages/format/names';
import { signerOf, type Signer } from '../../../src-main/core/packages/crypto/keys';
import type { Statement } from '../../../src-main/core/packages/format/statement';
import { writeZip } from '../../../src-main/core/packages/format/zip-write';
import { bagInput, type World } from './fixture';

// Builds a package the way an attacker (or a broken exporter) could: change files after signing,
// re-sign a changed statement with a key of one's choosing, re-zip by hand, re-encrypt.

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface ForgeOptions {
  base?: Partial<BagInput>;
  /** Changes to the bag's files. With `resign` (the default) the tag manifest and signature follow. */
  mutate?: (files: Map<string, Buffer>) => void;
  resign?: boolean;
  /** Changes to the statement before it is signed (any keys, any values). */
  statement?: (st: Statement) => Record<string, unknown>;
  /** Raw statement bytes instead (after `statement`). */
  rawStatement?: (json: string) => string;
  signer?: Signer;
  payloadType?: string;
  root?: string;
  /** Build the ZIP yourself from the entries (names under the root). */
  zip?: (entries: Array<{ name: string; data: Buffer }>) => Buffer;
  recipient?: string;
}

export async function forge(w: World, o: ForgeOptions = {}): Promise<Buffer> {
  const bag = buildBag(bagInput(w, o.base));
  const files = new Map(bag.files);
  o.mutate?.(files);
  if (o.resign ?? true) {
    const tag = Buffer.from(buildManifest(TAG_FILES.filter((f) => files.has(f)).map((path) => ({ path, sha256: sha(files.get(path)!) }))));
    files.set(TAGMANIFEST_FILE, tag);
    const st = { ...bag.statement, tagManifestSha256: sha(tag) };
    let json = JSON.stringify(o.statement ? o.statement(st) : st);
    if (o.rawStatement) json = o.rawStatement(json);
    const env = signEnvelope(o.payloadType ?? STATEMENT_PAYLOAD_TYPE, Buffer.from(json), [o.signer ?? signerOf(w.key)]);
    files.set(SIGNATURE_FILE, serializeEnvelope(env));
  }
  const root = o.root ?? bag.root;
  const entries = [...files].map(([path, data]) => ({ name: `${root}/${path}`, data }));
  const zip = o.zip ? o.zip(entries) : await writeZip(entries);
  return ageEncrypt(zip, o.recipient ?? w.ministry.recipient);
}

