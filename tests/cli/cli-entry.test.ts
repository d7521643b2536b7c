import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBundle } from '../../scripts/cli-entry.mjs';
import { ROOT } from './qaygi';

// bin/qaygi.mjs runs the build's bundle only while it is fresh: no source it was built from
// changed after the build began. Otherwise (or with QAYGI_CLI_SOURCE=1) the source, through tsx.

let root: string;
const startedAt = Date.parse('2026-01-01T10:00:00Z');
const at = (iso: string) => new Date(iso);

function checkout(files: Record<string, string>) {
  for (const [file, iso] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), at(iso), at(iso));
  }
}

function built(files: string[]) {
  mkdirSync(join(root, 'out/cli'), { recursive: true });
  writeFileSync(join(root, 'out/cli/qaygi.mjs'), '');
  writeFileSync(join(root, 'out/cli/qaygi.sources.json'), JSON.stringify({ startedAt, files }));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'qaygi-cli-entry-'));
  checkout({ 'src-main/cli/main.ts': '2026-01-01T09:00:00Z', 'package-lock.json': '2025-12-01T00:00:00Z' });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('which CLI runs', () => {
  it('the source when nothing is built', () => {
    expect(freshBundle(root, {})).toBeNull();
  });

  it('the bundle when every source is older than its build', () => {
    built(['package-lock.json', 'src-main/cli/main.ts']);
    expect(freshBundle(root, {})).toBe(`file://${join(root, 'out/cli/qaygi.mjs')}`);
  });

  it('the source when a source changed after the build began, or is gone', () => {
    built(['package-lock.json', 'src-main/cli/main.ts']);
    checkout({ 'src-main/cli/main.ts': '2026-01-01T10:00:01Z' });
    expect(freshBundle(root, {})).toBeNull();
    built(['package-lock.json', 'src-main/cli/gone.ts']);
    expect(freshBundle(root, {})).toBeNull();
  });

  it('the source when QAYGI_CLI_SOURCE=1, even with a fresh bundle', () => {
    built(['package-lock.json', 'src-main/cli/main.ts']);
    expect(freshBundle(root, { QAYGI_CLI_SOURCE: '1' })).toBeNull();
  });

  it.runIf(process.env.QAYGI_BUILT === '1')('the bundle in this checkout, right after `npm test` built it', () => {
    expect(freshBundle(ROOT, {})).not.toBeNull();
  });
});
