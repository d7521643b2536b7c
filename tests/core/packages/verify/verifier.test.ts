import { createHash, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateAgeIdentity } from '../../../../src-main/core/packages/crypto/age';
import { buildBag } from '../../../../src-main/core/packages/format/bag';
import { generateSigningKey, signerOf } from '../../../../src-main/core/packages/crypto/keys';
import { parsePeriod } from '../../../../src-main/core/packages/format/period';
import { KNOWN_SCHEMAS } from '../../../../src-main/core/packages/format/schemas/index';
import { renderCsv } from '../../../../src-main/core/packages/export/resources/render';
import { parseTrustFile, serializeTrustFile, trustEntryOf } from '../../../../src-main/core/packages/format/trust';
import { verifyPackage, type VerifyOptions } from '../../../../src-main/core/packages/verify/verifier';
import { advanceState, emptyState, type VerifierState } from '../../../../src-main/core/packages/verify/state';
import { VERIFY_CODES } from '../../../../src-main/core/packages/verify/codes';
import { bagInput, CHILD_A, goodPackage, INSTITUTION, makeWorld, NOW, OTHER, sampleRows, seal, type World } from '../fixture';
import { forge } from '../forge';
import { rawZip } from '../raw-zip';

// The bad-input suite: every way a package can be wrong, each refused with its own code.

const w: World = makeWorld();
const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({ identity: w.ministry.identity, trust: w.trust, now: NOW, ...over });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const seen = new Set<string>();

async function refused(bytes: Buffer, over: Partial<VerifyOptions> = {}): Promise<{ code: string; params: Record<string, unknown> }> {
  const r = await verifyPackage(bytes, opts(over));
  if (r.ok) throw new Error('expected a refusal, the package verified');
  seen.add(r.error.code);
  return { code: r.error.code, params: r.error.params };
}
const codeOf = async (bytes: Buffer, over: Partial<VerifyOptions> = {}) => (await refused(bytes, over)).code;

const csvWith = (name: string, rows: Record<string, unknown>[]) => {
  const def = KNOWN_SCHEMAS[1]!.find((r) => r.name === name)!;
  return renderCsv(def.schema, rows as never);
};
/** A consistent, properly signed package whose CSV for `name` is `csv`. */
const withCsv = (name: string, csv: Buffer) =>
  forge(w, { mutate: () => {}, base: { resources: bagInput(w).resources.map((r) => (r.def.name === name ? { ...r, csv } : r)) } });

describe('a good package', () => {
  it('verifies: every file, every row, and says who sent it', async () => {
    const { bytes, bag } = await goodPackage(w);
    const r = await verifyPackage(bytes, opts());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('accepted');
    expect(r.value.root).toBe('BAK-UE-03-2026-Q3-0001');
    expect(r.value.institutionName).toBe(INSTITUTION.name);
    expect(r.value.statementSha256).toBe(bag.statementSha256);
    expect(r.value.chainChecked).toBe(false);
    expect(r.value.resources).toEqual([
      { name: 'residents', rows: 2 },
      { name: 'care_episodes', rows: 2 },
      { name: 'indicators', rows: 2 },
    ]);
    expect(r.value.files.get('data/residents.csv')!.toString()).toContain('Əliyeva,Aygün,Elşən qızı');
  });
  it('verifies a package with more than one age chunk', async () => {
    const rows = sampleRows();
    for (let i = 0; i < 3000; i++) {
      rows.residents!.push({ ...rows.residents![0]!, id: `0190a1b2-0000-7000-8000-${String(i + 10).padStart(12, '0')}`, fin: null, place_of_birth: randomBytes(50).toString('hex') });
    }
    const input = bagInput(w, {}, rows);
    const bag = buildBag(input);
    const bytes = await seal(bag, w.ministry.recipient);
    expect(bytes.length).toBeGreaterThan(2 * 65536);
    const r = await verifyPackage(bytes, opts());
    expect(r.ok && r.value.resources[0]).toEqual({ name: 'residents', rows: 3002 });
    // And cut at a chunk boundary, it is "truncated".
    const headerEnd = bytes.indexOf('\n---') + 1 + 48;
    expect(await codeOf(bytes.subarray(0, headerEnd + 16 + 65536 + 16))).toBe('age_truncated');
  });
});

describe('the encrypted file', () => {
  it('over the size cap', async () => {
    const { bytes } = await goodPackage(w);
    expect(await codeOf(bytes, { caps: { maxPackageBytes: bytes.length - 1 } })).toBe('package_too_large');
  });
  it('encrypted to someone else (wrong recipient)', async () => {
    const { bag } = await goodPackage(w);
    expect(await codeOf(await seal(bag, generateAgeIdentity().recipient))).toBe('age_no_identity');
  });
  it('a flipped byte', async () => {
    const { bytes } = await goodPackage(w);
    const bad = Buffer.from(bytes);
    bad[bad.length - 40]! ^= 0x10;
    expect(await codeOf(bad)).toBe('age_payload');
  });
  it('a changed header MAC', async () => {
    const { bytes } = await goodPackage(w);
    const bad = Buffer.from(bytes);
    const at = bytes.indexOf('--- ') + 10;
    bad[at] = bad[at] === 0x41 ? 0x42 : 0x41;
    expect(await codeOf(bad)).toBe('age_header_mac');
  });
  it('truncated', async () => {
    const { bytes } = await goodPackage(w);
    expect(await codeOf(bytes.subarray(0, 100))).toBe('age_truncated');
    expect(await codeOf(bytes.subarray(0, bytes.indexOf('--- ') + 48 + 8))).toBe('age_truncated');
  });
  it('not an age file at all', async () => {
    expect(await codeOf(Buffer.from('PK\u0003\u0004 not age\n'))).toBe('age_header');
  });
});

describe('the ZIP inside', () => {
  const withEntries = (extra: (root: string) => Array<{ name: string | Buffer; data: Buffer; compressed?: Buffer; declaredSize?: number; crc?: number; mode?: number }>) =>
    forge(w, { zip: (entries) => rawZip([...entries, ...extra(entries[0]!.name.split('/')[0]!)]) });

  it.each<[string, (root: string) => Array<{ name: string; data: Buffer }>, string]>([
    ['a .. path', (r) => [{ name: `${r}/data/../../../etc/cron.d/x`, data: Buffer.from('x') }], 'zip_dotdot'],
    ['an absolute path', () => [{ name: '/tmp/evil', data: Buffer.from('x') }], 'zip_absolute_path'],
    ['a backslash path', (r) => [{ name: `${r}\\..\\evil.csv`, data: Buffer.from('x') }], 'zip_backslash'],
    ['a duplicated file', (r) => [{ name: `${r}/data/residents.csv`, data: Buffer.from('id\r\n') }], 'zip_duplicate_name'],
    ['a file duplicated by case', (r) => [{ name: `${r}/data/Residents.csv`, data: Buffer.from('id\r\n') }], 'zip_duplicate_name'],
    ['a file duplicated by NFC/NFD', (r) => [{ name: `${r}/data/r\u00e9.csv`, data: Buffer.from('x') }, { name: `${r}/data/re\u0301.csv`, data: Buffer.from('x') }], 'zip_duplicate_name'],
    ['an extra file outside data/', (r) => [{ name: `${r}/readme.txt`, data: Buffer.from('x') }], 'zip_unexpected_file'],
  ])('%s', async (_what, extra, code) => {
    expect(await codeOf(await withEntries(extra))).toBe(code);
  });
  it('a symlink', async () => {
    expect(await codeOf(await withEntries((r) => [{ name: `${r}/data/l.csv`, data: Buffer.from('/etc/passwd'), mode: 0o120777 }]))).toBe('zip_symlink');
  });
  it('a ZIP bomb by ratio', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const bomb = { data: zeros.subarray(0, 1), compressed: deflateRawSync(zeros), declaredSize: zeros.length, crc: 0 };
    expect(await codeOf(await withEntries((r) => [{ name: `${r}/data/bomb.csv`, ...bomb }]))).toBe('zip_ratio');
  });
  it('a ZIP bomb by a lying size', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 0x41);
    const liar = { data: big.subarray(0, 100), compressed: deflateRawSync(big), declaredSize: 100 };
    expect(await codeOf(await withEntries((r) => [{ name: `${r}/data/liar.csv`, ...liar }]))).toBe('zip_size_mismatch');
  });
});

describe('the signature', () => {
  it('missing', async () => {
    expect(await codeOf(await forge(w, { resign: false, mutate: (f) => f.delete('signature.dsse.json') }))).toBe('dsse_missing');
  });
  it('not a DSSE envelope', async () => {
    expect(await codeOf(await forge(w, { resign: false, mutate: (f) => f.set('signature.dsse.json', Buffer.from('{"payloadType":1}')) }))).toBe('dsse_malformed');
  });
  it('another payload type', async () => {
    expect(await codeOf(await forge(w, { payloadType: 'application/vnd.in-toto+json' }))).toBe('dsse_payload_type');
  });
  it('by a key the trust file does not know (unregistered)', async () => {
    expect(await codeOf(await forge(w, { signer: signerOf(generateSigningKey()) }))).toBe('key_unknown');
  });
  it('by another institution’s key', async () => {
    const r = await refused(await forge(w, { signer: signerOf(w.otherKey) }));
    expect(r).toEqual({ code: 'key_other_institution', params: expect.objectContaining({ owner: OTHER.code, institution: INSTITUTION.code }) });
  });
  it('that does not hold (the statement changed after signing)', async () => {
    const bytes = await forge(w, {
      resign: false,
      mutate: (f) => {
        const env = JSON.parse(f.get('signature.dsse.json')!.toString());
        const st = JSON.parse(Buffer.from(env.payload, 'base64').toString());
        st.sequence = 2;
        env.payload = Buffer.from(JSON.stringify(st)).toString('base64');
        f.set('signature.dsse.json', Buffer.from(JSON.stringify(env)));
      },
    });
    expect(await codeOf(bytes)).toBe('signature_invalid');
  });
  it('by a retired key, after its retirement; before it, the package still verifies', async () => {
    const entry = (retiredAt: string | null) =>
      parseTrustFile(
        serializeTrustFile([trustEntryOf({ code: INSTITUTION.code, name: INSTITUTION.name, publicKey: w.key.publicKey, validFrom: '2026-01-01T00:00:00Z', retiredAt, rotation: null })]),
      ).trust;
    const { bytes } = await goodPackage(w); // prepared 2026-10-05T09:00:00Z
    expect(await codeOf(bytes, { trust: entry('2026-10-01T00:00:00Z') })).toBe('key_retired');
    expect((await verifyPackage(bytes, opts({ trust: entry('2026-10-06T00:00:00Z') }))).ok).toBe(true);
  });
  it('by a key used before it was registered', async () => {
    const trust = parseTrustFile(
      serializeTrustFile([trustEntryOf({ code: INSTITUTION.code, name: INSTITUTION.name, publicKey: w.key.publicKey, validFrom: '2026-11-01T00:00:00Z', retiredAt: null, rotation: null })]),
    ).trust;
    expect(await codeOf((await goodPackage(w)).bytes, { trust })).toBe('key_not_yet_valid');
  });
});

describe('the statement', () => {
  it('an unknown format version', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, format: 'qaygi-package/2' }) }))).toBe('format_unknown');
  });
  it('a key named twice in the raw JSON', async () => {
    const r = await refused(await forge(w, { rawStatement: (j) => j.replace('"sequence":1,', '"sequence":1,"sequence":2,') }));
    expect(r).toEqual({ code: 'statement_duplicate_key', params: { key: 'sequence' } });
  });
  it('an unknown key', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, comment: 'hi' }) }))).toBe('statement_schema');
  });
  it('a missing key, or a value of the wrong type', async () => {
    expect(await codeOf(await forge(w, { statement: ({ software: _s, ...rest }) => rest }))).toBe('statement_schema');
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, sequence: '1' }) }))).toBe('statement_schema');
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, period: { ...s.period, start: '2026-08-01' } }) }))).toBe('statement_schema');
  });
  it('not JSON', async () => {
    expect(await codeOf(await forge(w, { rawStatement: (j) => j.slice(0, -1) }))).toBe('statement_json');
  });
});

describe('what the statement says', () => {
  it('another institution than the bag', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, institution: OTHER.code }) }))).toBe('institution_mismatch');
  });
  it('another key than the one that signed', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, keyId: w.otherKey.keyId }) }))).toBe('key_mismatch');
  });
  it('another recipient than the ministry', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, recipient: generateAgeIdentity().recipient }) }))).toBe('recipient_mismatch');
  });
  it('a schema version this verifier does not know', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, schemaVersion: 99 }) }))).toBe('schema_version_unknown');
  });
  it('a sequence that is not the bag’s', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, sequence: 2 }) }))).toBe('bag_name_mismatch');
  });
  it('a period that had not begun when it was prepared', async () => {
    const p = parsePeriod('2026-12')!;
    const bytes = await forge(w, { base: { period: p }, statement: (s) => s });
    expect(await codeOf(bytes)).toBe('period_future');
  });
  it('prepared in the future', async () => {
    expect(await codeOf((await goodPackage(w, { preparedAt: '2026-12-01T00:00:00Z' })).bytes)).toBe('prepared_in_future');
  });
  it('superseding a later package', async () => {
    expect(await codeOf((await goodPackage(w, { supersedes: 1 })).bytes)).toBe('supersedes_invalid');
  });
});

describe('the chain (with the verifier’s state)', () => {
  async function chainOf(n: number): Promise<{ state: VerifierState; digests: string[] }> {
    let state = emptyState();
    const digests: string[] = [];
    for (let seq = 1; seq <= n; seq++) {
      const { bag, bytes } = await goodPackage(w, { sequence: seq, previous: digests[seq - 2] ?? null });
      const r = await verifyPackage(bytes, opts({ state }));
      if (!r.ok) throw r.error;
      state = advanceState(state, r.value.statement, r.value.statementSha256, NOW);
      digests.push(bag.statementSha256);
    }
    return { state, digests };
  }

  it('accepts 1, 2, 3 in order', async () => {
    const { state } = await chainOf(3);
    expect(state.institutions[INSTITUTION.code]).toMatchObject({ sequence: 3 });
    expect(state.institutions[INSTITUTION.code]!.accepted.map((a) => a.sequence)).toEqual([1, 2, 3]);
  });
  it('answers an identical resend "already received"', async () => {
    const { state } = await chainOf(2);
    const { bytes } = await goodPackage(w, { sequence: 1, previous: null });
    const r = await verifyPackage(bytes, opts({ state }));
    expect(r.ok && r.value.status).toBe('already_received');
  });
  it('a repeated sequence with another digest (a fork)', async () => {
    const { state, digests } = await chainOf(2);
    const { bytes } = await goodPackage(w, { sequence: 2, previous: digests[0]!, preparedAt: '2026-10-06T09:00:00Z' });
    expect(await codeOf(bytes, { state })).toBe('sequence_fork');
  });
  it('a sequence going backwards', async () => {
    const { state } = await chainOf(3);
    const { bytes } = await goodPackage(w, { sequence: 1, previous: null, preparedAt: '2026-10-07T09:00:00Z' });
    expect(await codeOf(bytes, { state })).toBe('sequence_backwards');
  });
  it('a skipped sequence', async () => {
    const { state, digests } = await chainOf(1);
    const { bytes } = await goodPackage(w, { sequence: 3, previous: digests[0]! });
    expect(await codeOf(bytes, { state })).toBe('sequence_skip');
  });
  it('a wrong previous hash', async () => {
    const { state } = await chainOf(1);
    const { bytes } = await goodPackage(w, { sequence: 2, previous: 'f'.repeat(64) });
    expect(await codeOf(bytes, { state })).toBe('previous_mismatch');
  });
  it('the first package must start the chain', async () => {
    const { bytes } = await goodPackage(w, { sequence: 1, previous: 'a'.repeat(64) });
    expect(await codeOf(bytes, { state: emptyState() })).toBe('previous_mismatch');
  });
  it('an audit log head behind the one an earlier package anchored (the log was cut or rebuilt)', async () => {
    const { state, digests } = await chainOf(1); // anchored head: entry 7 (the fixture's)
    expect(state.institutions['BAK-UE-03']!.accepted[0]!.auditHead).toEqual({ seq: 7, hash: 'ab'.repeat(32) });
    const grown = await goodPackage(w, { sequence: 2, previous: digests[0]!, auditHead: { seq: 9, hash: 'cd'.repeat(32) } });
    expect((await verifyPackage(grown.bytes, opts({ state }))).ok).toBe(true);
    const cut = await goodPackage(w, { sequence: 2, previous: digests[0]!, auditHead: { seq: 3, hash: 'cd'.repeat(32) } });
    expect(await refused(cut.bytes, { state })).toEqual({ code: 'audit_head_backwards', params: { seq: 3, anchored: 7 } });
    const none = await goodPackage(w, { sequence: 2, previous: digests[0]!, auditHead: null });
    expect(await codeOf(none.bytes, { state })).toBe('audit_head_backwards');
  });
  it('a correction names a package of the same period it supersedes', async () => {
    const { state, digests } = await chainOf(1);
    const ok = await goodPackage(w, { sequence: 2, previous: digests[0]!, supersedes: 1 });
    expect((await verifyPackage(ok.bytes, opts({ state }))).ok).toBe(true);
    const other = await goodPackage(w, { sequence: 2, previous: digests[0]!, supersedes: 1, period: parsePeriod('2026-09')! });
    expect(await codeOf(other.bytes, { state })).toBe('supersedes_invalid');
  });
});

describe('the tag files, changed after signing', () => {
  const change = (file: string, f: (b: Buffer) => Buffer) => forge(w, { resign: false, mutate: (m) => m.set(file, f(m.get(file)!)) });
  it.each(['manifest-sha256.txt', 'bag-info.txt', 'datapackage.json', 'bagit.txt'])('%s', async (file) => {
    const r = await refused(await change(file, (b) => Buffer.concat([b, Buffer.from(file.endsWith('.json') ? ' ' : 'X-Extra: 1\n')])));
    expect(r).toEqual({ code: 'tag_file_mismatch', params: { file } });
  });
  it('the tag manifest itself', async () => {
    expect(await codeOf(await change('tagmanifest-sha256.txt', (b) => Buffer.concat([b, Buffer.from(`${'0'.repeat(64)}  x\n`)])))).toBe('tagmanifest_digest');
  });
  it('a tag file removed', async () => {
    expect(await codeOf(await forge(w, { resign: false, mutate: (m) => m.delete('bag-info.txt') }))).toBe('tag_file_missing');
  });
  it('a tag manifest that lists too little, re-signed', async () => {
    expect(await codeOf(await forge(w, { mutate: (m) => m.delete('bagit.txt') }))).toBe('tagmanifest_malformed');
  });
  it('a bagit.txt that is not the declaration, re-signed', async () => {
    expect(await codeOf(await forge(w, { mutate: (m) => m.set('bagit.txt', Buffer.from('BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n')) }))).toBe('bagit_declaration');
  });
});

describe('the payload', () => {
  it('a data file changed', async () => {
    const r = await refused(await forge(w, { resign: false, mutate: (m) => m.set('data/indicators.csv', Buffer.from(m.get('data/indicators.csv')!.toString().replace(',2\r\n', ',3\r\n'))) }));
    expect(r).toEqual({ code: 'payload_file_mismatch', params: { file: 'data/indicators.csv' } });
  });
  it('a data file missing', async () => {
    expect(await codeOf(await forge(w, { resign: false, mutate: (m) => m.delete('data/care_episodes.csv') }))).toBe('payload_file_missing');
  });
  it('an extra data file', async () => {
    expect(await codeOf(await forge(w, { resign: false, mutate: (m) => m.set('data/extra.csv', Buffer.from('a\r\n')) }))).toBe('payload_file_extra');
  });
  it('a manifest that is not a manifest, re-signed', async () => {
    expect(await codeOf(await forge(w, { mutate: (m) => m.set('manifest-sha256.txt', Buffer.from('nonsense\n')) }))).toBe('manifest_malformed');
  });
  it('a Payload-Oxum that does not add up, re-signed', async () => {
    expect(await codeOf(await forge(w, { statement: (s) => ({ ...s, payloadOxum: '1.3' }) }))).toBe('payload_oxum_mismatch');
  });
  it('a manifest and a data file changed together, re-signed: datapackage.json no longer agrees', async () => {
    const bytes = await forge(w, {
      mutate: (m) => {
        const csv = Buffer.from(m.get('data/indicators.csv')!.toString().replace(',2\r\n', ',3\r\n'));
        m.set('data/indicators.csv', csv);
        m.set('manifest-sha256.txt', Buffer.from(m.get('manifest-sha256.txt')!.toString().replace(/^[0-9a-f]{64}(?=  data\/indicators\.csv)/m, sha(csv))));
      },
    });
    expect(await codeOf(bytes)).toBe('datapackage_mismatch');
  });
});

describe('bag-info and datapackage.json, re-signed but inconsistent', () => {
  const edit = (file: string, f: (t: string) => string) => forge(w, { mutate: (m) => m.set(file, Buffer.from(f(m.get(file)!.toString()))) });
  it('bag-info names another period', async () => {
    const r = await refused(await edit('bag-info.txt', (t) => t.replace('Qaygi-Period: 2026-Q3', 'Qaygi-Period: 2026-Q2')));
    expect(r).toEqual({ code: 'bag_info_mismatch', params: { label: 'Qaygi-Period' } });
  });
  it('bag-info with an extra label', async () => {
    expect(await codeOf(await edit('bag-info.txt', (t) => `${t}Contact-Name: x\n`))).toBe('bag_info_mismatch');
  });
  it('bag-info that is not bag-info', async () => {
    expect(await codeOf(await edit('bag-info.txt', (t) => `${t}  continued\n`))).toBe('bag_info_malformed');
  });
  it('datapackage.json with another size for a resource', async () => {
    const r = await refused(await edit('datapackage.json', (t) => t.replace(/"bytes": (\d+)/, (_m, n) => `"bytes": ${Number(n) + 1}`)));
    expect(r).toEqual({ code: 'datapackage_mismatch', params: { resource: 'residents', property: 'bytes' } });
  });
  it('datapackage.json with a loosened schema', async () => {
    expect(await codeOf(await edit('datapackage.json', (t) => t.replace('"required": true', '"required": false')))).toBe('datapackage_schema');
  });
  it('datapackage.json with a key named twice', async () => {
    expect(await codeOf(await edit('datapackage.json', (t) => t.replace('"profile": "tabular-data-package",', '"profile": "tabular-data-package", "profile": "x",')))).toBe('datapackage_malformed');
  });
});

describe('the CSV files against their Table Schemas', () => {
  const rows = () => sampleRows();
  it('a value of the wrong type', async () => {
    const r = rows();
    r.residents![0]!.date_of_birth = '14.03.2015';
    const res = await refused(await withCsv('residents', csvWith('residents', r.residents!)));
    expect(res).toEqual({ code: 'csv_type', params: { resource: 'residents', row: 1, field: 'date_of_birth' } });
  });
  it('a value outside its enum', async () => {
    const r = rows();
    r.residents![1]!.legal_status = 'unknown';
    expect(await codeOf(await withCsv('residents', csvWith('residents', r.residents!)))).toBe('csv_enum');
  });
  it('a duplicate primary key', async () => {
    const r = rows();
    r.residents![1]!.id = CHILD_A;
    r.residents![1]!.fin = null;
    expect(await codeOf(await withCsv('residents', csvWith('residents', r.residents!)))).toBe('csv_duplicate_key');
  });
  it('a duplicate unique value (the same FIN twice)', async () => {
    const r = rows();
    r.residents![1]!.fin = '5AB7K2M';
    expect(await codeOf(await withCsv('residents', csvWith('residents', r.residents!)))).toBe('csv_unique');
  });
  it('a dangling foreign key', async () => {
    const r = rows();
    r.care_episodes![1]!.resident_id = '0190a1b2-0000-7000-8000-00000000ffff';
    const res = await refused(await withCsv('care_episodes', csvWith('care_episodes', r.care_episodes!)));
    expect(res).toEqual({ code: 'csv_foreign_key', params: { resource: 'care_episodes', row: 2, field: 'resident_id', reference: 'residents' } });
  });
  it('a byte-order mark', async () => {
    const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csvWith('indicators', rows().indicators!)]);
    expect(await codeOf(await withCsv('indicators', csv))).toBe('csv_bom');
  });
  it('a cell starting with =', async () => {
    const r = rows();
    r.residents![0]!.place_of_birth = '=HYPERLINK("http://x","Bakı")';
    const res = await refused(await withCsv('residents', csvWith('residents', r.residents!)));
    expect(res).toEqual({ code: 'csv_formula', params: { resource: 'residents', row: 1, field: 'place_of_birth' } });
  });
  it('a cell starting with a tab or a carriage return (OWASP: both can hide a formula)', async () => {
    for (const start of ['\t', '\r']) {
      const r = rows();
      r.residents![0]!.place_of_birth = `${start}=1+1`;
      const res = await refused(await withCsv('residents', csvWith('residents', r.residents!)));
      expect(res).toEqual({ code: 'csv_formula', params: { resource: 'residents', row: 1, field: 'place_of_birth' } });
    }
  });
  it('a missing required value', async () => {
    const r = rows();
    r.residents![0]!.last_name = null;
    expect(await codeOf(await withCsv('residents', csvWith('residents', r.residents!)))).toBe('csv_required');
  });
  it('a pattern broken', async () => {
    const r = rows();
    r.residents![0]!.fin = '5AB7KIM';
    expect(await codeOf(await withCsv('residents', csvWith('residents', r.residents!)))).toBe('csv_pattern');
  });
  it('a text too long', async () => {
    const r = rows();
    r.residents![0]!.first_name = 'A'.repeat(81);
    expect(await codeOf(await withCsv('residents', csvWith('residents', r.residents!)))).toBe('csv_too_long');
  });
  it('another header', async () => {
    const csv = Buffer.from(csvWith('indicators', rows().indicators!).toString().replace('indicator,breakdown,value', 'indicator,value,breakdown'));
    expect(await codeOf(await withCsv('indicators', csv))).toBe('csv_header');
  });
  it('a row with a cell too many', async () => {
    const csv = Buffer.from(`${csvWith('indicators', []).toString()}admissions,total,1,9\r\n`);
    expect(await codeOf(await withCsv('indicators', csv))).toBe('csv_row_shape');
  });
  it('broken CSV syntax (LF line ends)', async () => {
    const csv = Buffer.from(csvWith('indicators', rows().indicators!).toString().replace(/\r\n/g, '\n'));
    expect(await codeOf(await withCsv('indicators', csv))).toBe('csv_syntax');
  });
  it('invalid UTF-8', async () => {
    const csv = Buffer.concat([csvWith('indicators', []), Buffer.from([0x61, 0xff, 0x2c, 0x62, 0x2c, 0x31, 0x0d, 0x0a])]);
    expect(await codeOf(await withCsv('indicators', csv))).toBe('csv_encoding');
  });
});

describe('every verifier code', () => {
  // Tested elsewhere: the ZIP reader's own faults one by one in zip.test.ts, an unreadable file
  // through the CLI.
  const elsewhere = [
    'package_unreadable', 'zip_malformed', 'zip_too_many_entries', 'zip_encrypted', 'zip_compression', 'zip_name_encoding',
    'zip_bad_name', 'zip_directory', 'zip_too_large', 'zip_root', 'zip_crc',
  ];
  it('is reached by a test above, or by the ZIP reader’s suite', () => {
    const untested = Object.keys(VERIFY_CODES).filter((c) => !seen.has(c) && !elsewhere.includes(c));
    expect(untested).toEqual([]);
  });
});
