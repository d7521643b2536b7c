// `npm test`: every test. The type checker first (it is the Electron code's first test), then the
// build the end-to-end tests drive, then vitest (core on real SQLite files, CLI, e2e in Chromium).
// Ends with one plain line, "N passed, N failed", that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureNode } from './native.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let passed = 0;
let failed = 0;

function step(name, args) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(npx, args, { stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
  return r.status === 0;
}

ensureNode();
step('type check: main, preload, core, CLI, tests', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('type check: renderer', ['tsc', '--noEmit', '-p', 'tsconfig.web.json']);
const built = step('build: electron-vite (main, preload, renderer)', ['electron-vite', 'build']);

mkdirSync('test-artifacts', { recursive: true });
const report = 'test-artifacts/vitest.json';
const extra = process.argv.slice(2);
console.log('\n▶ vitest');
const env = { ...process.env, QAYGI_BUILT: built ? '1' : '0' };
spawnSync(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  stdio: 'inherit',
  env,
});
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + suitesThatFailedToLoad(r);
} else {
  failed++;
  console.log('✗ vitest wrote no report');
}

// A suite that failed to load (a syntax error, a hook that threw) has no failed test of its own:
// count it once, so that it cannot pass unseen.
function suitesThatFailedToLoad(r) {
  return (r.testResults ?? []).filter(
    (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
