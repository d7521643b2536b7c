import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The GitHub Actions workflow cannot run here; this keeps it saying what the README promises:
// on Linux and Windows, install, the whole suite, the installers, and the packaged app started once.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Step { run?: string; uses?: string; if?: string }
const workflow = yaml.load(readFileSync(resolve(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix: { os: string[] } }; steps: Step[] }>;
};
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('the CI workflow', () => {
  const job = Object.values(workflow.jobs)[0]!;
  const runs = job.steps.map((s) => s.run ?? '').join('\n');

  it('runs on Linux and Windows', () => {
    const os = job.strategy!.matrix.os;
    expect(os.some((o) => o.startsWith('ubuntu'))).toBe(true);
    expect(os.some((o) => o.startsWith('windows'))).toBe(true);
  });

  it('installs, tests, packages and starts the packaged app, with scripts that exist', () => {
    const order = ['npm ci', 'npm test', 'npm run dist', 'npm run smoke:electron'].map((c) => runs.indexOf(c));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const script of ['test', 'dist', 'smoke:electron']) expect(pkg.scripts[script]).toBeTruthy();
    expect(existsSync(resolve(ROOT, pkg.scripts['smoke:electron']!.split(' ').at(-1)!))).toBe(true);
  });

  it('uses only pinned major versions of its actions', () => {
    for (const s of job.steps) if (s.uses) expect(s.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });
});
