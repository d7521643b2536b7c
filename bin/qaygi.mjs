#!/usr/bin/env node
// The `qaygi` command. After a build it runs the bundled CLI (out/cli/qaygi.mjs), which starts in a
// fraction of a second; in a checkout without a build, or when a source changed since the build
// (scripts/cli-entry.mjs), or with QAYGI_CLI_SOURCE=1, it runs the TypeScript source through tsx.
import { fileURLToPath } from 'node:url';
import { freshBundle } from '../scripts/cli-entry.mjs';
import { ensureNodeHere } from '../scripts/native.mjs';

if (!ensureNodeHere({ quiet: false })) {
  // better-sqlite3 was rebuilt after this process had loaded the old build: start afresh.
  const { spawnSync } = await import('node:child_process');
  const again = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}
const bundle = freshBundle(fileURLToPath(new URL('..', import.meta.url)));
let main;
if (bundle) ({ main } = await import(bundle));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src-main/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
