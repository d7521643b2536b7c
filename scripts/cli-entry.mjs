// Which code `qaygi` runs: the bundle that `electron-vite build` writes (out/cli/qaygi.mjs, see
// scripts/cli-bundle.ts), or the TypeScript source through tsx. The bundle is used when it exists
// and none of the files it was built from (out/cli/sources.json) changed after its build began;
// QAYGI_CLI_SOURCE=1 always runs the source. A stat per source file: a few milliseconds.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The bundle's file URL when it is there and fresh, otherwise null. */
export function freshBundle(root, env = process.env) {
  if (env.QAYGI_CLI_SOURCE === '1') return null;
  const dir = join(root, 'out', 'cli');
  try {
    const { startedAt, files } = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    statSync(join(dir, 'qaygi.mjs'));
    // A missing source (deleted, renamed) throws too: stale.
    for (const file of files) if (statSync(join(root, file)).mtimeMs > startedAt) return null;
  } catch {
    return null;
  }
  return pathToFileURL(join(dir, 'qaygi.mjs')).href;
}
