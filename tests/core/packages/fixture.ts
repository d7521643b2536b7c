import { ageEncrypt, generateAgeIdentity } from '../../../src-main/core/packages/crypto/age';
import { buildBag, type BagInput, type BuiltBag } from '../../../src-main/core/packages/format/bag';
import { generateSigningKey, signerOf, type SigningKeyPair } from '../../../src-main/core/packages/crypto/keys';
import { parsePeriod } from '../../../src-main/core/packages/format/period';
import { KNOWN_SCHEMAS } from '../../../src-main/core/packages/format/schemas/index';
import { renderCsv } from '../../../src-main/core/packages/export/resources/render';
import type { ResourceRow } from '../../../src-main/core/packages/export/resources/types';
import { parseTrustFile, serializeTrustFile, trustEntryOf, type Trust } from '../../../src-main/core/packages/format/trust';
import { writeZip } from '../../../src-main/core/packages/format/zip-write';
import { zipEntriesOf } from '../../../src-main/core/packages/format/bag';

// A package built by hand, without a database: a tiny institution, keys made for the test, and
// helpers to rebuild it after changing any layer (files, signature, ZIP, encryption).

export const INSTITUTION = { code: 'BAK-UE-03', name: 'Bakı şəhəri 3 nömrəli uşaq evi' };
export const OTHER = { code: 'GNJ-UE-01', name: 'Gəncə şəhəri 1 nömrəli uşaq evi' };

export const CHILD_A = '0190a1b2-0000-7000-8000-000000000001';
export const CHILD_B = '0190a1b2-0000-7000-8000-000000000002';

export function sampleRows(): Record<string, ResourceRow[]> {
  const child = (id: string, over: Partial<ResourceRow> = {}): ResourceRow => ({
    id, fin: null, birth_certificate: null, last_name: 'Məmmədov', first_name: 'Elçin', patronymic: 'Rəşid oğlu',
    sex: 'M', date_of_birth: '2015-03-14', place_of_birth: 'Bakı', citizenship: 'Azərbaycan',
    legal_status: 'parents_deprived', disability: false, disability_degree: null, status: 'resident',
    admission_date: '2022-09-01', ...over,
  });
  return {
    residents: [
      child(CHILD_A, { fin: '5AB7K2M', birth_certificate: 'AZE 1234567' }),
      child(CHILD_B, { last_name: 'Əliyeva', first_name: 'Aygün', patronymic: 'Elşən qızı', sex: 'F', disability: true, disability_degree: 'II', date_of_birth: '2014-05-02', admission_date: '2026-08-10' }),
    ],
    care_episodes: [
      { id: `${CHILD_A}/admission`, resident_id: CHILD_A, kind: 'admission', date: '2022-09-01', basis: 'commission', decision_number: '12/3', decision_date: '2022-08-25', authority: 'Nəsimi rayon komissiyası', destination: null },
      { id: `${CHILD_B}/admission`, resident_id: CHILD_B, kind: 'admission', date: '2026-08-10', basis: 'court', decision_number: '2-1/55', decision_date: '2026-08-01', authority: 'Bakı şəhər məhkəməsi', destination: null },
    ],
    indicators: [
      { indicator: 'admissions', breakdown: 'total', value: 1 },
      { indicator: 'residents_end', breakdown: 'total', value: 2 },
    ],
  };
}

export interface World {
  key: SigningKeyPair;
  otherKey: SigningKeyPair;
  ministry: { identity: string; recipient: string };
  trust: Trust;
  trustText: string;
}

export function makeWorld(): World {
  const key = generateSigningKey();
  const otherKey = generateSigningKey();
  const ministry = generateAgeIdentity();
  const trustText = serializeTrustFile([
    trustEntryOf({ code: INSTITUTION.code, name: INSTITUTION.name, publicKey: key.publicKey, validFrom: '2026-01-01T00:00:00Z', retiredAt: null, rotation: null }),
    trustEntryOf({ code: OTHER.code, name: OTHER.name, publicKey: otherKey.publicKey, validFrom: '2026-01-01T00:00:00Z', retiredAt: null, rotation: null }),
  ]);
  return { key, otherKey, ministry, trust: parseTrustFile(trustText).trust, trustText };
}

export function bagInput(w: World, over: Partial<BagInput> = {}, rows = sampleRows()): BagInput {
  const known = KNOWN_SCHEMAS[1]!;
  return {
    institution: INSTITUTION,
    period: parsePeriod('2026-Q3')!,
    sequence: 1,
    previous: null,
    supersedes: null,
    preparedAt: '2026-10-05T09:00:00Z',
    recipient: w.ministry.recipient,
    software: 'Qaygi 0.1.0',
    schemaVersion: 1,
    resources: known.map((def) => ({ def, csv: renderCsv(def.schema, rows[def.name] ?? []) })),
    dataQuality: null,
    auditHead: { seq: 7, hash: 'ab'.repeat(32) },
    signer: signerOf(w.key),
    ...over,
  };
}

export async function seal(bag: { root: string; files: Map<string, Buffer> }, recipient: string): Promise<Buffer> {
  return ageEncrypt(await writeZip(zipEntriesOf(bag)), recipient);
}

export async function goodPackage(w: World, over: Partial<BagInput> = {}): Promise<{ bag: BuiltBag; bytes: Buffer }> {
  const bag = buildBag(bagInput(w, over));
  return { bag, bytes: await seal(bag, w.ministry.recipient) };
}

export const NOW = new Date('2026-11-26T10:00:00Z');
