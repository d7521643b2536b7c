import yazl from 'yazl';

// The inner ZIP, deterministic: entries sorted by their UTF-8 names, every entry a regular file
// (mode 0644) dated 1980-01-01 00:00 (the earliest DOS time) with no extra fields, deflate at
// level 9, no directories, no comment. The same bytes in give the same ZIP out with the same zlib.

/** Local midnight, so that the DOS date yazl writes from local time is 1980-01-01 00:00 everywhere. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

export interface ZipInput {
  name: string;
  data: Buffer;
}

export function writeZip(files: ZipInput[]): Promise<Buffer> {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8')));
  const zip = new yazl.ZipFile();
  for (const f of sorted) {
    zip.addBuffer(f.data, f.name, { mtime: ZIP_TIME, mode: 0o100644, compressionLevel: 9, forceDosTimestamp: true });
  }
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}
