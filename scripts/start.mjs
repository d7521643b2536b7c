// `npm start`: the app, from a checkout. Checks Node, makes sure the Electron runtime is there
// (through the electron package's own download, which `npm install` leaves to the first start),
// rebuilds better-sqlite3 for it, builds and starts. Whatever cannot be done is said in one
// sentence with what to do, never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The lowest Node the tools need, from package.json's engines (">=20.19"). */
export function requiredNode(pkg) {
  const m = /(\d+)(?:\.(\d+))?/.exec(pkg.engines?.node ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

export function nodeIsEnough(version, [major, minor]) {
  const [a, b] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/**
 * The Electron runtime: present when the electron package wrote path.txt after its download.
 * Otherwise runs the package's own install script once; returns the sentence to say when that
 * fails (no connection to Electron's download server, a proxy, a full disk…).
 */
export function ensureElectronRuntime(electronDir, run = spawnSync) {
  if (existsSync(join(electronDir, 'path.txt'))) return null;
  console.error('[qaygi] Downloading the Electron runtime (once)…');
  const r = run(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, encoding: 'utf8' });
  if (r.status === 0 && existsSync(join(electronDir, 'path.txt'))) return null;
  return (
    'Qayğı cannot start: the Electron runtime could not be downloaded (this PC cannot reach Electron’s ' +
    'download server). Connect to the internet and run `npm start` again, or open Qayğı in a browser ' +
    'with `npm run web -- --db qaygi.db`.'
  );
}

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const need = requiredNode(pkg);
  if (!nodeIsEnough(process.version, need)) {
    fail(`Qayğı needs Node.js ${need.join('.')} or newer; this is ${process.version}. Install a newer Node.js and run \`npm start\` again.`);
  }
  const missing = ensureElectronRuntime(join(root, 'node_modules', 'electron'));
  if (missing) fail(missing);
  const rebuilt = spawnSync(process.execPath, [join(root, 'scripts', 'native.mjs'), 'electron'], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (rebuilt.status !== 0) {
    fail(
      'Qayğı cannot start: the database module could not be rebuilt for Electron (it needs Electron’s headers ' +
        'from the internet the first time). Connect to the internet and run `npm start` again.',
    );
  }
  const app = spawnSync(npx, ['electron-vite', 'preview'], { cwd: root, stdio: 'inherit' });
  process.exit(app.status ?? 1);
}
