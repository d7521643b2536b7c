// `npm run dist`: installers with electron-builder (electron-builder.yml). better-sqlite3 is rebuilt
// for the packaged Electron, out/ is built, electron-builder packages it (arguments after `--` go
// to electron-builder: `npm run dist -- --linux deb`), and the Node build is put back afterwards,
// also when packaging failed, so that `npm test` and the CLI work straight after.
import { spawnSync } from 'node:child_process';
import { ensureElectron, ensureNode } from './native.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args) => spawnSync(npx, args, { stdio: 'inherit' }).status === 0;

let ok = false;
try {
  ensureElectron();
  ok = run(['electron-vite', 'build']) && run(['electron-builder', ...process.argv.slice(2)]);
} catch (e) {
  console.error(`[qaygi] ${e instanceof Error ? e.message : String(e)}`);
} finally {
  ensureNode();
}
if (!ok) {
  console.error('[qaygi] Packaging failed. It needs a connected machine (Electron, its headers and electron-builder’s tools are downloaded); build the Windows installer on Windows.');
  process.exit(1);
}
console.log('[qaygi] Installers are in dist/.');
