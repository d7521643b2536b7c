import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureElectronRuntime, nodeIsEnough, requiredNode } from '../../scripts/start.mjs';

// `npm start` on a machine that cannot start the app says so in one sentence with what to do —
// never a stack trace — and checks the Node version first.

const ROOT = join(import.meta.dirname, '..', '..');

describe('npm start', () => {
  it('knows the Node version the tools need, from package.json', () => {
    expect(requiredNode({ engines: { node: '>=20.19' } })).toEqual([20, 19]);
    expect(nodeIsEnough('v20.20.2', [20, 19])).toBe(true);
    expect(nodeIsEnough('v22.0.0', [20, 19])).toBe(true);
    expect(nodeIsEnough('v20.18.1', [20, 19])).toBe(false);
    expect(nodeIsEnough('v18.20.0', [20, 19])).toBe(false);
  });

  it('fetches the Electron runtime through the package’s own download, once, and names what to do when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qaygi-electron-'));
    const calls: string[][] = [];
    const failing = ((cmd: string, args: string[]) => (calls.push([cmd, ...args]), { status: 1 })) as never;
    const sentence = ensureElectronRuntime(dir, failing);
    expect(calls).toEqual([[process.execPath, join(dir, 'install.js')]]);
    expect(sentence).toMatch(/^Qayğı cannot start: the Electron runtime could not be downloaded .*`npm start` again.*`npm run web/);
    const downloading = ((_c: string, _a: string[]) => (writeFileSync(join(dir, 'path.txt'), 'electron'), { status: 0 })) as never;
    expect(ensureElectronRuntime(dir, downloading)).toBeNull();
    expect(ensureElectronRuntime(dir, failing)).toBeNull(); // present now: no second download
    expect(calls).toHaveLength(1);
  });

  it.skipIf(existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt')))(
    'here, where Electron cannot be downloaded, exits 1 with that one sentence',
    () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
        cwd: ROOT,
        encoding: 'utf8',
        // A download server that refuses at once, so the test is as quick on a connected machine.
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: mkdtempSync(join(tmpdir(), 'qaygi-cache-')) },
      });
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines.at(-1)).toMatch(/^Qayğı cannot start: the Electron runtime could not be downloaded/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(join(ROOT, 'node_modules', 'electron', 'path.txt'))).toBe(false);
    },
  );
});
