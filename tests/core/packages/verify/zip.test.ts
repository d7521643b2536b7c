import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPS } from '../../../../src-main/core/packages/format/names';
import { VerifyError } from '../../../../src-main/core/packages/verify/errors';
import { readBagZip } from '../../../../src-main/core/packages/verify/zip-read';
import yazl from 'yazl';
import { writeZip, ZIP_LEVEL } from '../../../../src-main/core/packages/format/zip-write';
import { rawZip, type RawEntry } from '../raw-zip';

const ROOT = 'BAK-UE-03-2026-Q3-0001';
const ok = (name: string, data = Buffer.from('x\r\n')): RawEntry => ({ name: `${ROOT}/${name}`, data });
const base = () => [ok('bagit.txt'), ok('data/residents.csv')];

async function codeOf(zip: Buffer, caps = DEFAULT_CAPS): Promise<string | null> {
  try {
    await readBagZip(zip, caps);
    return null;
  } catch (e) {
    if (e instanceof VerifyError) return e.code;
    throw e;
  }
}

/** The writer as it was: yazl, deflate at the same level. The reference for our own writer's bytes. */
function yazlZip(files: Array<{ name: string; data: Buffer }>): Promise<Buffer> {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
  const zip = new yazl.ZipFile();
  for (const f of sorted) {
    zip.addBuffer(f.data, f.name, { mtime: new Date(1980, 0, 1, 0, 0, 0), mode: 0o100644, compressionLevel: ZIP_LEVEL, forceDosTimestamp: true });
  }
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}

describe('the ZIP writer', () => {
  it('writes, byte for byte, what yazl wrote for the same files', async () => {
    const big = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `${i},Məmmədova,ə😀,"a,b"\r\n`).join(''), 'utf8');
    const sets = [
      [{ name: `${ROOT}/bagit.txt`, data: Buffer.from('BagIt-Version: 1.0\n') }],
      [
        { name: `${ROOT}/data/residents.csv`, data: big },
        { name: `${ROOT}/data/empty.csv`, data: Buffer.alloc(0) },
        { name: `${ROOT}/data/ağ.csv`, data: Buffer.from('ə') },
        { name: `${ROOT}/bag-info.txt`, data: Buffer.from('x') },
        { name: `${ROOT}/Data/upper.csv`, data: Buffer.from([0, 1, 2, 255]) },
      ],
    ];
    for (const files of sets) expect((await writeZip(files)).equals(await yazlZip(files))).toBe(true);
  });

  it('is deterministic: sorted names, fixed time and mode, no extra fields, no comment', async () => {
    const files = [
      { name: `${ROOT}/data/b.csv`, data: Buffer.from('b') },
      { name: `${ROOT}/bagit.txt`, data: Buffer.from('a') },
    ];
    const one = await writeZip(files);
    const two = await writeZip([...files].reverse());
    expect(one.equals(two)).toBe(true);
    const { files: back } = await readBagZip(one, DEFAULT_CAPS);
    expect([...back.keys()]).toEqual(['bagit.txt', 'data/b.csv']);
    // The first local header: UTF-8 flag, deflate, DOS time 00:00 on 1980-01-01, no extra field.
    expect(one.readUInt16LE(6)).toBe(0x0800);
    expect(one.readUInt16LE(8)).toBe(8);
    expect(one.readUInt16LE(10)).toBe(0);
    expect(one.readUInt16LE(12)).toBe(0x21);
    expect(one.readUInt16LE(28)).toBe(0);
    expect(one.readUInt16LE(one.length - 2)).toBe(0); // no archive comment
  });
});

describe('the ZIP reader refuses, each with its own code', () => {
  it('accepts a clean archive from the test writer', async () => {
    expect(await codeOf(rawZip(base()))).toBeNull();
  });
  it.each<[string, RawEntry[], string]>([
    ['a .. segment', [...base(), ok('data/../../evil.csv')], 'zip_dotdot'],
    ['an absolute path', [...base(), { name: '/etc/passwd', data: Buffer.from('x') }], 'zip_absolute_path'],
    ['a drive letter', [...base(), { name: 'C:/x.csv', data: Buffer.from('x') }], 'zip_absolute_path'],
    ['a backslash', [...base(), ok('data\\residents2.csv')], 'zip_backslash'],
    ['a directory entry', [...base(), ok('data/')], 'zip_directory'],
    ['a directory by mode', [...base(), { ...ok('data/x.csv'), mode: 0o040755 }], 'zip_directory'],
    ['a symlink', [...base(), { ...ok('data/link.csv', Buffer.from('/etc/passwd')), mode: 0o120777 }], 'zip_symlink'],
    ['an encrypted entry', [...base(), { ...ok('data/x.csv'), flags: 0x0801 }], 'zip_encrypted'],
    ['bzip2', [...base(), { ...ok('data/x.csv'), method: 12, compressed: Buffer.from('BZh') }], 'zip_compression'],
    ['a CP437 name with high bytes', [...base(), { name: Buffer.from(`${ROOT}/data/\x80.csv`, 'latin1'), data: Buffer.from('x'), flags: 0 }], 'zip_name_encoding'],
    ['a UTF-8 flag on invalid UTF-8', [...base(), { name: Buffer.from([...Buffer.from(`${ROOT}/data/`), 0xc3, 0x28]), data: Buffer.from('x') }], 'zip_name_encoding'],
    ['a control character', [...base(), ok('data/a\u0001.csv')], 'zip_bad_name'],
    ['an empty segment', [...base(), ok('data//x.csv')], 'zip_bad_name'],
    ['the same name twice', [...base(), ok('data/residents.csv')], 'zip_duplicate_name'],
    ['names equal after case folding', [...base(), ok('DATA/RESIDENTS.CSV')], 'zip_duplicate_name'],
    ['names equal after NFC (é composed and decomposed)', [...base(), ok('data/caf\u00e9.csv'), ok('data/cafe\u0301.csv')], 'zip_duplicate_name'],
    ['two roots', [...base(), { name: 'OTHER-2026-Q3-0001/bagit.txt', data: Buffer.from('x') }], 'zip_root'],
    ['a root that is not a bag name', [{ name: 'package/bagit.txt', data: Buffer.from('x') }], 'zip_root'],
    ['a file at the top', [{ name: 'bagit.txt', data: Buffer.from('x') }], 'zip_root'],
    ['a file not in the whitelist', [...base(), ok('run.sh')], 'zip_unexpected_file'],
    ['a data file that is not CSV', [...base(), ok('data/x.exe')], 'zip_unexpected_file'],
    ['a Unicode Path extra field', [...base(), { ...ok('data/x.csv'), extra: Buffer.from([0x75, 0x70, 1, 0, 1]) }], 'zip_malformed'],
  ])('%s', async (_what, entries, code) => {
    expect(await codeOf(rawZip(entries))).toBe(code);
  });

  it('an archive comment', async () => {
    expect(await codeOf(rawZip(base(), Buffer.from('hi')))).toBe('zip_malformed');
  });
  it('too many entries', async () => {
    const many = Array.from({ length: 70 }, (_, i) => ok(`data/f${i}.csv`));
    expect(await codeOf(rawZip(many))).toBe('zip_too_many_entries');
  });
  it('a ZIP bomb by ratio: 50 MB of zeros in a few kilobytes', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    const entry: RawEntry = { ...ok('data/bomb.csv'), data: zeros.subarray(0, 1), compressed: deflateRawSync(zeros), declaredSize: zeros.length, crc: 0 };
    expect(await codeOf(rawZip([...base(), entry]))).toBe('zip_ratio');
  });
  it('a ZIP bomb by a lying size: it declares 10 bytes and inflates to 10 MB', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 0x61);
    const entry: RawEntry = { ...ok('data/liar.csv'), data: big.subarray(0, 10), compressed: deflateRawSync(big), declaredSize: 10 };
    expect(await codeOf(rawZip([...base(), entry]))).toBe('zip_size_mismatch');
  });
  it('a stored entry that claims more than it holds', async () => {
    const entry: RawEntry = { ...ok('data/s.csv'), method: 0, declaredSize: 99 };
    expect(await codeOf(rawZip([...base(), entry]))).toBe('zip_size_mismatch');
  });
  it('a file over the size cap, and a total over the cap', async () => {
    const caps = { ...DEFAULT_CAPS, maxDataFileBytes: 1000, maxTotalBytes: 1500 };
    expect(await codeOf(rawZip([...base(), ok('data/a.csv', Buffer.alloc(1001, 0x61))]), caps)).toBe('zip_too_large');
    expect(await codeOf(rawZip([...base(), ok('data/a.csv', Buffer.alloc(800, 0x61)), ok('data/b.csv', Buffer.alloc(800, 0x61))]), caps)).toBe('zip_too_large');
  });
  it('a wrong CRC', async () => {
    expect(await codeOf(rawZip([...base(), { ...ok('data/c.csv'), crc: 1234 }]))).toBe('zip_crc');
  });
  it('a local header whose name differs from the central directory', async () => {
    const zip = rawZip(base());
    const at = zip.indexOf(Buffer.from(`${ROOT}/bagit.txt`));
    zip.write('B', at + ROOT.length + 1, 'latin1'); // the local copy now says Bagit.txt
    expect(await codeOf(zip)).toBe('zip_malformed');
  });
  it('not a ZIP at all', async () => {
    expect(await codeOf(Buffer.from('hello'))).toBe('zip_malformed');
  });
});
