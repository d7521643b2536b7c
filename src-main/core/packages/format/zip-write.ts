import { crc32, deflateRawSync } from 'node:zlib';

// The inner ZIP, deterministic: entries sorted by their UTF-8 names, every entry a regular file
// (mode 0644) dated 1980-01-01 00:00 (the earliest DOS time) with no extra fields, deflate at
// zlib's default level 6, no directories, no comment. The same bytes in give the same ZIP out
// with the same zlib. (Level 9 took twice as long for 1 % fewer bytes: 140 against 72 ms for a
// quarter's 8 MB of CSV at the bench's scale, 1,059 against 1,069 KiB.)
//
// Written here rather than by yazl, byte for byte as yazl writes these entries
// (tests/core/packages/verify/zip.test.ts compares the two): yazl computes each CRC in
// JavaScript, 19 ms of an export; zlib's own crc32 takes 1 ms. No ZIP64: a bag is far below its
// limits (the verifier's caps), and a larger one is refused here rather than written wrong.

export const ZIP_LEVEL = 6;

export interface ZipInput {
  name: string;
  data: Buffer;
}

const FLAGS_UTF8 = 0x0800;
const DEFLATE = 8;
const VERSION_NEEDED = 20;
/** Unix (3), spec 6.3: what yazl writes, and what tells a reader the mode below is Unix's. */
const VERSION_MADE_BY = (3 << 8) | 63;
const DOS_TIME = 0;
/** 1980-01-01: (1980 − 1980) << 9 | month 1 << 5 | day 1. */
const DOS_DATE = 0x21;
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;

/** Version needed, flags, method, DOS time and date, CRC, sizes and name length: the same run in both headers. */
function sharedFields(b: Buffer, at: number, e: { crc: number; compressed: number; size: number; nameLength: number }) {
  b.writeUInt16LE(VERSION_NEEDED, at);
  b.writeUInt16LE(FLAGS_UTF8, at + 2);
  b.writeUInt16LE(DEFLATE, at + 4);
  b.writeUInt16LE(DOS_TIME, at + 6);
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(e.crc, at + 10);
  b.writeUInt32LE(e.compressed, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(e.nameLength, at + 22);
}

export function writeZipSync(files: ZipInput[]): Buffer {
  const sorted = files
    .map((f) => ({ ...f, nameBytes: Buffer.from(f.name, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes));
  if (sorted.length >= 0xffff) throw new RangeError('too many entries for a ZIP without ZIP64');
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of sorted) {
    const data = deflateRawSync(f.data, { level: ZIP_LEVEL });
    const crc = crc32(f.data);
    const entry = { crc, compressed: data.length, size: f.data.length, nameLength: f.nameBytes.length };
    // Local header: signature, then the fields it shares with the central record, extra length 0.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    sharedFields(local, 4, entry);
    // Central record: signature, made by, the shared fields; extra field, comment, disk number,
    // internal attributes: none, 0; then the mode and where the local header is.
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(VERSION_MADE_BY, 4);
    sharedFields(record, 6, entry);
    record.writeUInt32LE(EXTERNAL_ATTRIBUTES, 38);
    record.writeUInt32LE(offset, 42);
    parts.push(local, f.nameBytes, data);
    central.push(record, f.nameBytes);
    offset += 30 + f.nameBytes.length + data.length;
    if (offset >= 0xffffffff) throw new RangeError('too large for a ZIP without ZIP64');
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

export async function writeZip(files: ZipInput[]): Promise<Buffer> {
  return writeZipSync(files);
}
