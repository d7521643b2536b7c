import { join, normalize, sep } from 'node:path';

// Where a request for the renderer's files may lead, for both hosts (the Electron app:// handler
// and the web harness): only files under the renderer's folder. Pure, so it is tested under Node.

export type StaticTarget = { file: string } | { status: 403 | 404 };

/**
 * Maps a URL's path to a file under `root` (`/` is index.html). A malformed `%` escape is a page
 * that does not exist (404), never a thrown error; a path that escapes `root` is refused (403).
 */
export function resolveStaticPath(root: string, urlPath: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 404 };
  }
  if (decoded.includes('\0')) return { status: 404 };
  const rel = normalize(decoded).replace(/^([/\\])+/, '') || 'index.html';
  const file = join(root, rel);
  if (!file.startsWith(root + sep)) return { status: 403 };
  return { file };
}
