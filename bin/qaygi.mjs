#!/usr/bin/env node
// The `qaygi` command: runs the TypeScript CLI through tsx, so a checkout needs no build step.
import { register } from 'tsx/esm/api';
import { ensureNodeHere } from '../scripts/native.mjs';

if (!ensureNodeHere({ quiet: false })) {
  // better-sqlite3 was rebuilt after this process had loaded the old build: start afresh.
  const { spawnSync } = await import('node:child_process');
  const again = spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}
register();
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
