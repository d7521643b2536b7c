// Which code a command line runs: the bundle that `electron-vite build` writes (out/cli/<name>.mjs,
// see scripts/cli-bundle.ts), or the TypeScript source through tsx. The bundle is used when it
// exists and none of the files it was built from (out/cli/<name>.sources.json) changed after its
// build began; QAYGI_CLI_SOURCE=1 always runs the source. A stat per source file: a few milliseconds.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The bundle's file URL when it is there and fresh, otherwise null. */
export function freshBundle(root, env = process.env, name = 'qaygi') {
  if (env.QAYGI_CLI_SOURCE === '1') return null;
  const bundle = join(root, 'out', 'cli', `${name}.mjs`);
  try {
    const { startedAt, files } = JSON.parse(readFileSync(join(root, 'out', 'cli', `${name}.sources.json`), 'utf8'));
    statSync(bundle);
    // A missing source (deleted, renamed) throws too: stale.
    for (const file of files) if (statSync(join(root, file)).mtimeMs > startedAt) return null;
  } catch {
    return null;
  }
  return pathToFileURL(bundle).href;
}
