import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../core/db/connection';
import { startWebHarness } from './server';

// `npm run web [-- --db FILE] [--port N] [--as USERNAME]`: serves the built renderer and the contract on 127.0.0.1.
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dbFile = resolve(arg('db') ?? 'qaygi-web.db');
const rendererDir = resolve(arg('renderer') ?? 'out/renderer');
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`No built renderer in ${rendererDir}: run "npx electron-vite build" first.`);
  process.exit(2);
}
const conn = await openDatabase(dbFile);
// --as USERNAME: development only, start signed in as that account (no password asked).
// --key-passphrase P: the passphrase sealing the signing key in this database (development default otherwise).
const harness = await startWebHarness({
  conn,
  rendererDir,
  port: Number(arg('port') ?? 0),
  signedInAs: arg('as'),
  keyPassphrase: arg('key-passphrase'),
});
console.log(`Qayğı web harness: ${harness.url}`);
console.log(`Database: ${dbFile}`);
const stop = async () => {
  await harness.close();
  await conn.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
