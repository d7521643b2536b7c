import { AppError } from '../contract/errors';
import { uuidv7 } from '../ids';
import { IMPORT_LIMITS, type Upload } from './schema';

// Files on their way in: the chunks of an upload kept in memory until the import is committed or
// an hour has passed. One user's upload is no one else's. The CLI never stages: it reads the file.

interface Staged {
  owner: string;
  fileName: string;
  size: number;
  bytes: Uint8Array;
  received: number;
  touched: number;
}

const HOUR = 3_600_000;
const staged = new Map<string, Staged>();

function sweep(now: number): void {
  for (const [id, s] of staged) if (now - s.touched > HOUR) staged.delete(id);
}

export function receiveChunk(owner: string, input: Upload, now: number): { uploadId: string; received: number; size: number } {
  sweep(now);
  const chunk = new Uint8Array(Buffer.from(input.dataBase64, 'base64'));
  let id = input.uploadId;
  let s = id ? staged.get(id) : undefined;
  if (id && (!s || s.owner !== owner)) throw new AppError('not_found', 'imports.errors.uploadGone');
  if (!s) {
    if (input.offset !== 0) throw new AppError('invalid', 'imports.errors.uploadGone');
    id = uuidv7(now);
    s = { owner, fileName: input.fileName, size: input.size, bytes: new Uint8Array(input.size), received: 0, touched: now };
    staged.set(id, s);
  }
  if (input.offset !== s.received || input.offset + chunk.length > s.size || chunk.length > IMPORT_LIMITS.chunkBytes) {
    throw new AppError('invalid', 'imports.errors.uploadOrder');
  }
  s.bytes.set(chunk, input.offset);
  s.received += chunk.length;
  s.touched = now;
  return { uploadId: id!, received: s.received, size: s.size };
}

/** The whole file of a finished upload. */
export function stagedFile(owner: string, uploadId: string): { fileName: string; bytes: Uint8Array } {
  const s = staged.get(uploadId);
  if (!s || s.owner !== owner) throw new AppError('not_found', 'imports.errors.uploadGone');
  if (s.received !== s.size) throw new AppError('invalid', 'imports.errors.uploadIncomplete');
  s.touched = Date.now();
  return { fileName: s.fileName, bytes: s.bytes };
}

export function dropStaged(uploadId: string): void {
  staged.delete(uploadId);
}

/** Stages a file's bytes whole (the CLI and tests reach the same preview and commit). */
export function stageBytes(owner: string, fileName: string, bytes: Uint8Array, now: number): string {
  const id = uuidv7(now);
  staged.set(id, { owner, fileName, size: bytes.length, bytes, received: bytes.length, touched: now });
  return id;
}
