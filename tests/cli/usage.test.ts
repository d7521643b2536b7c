import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, qaygi } from './qaygi';

describe('qaygi usage', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('prints the usage with every command and exits 2 when run bare', async () => {
    const r = await qaygi([]);
    expect(r.code).toBe(2);
    for (const c of ['demo --db FILE', 'residents add', 'residents search', 'call NAME', 'audit verify']) expect(r.stdout).toContain(c);
  });

  it('exits 0 for --help', async () => {
    const r = await qaygi(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: qaygi <command>');
  });

  it.each([[['frobnicate']], [['residents']], [['residents', 'delete', '--db', 'x.db']], [['audit']]])(
    'exits 2 for the unknown command %j',
    async (args) => {
      const r = await qaygi(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Unknown command');
      expect(r.stderr).toContain('Usage: qaygi <command>');
    },
  );

  it('exits 2 for a bad --limit', async () => {
    const r = await qaygi(['residents', 'search', '--db', 'x.db', '--limit', '0', 'memmedov']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--limit');
  });
});
