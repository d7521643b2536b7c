import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { isAllowedBagPath, parseBagName, DATA_FILE, type VerifyCaps } from '../format/names';
import { VerifyError } from './errors';

// Reads the inner ZIP of a package with every structural check, before any byte of content is
// trusted. yauzl parses the central directory; names are decoded and checked here (yauzl's own
// strict-name rule is applied too, after ours), so that each fault has its own code and a
// name can never come from an Info-ZIP Unicode Path field that other tools would not see.

export interface BagFiles {
  /** The bag's folder: `<institution>-<period>-<sequence>`. */
  root: string;
  /** Contents by path relative to the bag's folder, e.g. `data/residents.csv`. */
  files: Map<string, Buffer>;
}

interface Listed {
  entry: yauzl.Entry;
  name: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** Case- and normalisation-insensitive identity of a name: what a file system might merge. */
export const nameIdentity = (name: string) => name.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');

function open(buf: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(buf, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, zf) =>
      err ? reject(new VerifyError('zip_malformed', { reason: err.message })) : resolve(zf!),
    ),
  );
}

function listEntries(zf: yauzl.ZipFile, visit: (e: yauzl.Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zf.on('entry', (e: yauzl.Entry) => {
      try {
        visit(e);
        zf.readEntry();
      } catch (err) {
        zf.close();
        reject(err);
      }
    });
    zf.on('end', () => resolve());
    zf.on('error', (err: Error) =>
      reject(
        err instanceof VerifyError
          ? err
          : new VerifyError(/size mismatch/.test(err.message) ? 'zip_size_mismatch' : 'zip_malformed', { reason: err.message }),
      ),
    );
    zf.readEntry();
  });
}

function checkName(e: yauzl.Entry): string {
  const raw = e.fileNameRaw;
  if (!(e.generalPurposeBitFlag & 0x800) && raw.some((b) => b >= 0x80)) {
    throw new VerifyError('zip_name_encoding', { name: raw.toString('latin1') });
  }
  let name: string;
  try {
    name = utf8.decode(raw);
  } catch {
    throw new VerifyError('zip_name_encoding', { name: raw.toString('latin1') });
  }
  if (name.includes('\\')) throw new VerifyError('zip_backslash', { name });
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw new VerifyError('zip_absolute_path', { name });
  if (name.split('/').includes('..')) throw new VerifyError('zip_dotdot', { name });
  if (name.endsWith('/')) throw new VerifyError('zip_directory', { name });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name) || name.split('/').some((s) => s === '' || s === '.') || name.length > 255) {
    throw new VerifyError('zip_bad_name', { name });
  }
  if (yauzl.validateFileName(name) !== null) throw new VerifyError('zip_bad_name', { name });
  return name;
}

function checkEntry(e: yauzl.Entry, name: string, caps: VerifyCaps) {
  if (e.generalPurposeBitFlag & 0x41) throw new VerifyError('zip_encrypted', { name });
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
    throw new VerifyError('zip_compression', { name, method: e.compressionMethod });
  }
  if (e.generalPurposeBitFlag & 0x08) throw new VerifyError('zip_malformed', { reason: 'data descriptor', name });
  if (e.extraFields.some((f) => f.id !== 0x0001)) throw new VerifyError('zip_malformed', { reason: 'extra field', name });
  if (e.fileCommentLength > 0) throw new VerifyError('zip_malformed', { reason: 'file comment', name });
  const madeByUnix = e.versionMadeBy >> 8 === 3;
  const mode = e.externalFileAttributes >>> 16;
  if (madeByUnix && (mode & S_IFMT) === S_IFLNK) throw new VerifyError('zip_symlink', { name });
  if ((madeByUnix && (mode & S_IFMT) === S_IFDIR) || e.externalFileAttributes & 0x10) {
    throw new VerifyError('zip_directory', { name });
  }
  if (madeByUnix && (mode & S_IFMT) !== 0 && (mode & S_IFMT) !== S_IFREG) {
    throw new VerifyError('zip_bad_name', { name, reason: 'not a regular file' });
  }
  const rel = name.slice(name.indexOf('/') + 1);
  const cap = DATA_FILE.test(rel) ? caps.maxDataFileBytes : caps.maxTagFileBytes;
  if (e.uncompressedSize > cap) throw new VerifyError('zip_too_large', { name, bytes: e.uncompressedSize, cap });
  if (
    e.uncompressedSize >= caps.ratioFloorBytes &&
    e.uncompressedSize / Math.max(1, e.compressedSize) > caps.maxRatio
  ) {
    throw new VerifyError('zip_ratio', { name, ratio: Math.floor(e.uncompressedSize / Math.max(1, e.compressedSize)) });
  }
}

/** Local headers agree with the central directory, and no two entries share bytes. Returns where each entry's data starts. */
function checkLayout(buf: Buffer, listed: Listed[]): Map<yauzl.Entry, number> {
  const starts = new Map<yauzl.Entry, number>();
  const byOffset = [...listed].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  let end = 0;
  for (const { entry: e, name } of byOffset) {
    const at = e.relativeOffsetOfLocalHeader;
    if (at < end || at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) {
      throw new VerifyError('zip_malformed', { reason: 'overlapping or missing local header', name });
    }
    const flags = buf.readUInt16LE(at + 6);
    const method = buf.readUInt16LE(at + 8);
    const nameLen = buf.readUInt16LE(at + 26);
    const extraLen = buf.readUInt16LE(at + 28);
    const localName = buf.subarray(at + 30, at + 30 + nameLen);
    if (flags !== e.generalPurposeBitFlag || method !== e.compressionMethod || !localName.equals(e.fileNameRaw)) {
      throw new VerifyError('zip_malformed', { reason: 'local header differs from the central directory', name });
    }
    starts.set(e, at + 30 + nameLen + extraLen);
    end = at + 30 + nameLen + extraLen + e.compressedSize;
    if (end > buf.length) throw new VerifyError('zip_malformed', { reason: 'entry runs past the end', name });
  }
  return starts;
}

/**
 * An entry's bytes, inflated in one call from where its local header ends (checkLayout found it
 * inside the buffer), never more than the entry declared: a stream that would give more stops at
 * the declared size and is refused, as is one that gives less, or bytes whose CRC differs.
 */
function readEntry(buf: Buffer, e: yauzl.Entry, name: string, start: number): Buffer {
  const raw = buf.subarray(start, start + e.compressedSize);
  let data: Buffer;
  if (e.compressionMethod === 0) data = raw;
  else {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch (er) {
      if ((er as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new VerifyError('zip_size_mismatch', { name, declared: e.uncompressedSize });
      throw new VerifyError('zip_malformed', { reason: (er as Error).message, name });
    }
  }
  if (data.length !== e.uncompressedSize) throw new VerifyError('zip_size_mismatch', { name, declared: e.uncompressedSize });
  if (crc32(data) !== e.crc32) throw new VerifyError('zip_crc', { name });
  return data;
}

export async function readBagZip(buf: Buffer, caps: VerifyCaps): Promise<BagFiles> {
  const zf = await open(buf);
  try {
    if (zf.entryCount > caps.maxEntries) throw new VerifyError('zip_too_many_entries', { entries: zf.entryCount, cap: caps.maxEntries });
    if ((zf.comment as unknown as Buffer).length > 0) throw new VerifyError('zip_malformed', { reason: 'archive comment' });
    const listed: Listed[] = [];
    let total = 0;
    await listEntries(zf, (entry) => {
      const name = checkName(entry);
      checkEntry(entry, name, caps);
      total += entry.uncompressedSize;
      if (total > caps.maxTotalBytes) throw new VerifyError('zip_too_large', { name, bytes: total, cap: caps.maxTotalBytes });
      listed.push({ entry, name });
    });

    const seen = new Map<string, string>();
    for (const { name } of listed) {
      const id = nameIdentity(name);
      const other = seen.get(id);
      if (other !== undefined) throw new VerifyError('zip_duplicate_name', { name, other });
      seen.set(id, name);
    }
    const roots = new Set(listed.map(({ name }) => (name.includes('/') ? name.slice(0, name.indexOf('/')) : '')));
    const root = roots.size === 1 ? [...roots][0]! : '';
    if (!root || !parseBagName(root)) throw new VerifyError('zip_root', { roots: [...roots].join(', ') });
    for (const { name } of listed) {
      const rel = name.slice(root.length + 1);
      if (!isAllowedBagPath(rel)) throw new VerifyError('zip_unexpected_file', { name });
    }
    const starts = checkLayout(buf, listed);

    const files = new Map<string, Buffer>();
    for (const { entry, name } of listed) files.set(name.slice(root.length + 1), readEntry(buf, entry, name, starts.get(entry)!));
    return { root, files };
  } finally {
    zf.close();
  }
}
