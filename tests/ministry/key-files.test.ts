import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeKeyFiles } from '../../src-main/ministry/key-files';
import { CliFailure } from '../../src-main/cli/command';

describe('the key files the ministry commands write', () => {
  it('makes the folder, and the secret file is readable by its owner only', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'qaygi-keyfiles-')), 'ministry');
    writeKeyFiles(dir, [
      { path: join(dir, 'secret.txt'), text: 'S\n', secret: true },
      { path: join(dir, 'public.txt'), text: 'P\n', secret: false },
    ]);
    expect(readFileSync(join(dir, 'secret.txt'), 'utf8')).toBe('S\n');
    expect(statSync(join(dir, 'secret.txt')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'public.txt'), 'utf8')).toBe('P\n');
  });

  it('never writes over a key: one existing file refuses them all, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qaygi-keyfiles-'));
    writeFileSync(join(dir, 'public.txt'), 'old\n');
    let failure: unknown;
    try {
      writeKeyFiles(dir, [
        { path: join(dir, 'secret.txt'), text: 'S\n', secret: true },
        { path: join(dir, 'public.txt'), text: 'P\n', secret: false },
      ]);
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(CliFailure);
    expect((failure as Error).message).toContain(join(dir, 'public.txt'));
    expect(existsSync(join(dir, 'secret.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'public.txt'), 'utf8')).toBe('old\n');
  });
});
