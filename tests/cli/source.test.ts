import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, jsonLines, qaygi, tempDbPath } from './qaygi';

// The fallback of a checkout without a build: `qaygi` runs the TypeScript source through tsx
// (forced here with QAYGI_CLI_SOURCE=1) and answers exactly as the bundle does.

describe('qaygi from source (tsx)', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('prints the same usage and call list as the default run', async () => {
    for (const args of [['--help'], ['call', '--list'], []]) {
      const [source, usual] = await Promise.all([qaygi(args, { source: true }), qaygi(args)]);
      expect(source).toEqual(usual);
    }
  });

  it('writes a demo institution and finds its children', async () => {
    const db = tempDbPath();
    const demo = await qaygi(['demo', '--db', db, '--children', '5'], { source: true });
    expect(demo.code).toBe(0);
    const found = await qaygi(['residents', 'search', '--db', db, '--limit', '200', 'a'], { source: true, lang: 'en' });
    expect(found.stderr).toBe('');
    expect(found.code).toBe(0);
    expect(jsonLines(found.stdout).length).toBeGreaterThan(0);
  });

  it('exits 2 for bad arguments, as the bundle does', async () => {
    const args = ['residents', 'search', '--db', 'x.db', '--limit', '0', 'memmedov'];
    const [source, usual] = await Promise.all([qaygi(args, { source: true }), qaygi(args)]);
    expect(source.code).toBe(2);
    expect(source).toEqual(usual);
  });
});
