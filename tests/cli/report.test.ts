import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT, qaygi, sql, tempDbPath } from './qaygi';

// `qaygi report` on a demo institution: the JSON the issue names, checked against the episodes
// counted with SQL here; the table in the user's language; a bad period refused.

let db: string;
beforeAll(async () => {
  db = tempDbPath();
  const r = await qaygi(['demo', '--db', db]);
  if (r.code !== 0) throw new Error(r.stderr);
}, CLI_TEST_TIMEOUT);

describe('qaygi report', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('prints one JSON object with the population totals and exits by destination', async () => {
    const r = await qaygi(['report', '--db', db, '--period', '2026-Q3', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      population: { opening: number; admissions: number; exits: number; closing: number; bySex: Record<'M' | 'F', { closing: number }> };
      exitsByDestination: Record<string, number>;
    };
    const p = out.population;
    expect(p.opening + p.admissions - p.exits).toBe(p.closing);
    expect(p.bySex.M.closing + p.bySex.F.closing).toBe(p.closing);
    const [adm] = sql<{ n: number }>(db, "SELECT count(*) n FROM care_episodes WHERE kind = 'admission' AND voided_at IS NULL AND started_on BETWEEN '2026-07-01' AND '2026-09-30'");
    expect(p.admissions).toBe(adm!.n);
    const byDest = sql<{ destination: string; n: number }>(db, "SELECT destination, count(*) n FROM care_episodes WHERE kind = 'exit' AND voided_at IS NULL AND started_on BETWEEN '2026-07-01' AND '2026-09-30' GROUP BY destination");
    for (const { destination, n } of byDest) expect(out.exitsByDestination[destination]).toBe(n);
    expect(Object.values(out.exitsByDestination).reduce((a, b) => a + b, 0)).toBe(p.exits);
    expect(Object.keys(out.exitsByDestination)).toContain('international_adoption');
  });

  it('prints a table in the language of the command line, and refuses a period it cannot read', async () => {
    const az = await qaygi(['report', '--db', db, '--period', '2026-Q3']);
    expect(az.code).toBe(0);
    expect(az.stdout).toContain('Göstəricilər: 2026-Q3 (2026-07-01 – 2026-09-30)');
    expect(az.stdout).toContain('Uşaqların sayının hərəkəti');
    const ru = await qaygi(['report', '--db', db, '--period', '2026'], { lang: 'ru' });
    expect(ru.stdout).toContain('Движение контингента');
    // The domains' sections too (core/reports/sources.ts), laid out from the DTO.
    expect(az.stdout).toContain('== Fərdi qayğı planları ==');
    expect(ru.stdout).toContain('== Вместимость и заполненность ==');
    const bad = await qaygi(['report', '--db', db, '--period', '2026-Q7']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('2026-Q3 (rüb)');
  });

  it('writes the XLSX of the report with --xlsx, inside and (with --outside) for outside use', async () => {
    const json = JSON.parse((await qaygi(['report', '--db', db, '--period', '2026-Q3', '--json'])).stdout) as { population: { closing: number } };
    const inside = join(dirname(db), 'q3.xlsx');
    const r = await qaygi(['report', '--db', db, '--period', '2026-Q3', '--xlsx', inside]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(inside);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('Göstəricilər hesabatı');
    // The population return's total, closing (column E of its first figure row), as the JSON.
    expect(wb.worksheets[1]!.getCell('E3').value).toBe(json.population.closing);
    const outside = join(dirname(db), 'q3-outside.xlsx');
    const o = await qaygi(['report', '--db', db, '--period', '2026-Q3', '--xlsx', outside, '--outside'], { lang: 'en' });
    expect(o.code).toBe(0);
    const wo = new ExcelJS.Workbook();
    await wo.xlsx.readFile(outside);
    expect(wo.worksheets[0]!.name).toBe('About');
    // No count of 1 to 4 leaves in the population return.
    wo.worksheets[1]!.eachRow((row, n) => {
      if (n < 2) return;
      for (let c = 2; c <= 9; c++) {
        const v = row.getCell(c).value;
        if (typeof v === 'number') expect(v === 0 || v >= 5).toBe(true);
      }
    });
  });
});
