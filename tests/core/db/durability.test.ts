import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/connection';
import { systemCtx } from '../../../src-main/core/session';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { childInput } from '../../helpers/residents';

const mode = (f: string) => statSync(f).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the database file on disk', () => {
  it('is created 0600 with its WAL and shared-memory files, in a new folder made 0700, whatever the umask', async () => {
    const base = mkdtempSync(join(tmpdir(), 'qaygi-perm-'));
    const file = join(base, 'institution', 'qaygi.db');
    const old = process.umask(0o022);
    try {
      const conn = await openDatabase(file);
      await dispatch(systemCtx(conn.db, 'test'), 'residents.create', childInput());
      expect(mode(join(base, 'institution'))).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f).toString(8), f).toBe('600');
      await conn.close();
    } finally {
      process.umask(old);
    }
  });

  it('narrows an existing database that was readable by others', async () => {
    const base = mkdtempSync(join(tmpdir(), 'qaygi-perm-'));
    const file = join(base, 'qaygi.db');
    writeFileSync(file, '', { mode: 0o644 });
    const folderBefore = mode(base);
    const conn = await openDatabase(file);
    expect(mode(file).toString(8)).toBe('600');
    expect(mode(base)).toBe(folderBefore); // a folder the user chose is left alone
    await conn.close();
  });

  it('commits with synchronous=FULL under WAL', async () => {
    const base = mkdtempSync(join(tmpdir(), 'qaygi-perm-'));
    const conn = await openDatabase(join(base, 'qaygi.db'));
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    await conn.close();
  });
});
