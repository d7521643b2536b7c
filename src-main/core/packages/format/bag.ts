import { BAGIT_TXT, buildBagInfo, buildManifest, payloadOxum } from './bagit';
import { datapackageBytes } from './datapackage';
import { sha256Hex } from '../crypto/digest';
import { serializeEnvelope, signEnvelope, STATEMENT_PAYLOAD_TYPE } from './dsse';
import {
  BAG_INFO_FILE,
  BAGIT_FILE,
  bagName,
  DATAPACKAGE_FILE,
  MANIFEST_FILE,
  PACKAGE_FORMAT,
  SIGNATURE_FILE,
  TAG_FILES,
  TAGMANIFEST_FILE,
} from './names';
import type { Signer } from '../crypto/keys';
import type { Period } from './period';
import type { KnownResource } from './schemas/index';
import { statementBytes, type AuditHead, type DataQualityNote, type Statement } from './statement';

// Builds the bag, pure: the same input gives the same files, byte for byte (Ed25519 is
// deterministic). The exporter feeds it from the database; the tests feed it by hand.

export interface BagInput {
  institution: { code: string; name: string };
  period: Period;
  sequence: number;
  previous: string | null;
  supersedes: number | null;
  /** `YYYY-MM-DDTHH:MM:SSZ`. */
  preparedAt: string;
  recipient: string;
  software: string;
  schemaVersion: number;
  /** In the schema version's order, each with its CSV bytes. */
  resources: Array<{ def: KnownResource; csv: Buffer }>;
  dataQuality: DataQualityNote | null;
  /** The audit chain's head at the snapshot (null only for a log with no entry). */
  auditHead: AuditHead | null;
  signer: Signer;
}

export interface BuiltBag {
  root: string;
  /** By path relative to the bag's folder. */
  files: Map<string, Buffer>;
  statement: Statement;
  statementBytes: Buffer;
  statementSha256: string;
}

/** bag-info.txt's fields, in the order the format gives. */
export function bagInfoFields(
  s: Pick<Statement, 'period' | 'sequence' | 'schemaVersion' | 'software' | 'payloadOxum' | 'preparedAt'>,
  root: string,
  organization: string,
): Array<[string, string]> {
  return [
    ['Source-Organization', organization],
    ['External-Identifier', root],
    ['Bagging-Date', s.preparedAt.slice(0, 10)],
    ['Payload-Oxum', s.payloadOxum],
    ['Qaygi-Period', s.period.label],
    ['Qaygi-Sequence', String(s.sequence)],
    ['Qaygi-Schema-Version', String(s.schemaVersion)],
    ['Qaygi-Software', s.software],
  ];
}

export function buildBag(input: BagInput): BuiltBag {
  const root = bagName(input.institution.code, input.period.label, input.sequence);
  const files = new Map<string, Buffer>();
  const data = input.resources.map(({ def, csv }) => ({
    def,
    path: `data/${def.name}.csv`,
    csv,
    sha256: sha256Hex(csv),
  }));
  for (const d of data) files.set(d.path, d.csv);
  const oxum = payloadOxum(data.map((d) => ({ bytes: d.csv.length })));

  files.set(BAGIT_FILE, Buffer.from(BAGIT_TXT, 'utf8'));
  files.set(MANIFEST_FILE, Buffer.from(buildManifest(data.map((d) => ({ path: d.path, sha256: d.sha256 }))), 'utf8'));
  files.set(
    DATAPACKAGE_FILE,
    datapackageBytes(
      root,
      input.preparedAt,
      data.map((d) => ({ ...d.def, bytes: d.csv.length, sha256: d.sha256 })),
    ),
  );
  const partial = {
    period: { label: input.period.label, start: input.period.start, duration: input.period.duration },
    sequence: input.sequence,
    schemaVersion: input.schemaVersion,
    software: input.software,
    payloadOxum: oxum,
    preparedAt: input.preparedAt,
  };
  files.set(BAG_INFO_FILE, Buffer.from(buildBagInfo(bagInfoFields(partial, root, input.institution.name)), 'utf8'));
  const tagManifest = Buffer.from(
    buildManifest(TAG_FILES.map((path) => ({ path, sha256: sha256Hex(files.get(path)!) }))),
    'utf8',
  );
  files.set(TAGMANIFEST_FILE, tagManifest);

  const statement: Statement = {
    format: PACKAGE_FORMAT,
    institution: input.institution.code,
    keyId: input.signer.keyId,
    ...partial,
    action: 'replace',
    previous: input.previous,
    supersedes: input.supersedes,
    recipient: input.recipient,
    tagManifestSha256: sha256Hex(tagManifest),
    dataQuality: input.dataQuality,
    auditHead: input.auditHead,
  };
  const bytes = Buffer.from(statementBytes(statement));
  files.set(SIGNATURE_FILE, serializeEnvelope(signEnvelope(STATEMENT_PAYLOAD_TYPE, bytes, [input.signer])));
  return { root, files, statement, statementBytes: bytes, statementSha256: sha256Hex(bytes) };
}

/** The bag's files as ZIP entries under its folder. */
export function zipEntriesOf(bag: { root: string; files: Map<string, Buffer> }): Array<{ name: string; data: Buffer }> {
  return [...bag.files].map(([path, data]) => ({ name: `${bag.root}/${path}`, data }));
}
