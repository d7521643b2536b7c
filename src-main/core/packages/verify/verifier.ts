import { readFileSync, statSync } from 'node:fs';
import { AgeError, ageDecrypt, recipientOf } from '../crypto/age';
import { bagInfoFields } from '../format/bag';
import { BAGIT_TXT, parseBagInfo, parseManifest, payloadOxum } from '../format/bagit';
import { datapackageDescriptor, jsonEqual } from '../format/datapackage';
import { sha256Hex } from '../crypto/digest';
import { parseEnvelopeText, STATEMENT_PAYLOAD_TYPE, verifyEnvelopeSignature } from '../format/dsse';
import {
  BAG_INFO_FILE,
  BAGIT_FILE,
  bagName,
  DATA_FILE,
  DATAPACKAGE_FILE,
  DEFAULT_CAPS,
  MANIFEST_FILE,
  PACKAGE_FORMAT,
  parseBagName,
  SIGNATURE_FILE,
  TAG_FILES,
  TAGMANIFEST_FILE,
  type VerifyCaps,
} from '../format/names';
import { decodeUtf8Strict, parseStrictJson, StrictJsonError } from '../format/json';
import { KNOWN_SCHEMAS } from '../format/schemas/index';
import { Statement } from '../format/statement';
import type { Trust, TrustedKey } from '../format/trust';
import { verifyCsv, type KeyIndex } from './csv-check';
import type { VerifyStatus } from './codes';
import { VerifyError } from './errors';
import { checkChain, type VerifierState } from './state';
import { readBagZip } from './zip-read';

// The verifier: fails closed, in the order docs/package-format.md gives, each failure with its own
// code. Memory is bounded by the caps: the encrypted file, then each decompressed entry, are
// checked against their caps before they are held. It reads and writes no file of its own
// (`verifyPackageFile` only reads the package).

export interface VerifyOptions {
  /** The ministry's age identity, `AGE-SECRET-KEY-1…`. */
  identity: string;
  trust: Trust;
  /** The chain state; without it the chain is not checked (`chainChecked: false`). */
  state?: VerifierState | null;
  now: Date;
  caps?: Partial<VerifyCaps>;
}

export interface VerifiedPackage {
  status: VerifyStatus;
  root: string;
  statement: Statement;
  statementSha256: string;
  institutionName: string;
  chainChecked: boolean;
  /** The bag's files by path relative to its folder. */
  files: Map<string, Buffer>;
  /** Rows per resource, in the schema's order. */
  resources: Array<{ name: string; rows: number }>;
}

export type VerifyResult = { ok: true; value: VerifiedPackage } | { ok: false; error: VerifyError };

/** Clock skew allowed between the institution's PC and the verifier. */
const SKEW_MS = 10 * 60 * 1000;

export async function verifyPackageFile(path: string, opts: VerifyOptions): Promise<VerifyResult> {
  const caps = { ...DEFAULT_CAPS, ...opts.caps };
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    return { ok: false, error: new VerifyError('package_unreadable', { path }) };
  }
  if (size > caps.maxPackageBytes) {
    return { ok: false, error: new VerifyError('package_too_large', { bytes: size, cap: caps.maxPackageBytes }) };
  }
  return verifyPackage(readFileSync(path), opts);
}

export async function verifyPackage(bytes: Buffer, opts: VerifyOptions): Promise<VerifyResult> {
  try {
    return { ok: true, value: await verify(bytes, opts) };
  } catch (e) {
    if (e instanceof VerifyError) return { ok: false, error: e };
    throw e;
  }
}

function need(files: Map<string, Buffer>, path: string, code: 'tag_file_missing'): Buffer {
  const b = files.get(path);
  if (!b) throw new VerifyError(code, { file: path });
  return b;
}

function text(bytes: Buffer, code: ConstructorParameters<typeof VerifyError>[0], file: string): string {
  const t = decodeUtf8Strict(bytes);
  if (t === null) throw new VerifyError(code, { file, reason: 'not UTF-8 without BOM' });
  return t;
}

async function verify(bytes: Buffer, opts: VerifyOptions): Promise<VerifiedPackage> {
  const caps = { ...DEFAULT_CAPS, ...opts.caps };

  // 1. size
  if (bytes.length > caps.maxPackageBytes) throw new VerifyError('package_too_large', { bytes: bytes.length, cap: caps.maxPackageBytes });

  // 2. age
  let zip: Buffer;
  try {
    zip = ageDecrypt(bytes, opts.identity);
  } catch (e) {
    if (e instanceof AgeError) throw new VerifyError(e.code);
    throw e;
  }

  // 3. ZIP structure
  const { root, files } = await readBagZip(zip, caps);
  const fromRoot = parseBagName(root)!;

  // 4. DSSE: a known key of the institution the bag names, and a signature that holds
  const sigBytes = files.get(SIGNATURE_FILE);
  if (!sigBytes) throw new VerifyError('dsse_missing');
  const sigText = decodeUtf8Strict(sigBytes);
  const env = sigText === null ? null : parseEnvelopeText(sigText);
  if (!env) throw new VerifyError('dsse_malformed');
  if (env.payloadType !== STATEMENT_PAYLOAD_TYPE) throw new VerifyError('dsse_payload_type', { payloadType: env.payloadType });
  if (env.signatures.length !== 1) throw new VerifyError('dsse_malformed', { reason: 'exactly one signature' });
  const sig = env.signatures[0]!;
  const key: TrustedKey | undefined = opts.trust.byKeyId.get(sig.keyid);
  if (!key) throw new VerifyError('key_unknown', { keyId: sig.keyid });
  if (key.code !== fromRoot.institution) {
    throw new VerifyError('key_other_institution', { keyId: key.keyId, owner: key.code, institution: fromRoot.institution });
  }
  if (!verifyEnvelopeSignature(env, sig, key.publicKey)) throw new VerifyError('signature_invalid', { keyId: key.keyId });

  // 5. statement schema (the bytes are now known to be the institution's)
  const stText = decodeUtf8Strict(env.payload);
  if (stText === null) throw new VerifyError('statement_json', { reason: 'not UTF-8' });
  let raw: unknown;
  try {
    raw = parseStrictJson(stText);
  } catch (e) {
    if (e instanceof StrictJsonError && e.kind === 'duplicate_key') throw new VerifyError('statement_duplicate_key', { key: e.detail });
    throw new VerifyError('statement_json', { reason: e instanceof Error ? e.message : 'unreadable' });
  }
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as { format?: unknown }).format !== PACKAGE_FORMAT) {
    throw new VerifyError('format_unknown', { format: String((raw as { format?: unknown }).format) });
  }
  const parsed = Statement.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new VerifyError('statement_schema', { path: issue.path.join('.') || '(statement)', issue: issue.code });
  }
  const st = parsed.data;
  const statementSha256 = sha256Hex(env.payload);

  // 6. what the statement says
  if (st.institution !== fromRoot.institution) {
    throw new VerifyError('institution_mismatch', { statement: st.institution, bag: fromRoot.institution });
  }
  if (st.keyId !== key.keyId) throw new VerifyError('key_mismatch', { statement: st.keyId, signature: key.keyId });
  if (key.retiredAt !== null && st.preparedAt >= key.retiredAt) {
    throw new VerifyError('key_retired', { keyId: key.keyId, retiredAt: key.retiredAt });
  }
  if (st.preparedAt < key.validFrom) throw new VerifyError('key_not_yet_valid', { keyId: key.keyId, validFrom: key.validFrom });
  if (st.recipient !== recipientOf(opts.identity)) throw new VerifyError('recipient_mismatch');
  const known = KNOWN_SCHEMAS[st.schemaVersion];
  if (!known) throw new VerifyError('schema_version_unknown', { version: st.schemaVersion });
  if (root !== bagName(st.institution, st.period.label, st.sequence)) throw new VerifyError('bag_name_mismatch', { bag: root });
  if (Date.parse(st.preparedAt) > opts.now.getTime() + SKEW_MS) throw new VerifyError('prepared_in_future', { preparedAt: st.preparedAt });
  if (st.period.start > st.preparedAt.slice(0, 10)) throw new VerifyError('period_future', { period: st.period.label });
  if (st.supersedes !== null && st.supersedes >= st.sequence) throw new VerifyError('supersedes_invalid', { supersedes: st.supersedes });
  const chain = opts.state ? checkChain(opts.state, st, statementSha256) : 'new';

  // 7. tag manifest: the one the statement names, and every tag file it lists
  const tagManifest = need(files, TAGMANIFEST_FILE, 'tag_file_missing');
  if (sha256Hex(tagManifest) !== st.tagManifestSha256) throw new VerifyError('tagmanifest_digest');
  const tags = parseManifest(text(tagManifest, 'tagmanifest_malformed', TAGMANIFEST_FILE));
  if (!tags || tags.length !== TAG_FILES.length || !TAG_FILES.every((f) => tags.some((t) => t.path === f))) {
    throw new VerifyError('tagmanifest_malformed');
  }
  for (const t of tags) {
    if (sha256Hex(need(files, t.path, 'tag_file_missing')) !== t.sha256) throw new VerifyError('tag_file_mismatch', { file: t.path });
  }
  if (!files.get(BAGIT_FILE)!.equals(Buffer.from(BAGIT_TXT, 'utf8'))) throw new VerifyError('bagit_declaration');

  // 8. payload manifest and Payload-Oxum
  const manifest = parseManifest(text(files.get(MANIFEST_FILE)!, 'manifest_malformed', MANIFEST_FILE));
  if (!manifest || manifest.some((m) => !DATA_FILE.test(m.path))) throw new VerifyError('manifest_malformed');
  const listed = new Set(manifest.map((m) => m.path));
  for (const m of manifest) if (!files.has(m.path)) throw new VerifyError('payload_file_missing', { file: m.path });
  for (const path of files.keys()) {
    if (path.startsWith('data/') && !listed.has(path)) throw new VerifyError('payload_file_extra', { file: path });
  }
  for (const m of manifest) {
    if (sha256Hex(files.get(m.path)!) !== m.sha256) throw new VerifyError('payload_file_mismatch', { file: m.path });
  }
  const oxum = payloadOxum(manifest.map((m) => ({ bytes: files.get(m.path)!.length })));
  if (oxum !== st.payloadOxum) throw new VerifyError('payload_oxum_mismatch', { statement: st.payloadOxum, actual: oxum });

  // 9. bag-info says what the statement says
  const info = parseBagInfo(text(files.get(BAG_INFO_FILE)!, 'bag_info_malformed', BAG_INFO_FILE));
  if (!info) throw new VerifyError('bag_info_malformed');
  const organization = info.get('Source-Organization') ?? '';
  const expectedInfo = bagInfoFields(st, root, organization);
  if (info.size !== expectedInfo.length) throw new VerifyError('bag_info_mismatch', { label: '(labels)' });
  for (const [label, value] of expectedInfo) {
    if (info.get(label) !== value || value === '') throw new VerifyError('bag_info_mismatch', { label });
  }

  // 10. datapackage.json describes exactly the manifest's files with the known schemas
  let dp: unknown;
  try {
    dp = parseStrictJson(text(files.get(DATAPACKAGE_FILE)!, 'datapackage_malformed', DATAPACKAGE_FILE));
  } catch (e) {
    throw new VerifyError('datapackage_malformed', { reason: e instanceof Error ? e.message : 'unreadable' });
  }
  const bySha = new Map(manifest.map((m) => [m.path, m.sha256]));
  const expectedDp = JSON.parse(
    JSON.stringify(
      datapackageDescriptor(
        root,
        st.preparedAt,
        known.map((r) => ({
          ...r,
          bytes: files.get(`data/${r.name}.csv`)?.length ?? -1,
          sha256: bySha.get(`data/${r.name}.csv`) ?? '',
        })),
      ),
    ),
  ) as { resources: Array<Record<string, unknown>> };
  const dpResources = (dp as { resources?: unknown })?.resources;
  if (!Array.isArray(dpResources)) throw new VerifyError('datapackage_malformed', { reason: 'no resources' });
  if (manifest.length !== known.length || dpResources.length !== known.length) {
    throw new VerifyError('datapackage_mismatch', { reason: 'resources' });
  }
  expectedDp.resources.forEach((exp, i) => {
    const got = dpResources[i] as Record<string, unknown> | undefined;
    const name = String(exp.name);
    for (const k of ['name', 'path', 'bytes', 'hash']) {
      if (!got || got[k] !== exp[k]) throw new VerifyError('datapackage_mismatch', { resource: name, property: k });
    }
    if (!jsonEqual(got!.schema, exp.schema)) throw new VerifyError('datapackage_schema', { resource: name });
  });
  if (!jsonEqual(dp, expectedDp)) throw new VerifyError('datapackage_mismatch', { reason: 'descriptor' });

  // 11. every CSV against its Table Schema
  const keys: KeyIndex = new Map();
  const resources = known.map((r) => ({ name: r.name, rows: verifyCsv(r.name, files.get(`data/${r.name}.csv`)!, r.schema, keys) }));

  return {
    status: chain === 'already_received' ? 'already_received' : 'accepted',
    root,
    statement: st,
    statementSha256,
    institutionName: key.name,
    chainChecked: !!opts.state,
    files,
    resources,
  };
}
