// One native module, two runtimes: better-sqlite3 must be built for Node (tests, CLI, web harness)
// and for Electron (the app). This script puts the right build in place, only when needed.
//   node scripts/native.mjs node       make sure the Node build loads (rebuild from source if not)
//   node scripts/native.mjs electron   rebuild for the installed Electron (needs its headers online)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.qaygi-native-target');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function loadsInNode() {
  // A child process, so that a wrong build does not poison this one's module cache.
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });
  return r.status === 0;
}

export function ensureNode({ quiet = false } = {}) {
  const target = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';
  if (target === 'node' && loadsInNode()) return;
  if (!quiet) console.error('[qaygi] Rebuilding better-sqlite3 for Node.js (about a minute)…');
  execFileSync(npm, ['rebuild', 'better-sqlite3', '--build-from-source'], { cwd: root, stdio: quiet ? 'ignore' : 'inherit' });
  writeFileSync(marker, 'node\n');
  if (!loadsInNode()) throw new Error('better-sqlite3 still does not load in Node.js after the rebuild');
}

/**
 * ensureNode for the CLI's hot path, without a child process: loads better-sqlite3 in this process
 * (the CLI loads it anyway, so a working build costs nothing extra). Only when that fails does it
 * rebuild as ensureNode does; then it returns false, because this process has already tried the
 * wrong build (a native module cannot be loaded again): the caller must run in a fresh process.
 */
export function ensureNodeHere({ quiet = false } = {}) {
  const target = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';
  if (target !== 'node') {
    ensureNode({ quiet });
    return true;
  }
  try {
    const Database = createRequire(join(root, 'package.json'))('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch {
    ensureNode({ quiet });
    return false;
  }
}

export function ensureElectron() {
  const require = createRequire(join(root, 'package.json'));
  const version = require('electron/package.json').version;
  const want = `electron ${version}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === want) return;
  console.error(`[qaygi] Rebuilding better-sqlite3 for Electron ${version}…`);
  execFileSync(process.execPath, [join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js'), '-f', '-w', 'better-sqlite3', '-v', version], {
    cwd: root,
    stdio: 'inherit',
  });
  writeFileSync(marker, `${want}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const which = process.argv[2];
  if (which === 'node') ensureNode({ quiet: process.argv.includes('--quiet') });
  else if (which === 'electron') ensureElectron();
  else {
    console.error('usage: node scripts/native.mjs node|electron');
    process.exit(2);
  }
}
