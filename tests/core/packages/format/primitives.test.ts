import { describe, expect, it } from 'vitest';
import { parseStrictJson, StrictJsonError } from '../../../../src-main/core/packages/format/json';
import { parsePeriod } from '../../../../src-main/core/packages/format/period';
import { BAGIT_TXT, buildBagInfo, buildManifest, parseBagInfo, parseManifest, payloadOxum } from '../../../../src-main/core/packages/format/bagit';
import { csvRecord, csvRecords, CsvSyntaxError } from '../../../../src-main/core/packages/format/csv';
import { pae, parseEnvelopeText, serializeEnvelope, signEnvelope, verifyEnvelopeSignature } from '../../../../src-main/core/packages/format/dsse';
import { fromBase64, generateSigningKey, keyIdOf, signerOf, signingKeyFromSeed, verifyEd25519 } from '../../../../src-main/core/packages/crypto/keys';
import { passphraseKeyStore, KeyStoreError } from '../../../../src-main/core/packages/crypto/keystore';
import { bech32Decode, bech32Encode } from '../../../../src-main/core/packages/crypto/bech32';
import { bagName, packageFileName, parseBagName } from '../../../../src-main/core/packages/format/names';
import { checkCell } from '../../../../src-main/core/packages/format/table-schema';
import { residentsSchema } from '../../../../src-main/core/packages/format/schemas/residents';
import { V1_ADMISSION_BASIS, V1_DISABILITY_DEGREE, V1_LEGAL_STATUS, V1_RESIDENT_STATUS, V1_SEX } from '../../../../src-main/core/packages/format/schemas/enums';
import { ADMISSION_BASES, DISABILITY_DEGREES, LEGAL_STATUSES, RESIDENT_STATUSES, SEX } from '../../../../src-main/core/residents/schema';

describe('strict JSON', () => {
  it('reads what JSON.parse reads', () => {
    const text = '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"],"b":{"c":{}},"d":[]}';
    expect(parseStrictJson(text)).toEqual(JSON.parse(text));
  });
  it('refuses a key named twice, at any depth', () => {
    expect(() => parseStrictJson('{"a":1,"a":2}')).toThrow(StrictJsonError);
    const e = (() => {
      try {
        parseStrictJson('{"x":{"k":1,"k":1}}');
      } catch (err) {
        return err as StrictJsonError;
      }
    })();
    expect(e?.kind).toBe('duplicate_key');
    expect(e?.detail).toBe('k');
  });
  it.each(['{"a":1,}', '[1 2]', "{'a':1}", '{"a":01}', '{"a":1} x', '\ufeff{}', '{"a":"\u0001"}', ''])('refuses bad syntax %j', (t) => {
    expect(() => parseStrictJson(t)).toThrow(StrictJsonError);
  });
  it('keeps "__proto__" an ordinary key', () => {
    const v = parseStrictJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses nesting deeper than 32', () => {
    expect(() => parseStrictJson('['.repeat(40) + ']'.repeat(40))).toThrow(/too_deep/);
  });
});

describe('periods and names', () => {
  it('reads quarters and months', () => {
    expect(parsePeriod('2026-Q3')).toEqual({ label: '2026-Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30', duration: 'P3M' });
    expect(parsePeriod('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29', duration: 'P1M' });
    expect(parsePeriod('2026-Q1')?.end).toBe('2026-03-31');
    for (const bad of ['2026-Q5', '2026-13', '2026-00', '26-Q1', '2026Q1', '1999-01', '2026-q1']) expect(parsePeriod(bad)).toBeNull();
  });
  it('names files and bag folders, and reads the folder back', () => {
    expect(packageFileName('BAK-UE-03', '2026-Q3', 7)).toBe('BAK-UE-03_2026-Q3_0007.qaygi');
    expect(bagName('BAK-UE-03', '2026-09', 12)).toBe('BAK-UE-03-2026-09-0012');
    expect(parseBagName('BAK-UE-03-2026-09-0012')).toEqual({ institution: 'BAK-UE-03', period: '2026-09', sequence: 12 });
    expect(parseBagName('BAK-2026-Q3-12345')).toEqual({ institution: 'BAK', period: '2026-Q3', sequence: 12345 });
    for (const bad of ['BAK-2026-Q3-012', 'BAK-2026-Q3-0000', 'BAK_X-2026-Q3-0001', '-2026-Q3-0001', 'BAK-2026-Q9-0001']) {
      expect(parseBagName(bad)).toBeNull();
    }
  });
});

describe('BagIt tag files', () => {
  it('writes and reads manifests strictly', () => {
    const text = buildManifest([
      { path: 'data/b.csv', sha256: 'b'.repeat(64) },
      { path: 'data/a.csv', sha256: 'a'.repeat(64) },
    ]);
    expect(text).toBe(`${'a'.repeat(64)}  data/a.csv\n${'b'.repeat(64)}  data/b.csv\n`);
    expect(parseManifest(text)).toEqual([
      { path: 'data/a.csv', sha256: 'a'.repeat(64) },
      { path: 'data/b.csv', sha256: 'b'.repeat(64) },
    ]);
    expect(parseManifest(`${text}${'a'.repeat(64)}  data/a.csv\n`)).toBeNull();
    expect(parseManifest(`${'A'.repeat(64)}  data/a.csv\n`)).toBeNull();
    expect(parseManifest(`${'a'.repeat(64)} data/a.csv\n`)).toBeNull();
    expect(parseManifest(`${'a'.repeat(64)}  data/a.csv`)).toBeNull();
    expect(parseManifest(`${'a'.repeat(64)}  data/a.csv\r\n`)).toBeNull();
  });
  it('writes and reads bag-info, refusing repeated labels and continuation lines', () => {
    const text = buildBagInfo([['Source-Organization', 'Uşaq evi'], ['Payload-Oxum', '10.2']]);
    expect(text).toBe('Source-Organization: Uşaq evi\nPayload-Oxum: 10.2\n');
    expect(parseBagInfo(text)).toEqual(new Map([['Source-Organization', 'Uşaq evi'], ['Payload-Oxum', '10.2']]));
    expect(parseBagInfo(`${text}Payload-Oxum: 11.2\n`)).toBeNull();
    expect(parseBagInfo(`${text}  continued\n`)).toBeNull();
    expect(() => buildBagInfo([['X', 'a\nb']])).toThrow();
    expect(payloadOxum([{ bytes: 3 }, { bytes: 7 }])).toBe('10.2');
    expect(BAGIT_TXT).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  });
});

describe('CSV', () => {
  it('quotes only what needs it, ends every record with CRLF, and reads back the same cells', () => {
    const rec = csvRecord(['a', 'b,c', 'd"e', 'f\r\ng', null, 'ə']);
    expect(rec).toBe('a,"b,c","d""e","f\r\ng",,ə\r\n');
    expect([...csvRecords(rec + csvRecord(['x', null]))]).toEqual([
      ['a', 'b,c', 'd"e', 'f\r\ng', null, 'ə'],
      ['x', null],
    ]);
  });
  it.each([
    ['a,b\n', 'LF only'],
    ['a,b', 'no final CRLF'],
    ['a,"b\r\n', 'unterminated quote'],
    ['a,b"c\r\n', 'quote inside a field'],
    ['a,"b"c\r\n', 'text after a closing quote'],
    ['a\rb\r\n', 'bare CR'],
  ])('refuses %j (%s)', (text) => {
    expect(() => [...csvRecords(text)]).toThrow(CsvSyntaxError);
  });
  it('checks cells against a Table Schema field', () => {
    const f = (n: string) => residentsSchema.fields.find((x) => x.name === n)!;
    expect(checkCell(f('sex'), 'M')).toBeNull();
    expect(checkCell(f('sex'), 'X')).toBe('csv_enum');
    expect(checkCell(f('sex'), null)).toBe('csv_required');
    expect(checkCell(f('date_of_birth'), '2015-02-30')).toBe('csv_type');
    expect(checkCell(f('disability'), 'yes')).toBe('csv_type');
    expect(checkCell(f('fin'), '5AB7KOM')).toBe('csv_pattern');
    expect(checkCell(f('fin'), null)).toBeNull();
    expect(checkCell(f('last_name'), '=HYPERLINK("x")')).toBe('csv_formula');
    for (const c of ['+1', '-', '@SUM(A1)', '\t=1+1', '\r=cmd', '\tBakı']) expect(checkCell(f('place_of_birth'), c)).toBe('csv_formula');
    expect(checkCell(f('last_name'), 'ə'.repeat(81))).toBe('csv_too_long');
  });
  it('freezes schema 1 code lists that still cover the app’s own lists', () => {
    expect(V1_SEX).toEqual([...SEX]);
    expect(V1_LEGAL_STATUS).toEqual([...LEGAL_STATUSES]);
    expect(V1_DISABILITY_DEGREE).toEqual([...DISABILITY_DEGREES]);
    expect(V1_RESIDENT_STATUS).toEqual([...RESIDENT_STATUSES]);
    expect(V1_ADMISSION_BASIS).toEqual([...ADMISSION_BASES]);
  });
});

describe('keys, DSSE and the key store', () => {
  it('derives the key id from the public key, and the key pair from an RFC 8032 seed', () => {
    // RFC 8032 §7.1, test 1.
    const pair = signingKeyFromSeed(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'));
    expect(pair.publicKey.toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const sig = signerOf(pair).sign(Buffer.alloc(0));
    expect(sig.toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(keyIdOf(pair.publicKey)).toMatch(/^[0-9a-f]{16}$/);
    expect(verifyEd25519(pair.publicKey, Buffer.alloc(0), sig)).toBe(true);
    expect(verifyEd25519(pair.publicKey, Buffer.from('x'), sig)).toBe(false);
  });
  it('builds PAE as the DSSE specification does', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
    expect(pae('t', Buffer.from('ə')).toString()).toBe('DSSEv1 1 t 2 ə');
  });
  it('signs and reads an envelope; a changed payload no longer verifies', () => {
    const k = generateSigningKey();
    const env = signEnvelope('application/x', Buffer.from('{"a":1}'), [signerOf(k)]);
    const back = parseEnvelopeText(serializeEnvelope(env).toString())!;
    expect(back.payload.toString()).toBe('{"a":1}');
    expect(verifyEnvelopeSignature(back, back.signatures[0]!, k.publicKey)).toBe(true);
    back.payload = Buffer.from('{"a":2}');
    expect(verifyEnvelopeSignature(back, back.signatures[0]!, k.publicKey)).toBe(false);
    const json = JSON.parse(serializeEnvelope(env).toString());
    expect(parseEnvelopeText(JSON.stringify({ ...json, extra: 1 }))).toBeNull();
    expect(parseEnvelopeText(JSON.stringify({ ...json, payload: 'eyJhIjoxfQ' }))).toBeNull(); // unpadded
    expect(parseEnvelopeText(JSON.stringify({ ...json, signatures: [] }))).toBeNull();
  });
  it('reads only canonical base64', () => {
    expect(fromBase64('YQ==')?.toString()).toBe('a');
    for (const bad of ['YQ', 'YR==', 'Y Q==', 'YQ==\n']) expect(fromBase64(bad)).toBeNull();
  });
  it('seals with a passphrase; the wrong passphrase or another key id cannot open it', async () => {
    const store = passphraseKeyStore('long enough passphrase');
    const sealed = await store.seal(Buffer.from('secret'), 'abc');
    expect(sealed).not.toContain(Buffer.from('secret').toString('base64'));
    expect((await store.open(sealed, 'abc')).toString()).toBe('secret');
    await expect(passphraseKeyStore('another passphrase!').open(sealed, 'abc')).rejects.toMatchObject({ reason: 'wrong_secret' });
    await expect(store.open(sealed, 'abd')).rejects.toBeInstanceOf(KeyStoreError);
    await expect(passphraseKeyStore('short').seal(Buffer.from('x'), 'a')).rejects.toMatchObject({ reason: 'weak_passphrase' });
  });
});

describe('bech32', () => {
  it('round-trips, and refuses a changed character or mixed case', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i);
    const s = bech32Encode('age', bytes);
    expect(bech32Decode(s)?.bytes).toEqual(bytes);
    expect(bech32Decode(s.toUpperCase())?.bytes).toEqual(bytes);
    const flipped = s.slice(0, 10) + (s[10] === 'q' ? 'p' : 'q') + s.slice(11);
    expect(bech32Decode(flipped)).toBeNull();
    expect(bech32Decode(s.slice(0, 5) + s.slice(5).toUpperCase())).toBeNull();
  });
});
