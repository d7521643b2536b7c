import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

// `qaygi backup` and `qaygi restore`, as a script would run them, and `age -d` on the result.

const PASS = 'ehtiyat nüsxə parolu 2026';
const hasAgeCli = spawnSync('age', ['--version']).status === 0;
const AGE_TTY = join(dirname(new URL(import.meta.url).pathname), '../core/backup/age-tty.py');

describe('qaygi backup / restore', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('backs up, restores over a changed database keeping it aside, and refuses what it must', async () => {
    const db = tempDbPath();
    const dir = dirname(db);
    expect((await qaygi(['demo', '--db', db, '--children', '6'])).code).toBe(0);
    const passFile = join(dir, 'pass.txt');
    writeFileSync(passFile, `${PASS}\n`);
    const out = join(dir, 'copy.age');

    const b = await qaygi(['backup', '--db', db, '--out', out, '--passphrase-file', passFile], { lang: 'en' });
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain('Backup written');
    expect(readFileSync(out).subarray(0, 70).toString('latin1')).toMatch(/-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    const before = sql<{ id: string; first_name: string }>(db, 'SELECT id, first_name FROM residents ORDER BY id');

    if (hasAgeCli) {
      const plain = join(dir, 'by-age.db');
      const r = spawnSync('python3', [AGE_TTY, PASS, 'age', '-d', '-o', plain, out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(sql(plain, 'SELECT id, first_name FROM residents ORDER BY id')).toEqual(before);
    }

    const { default: Database } = await import('better-sqlite3');
    const w = new Database(db);
    // Changed behind the app's back (other tables refer to the children, so it is changed, not deleted).
    w.prepare("UPDATE residents SET first_name = 'Dəyişdirilmiş' WHERE id = ?").run(before[0]!.id);
    w.close();

    const r = await qaygi(['restore', '--db', db, '--from', out, '--passphrase-file', passFile], { lang: 'en' });
    expect(r.code, r.stderr).toBe(0);
    expect(sql(db, 'SELECT id, first_name FROM residents ORDER BY id')).toEqual(before);
    expect(sql<{ action: string }>(db, 'SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1')[0]!.action).toBe('backup.restore');
    expect(readdirSync(dir).some((n) => n.startsWith('qaygi.db.before-restore-'))).toBe(true);
    expect((await qaygi(['audit', 'verify', '--db', db])).code).toBe(0);

    // Refusals: exit 1 with the reason in the user's language; the database stays as it is.
    const wrong = join(dir, 'wrong.txt');
    writeFileSync(wrong, 'bu parol deyil, başqasıdır\n');
    const refused = await qaygi(['restore', '--db', db, '--from', out, '--passphrase-file', wrong], { lang: 'az' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Parol səhvdir');
    const cut = join(dir, 'cut.age');
    writeFileSync(cut, readFileSync(out).subarray(0, 200));
    const ru = await qaygi(['restore', '--db', db, '--from', cut, '--passphrase-file', passFile], { lang: 'ru' });
    expect(ru.code).toBe(1);
    expect(ru.stderr).toMatch(/повреждена|неполная/);
    expect(sql(db, 'SELECT id, first_name FROM residents ORDER BY id')).toEqual(before);

    // Usage: exit 2.
    expect((await qaygi(['backup', '--db', db, '--passphrase-file', passFile])).code).toBe(2);
    expect((await qaygi(['restore', '--db', db, '--from', out])).code).toBe(2);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
