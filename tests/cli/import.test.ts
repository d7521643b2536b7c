import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbook } from '../core/imports/samples';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

// `qaygi import`: a workbook with good and bad rows; --json prints what the issue names; a dry run
// writes nothing; the same file again adds no one.

describe('qaygi import', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('imports the valid rows, reports the others by row, column and code, and adds no one twice', async () => {
    const db = tempDbPath();
    const file = join(dirname(db), 'register.xlsx');
    writeFileSync(
      file,
      await workbook(
        { name: 'Boş', rows: [['-']] },
        {
          name: 'Uşaqlar',
          rows: [
            ['Soyadı', 'Adı', 'Cinsi', 'Doğum tarixi', 'Qəbul tarixi', 'FİN'],
            ['Məmmədova', 'Leyla', 'qız', '01.02.2014', '01.09.2024', ''],
            ['Hüseynov', 'Emin', 'oğlan', '2013-05-05', '2024-09-01', 'BAD'],
          ],
        },
      ),
    );
    const dry = await qaygi(['import', 'residents', '--db', db, file, '--sheet', 'Uşaqlar', '--dry-run', '--json']);
    expect(dry.stderr).toBe('');
    expect(JSON.parse(dry.stdout)).toEqual({ imported: 1, skipped: 1, errors: [{ row: 3, column: 'FİN', code: 'fin_format' }] });
    expect(sql<{ n: number }>(db, 'SELECT count(*) n FROM residents')[0]!.n).toBe(0);

    const run = await qaygi(['import', 'residents', '--db', db, file, '--sheet', 'Uşaqlar', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1, skipped: 1 });
    expect(sql<{ n: number }>(db, 'SELECT count(*) n FROM residents')[0]!.n).toBe(1);
    expect(sql<{ action: string }>(db, "SELECT action FROM audit_log WHERE action IN ('resident.create', 'import.commit') ORDER BY seq").map((r) => r.action)).toEqual(['resident.create', 'import.commit']);

    const again = await qaygi(['import', 'residents', '--db', db, file, '--sheet', 'Uşaqlar'], { lang: 'en' });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Imported: 0, skipped: 2.');
    expect(again.stdout).toContain('Row 2, “Soyadı”: duplicate_existing');
    expect(sql<{ n: number }>(db, 'SELECT count(*) n FROM residents')[0]!.n).toBe(1);

    const bad = await qaygi(['import', 'pets', '--db', db, file]);
    expect(bad.code).toBe(2);
  });
});
