import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { ExportFileDto } from '../../../src-main/core/exports/schema';
import { valueSections } from '../../../src-main/core/reports/layout';
import { testCtx, actor } from '../../helpers/db';
import { addChild, insertInstitution } from '../packages/db-fixture';
import { ok } from '../care/fixture';
import { staffInput } from '../../helpers/staff';

// The XLSX exports read back with exceljs: the about sheet, the indicators (with the previous
// period beside, and the small-number rule for outside use), the children and staff lists with
// the screen's filters; each export audited; refused to a role without reports.

async function institutionWithTen(): Promise<Ctx> {
  const ctx = await testCtx();
  await insertInstitution(ctx);
  const decided = { admissionBasis: 'commission' as const, admissionDecisionNumber: '12/3', admissionDecisionDate: '2022-08-25', admissionAuthority: 'Nəsimi rayon komissiyası', admissionDate: '2022-09-01' };
  for (const lastName of ['Abbasov', 'Babayev', 'Cəfərov', 'Dadaşov', 'Eldarov', 'Fətullayev', 'Qasımov']) {
    await addChild(ctx, { ...decided, lastName, firstName: 'Anar', patronymic: 'Elşən oğlu', sex: 'M', dateOfBirth: '2015-03-01' });
  }
  for (const lastName of ['Həsənova', 'İsmayılova', 'Kərimova']) {
    await addChild(ctx, { ...decided, lastName, firstName: 'Aygün', patronymic: 'Elşən qızı', sex: 'F', dateOfBirth: '2014-05-02' });
  }
  return ctx;
}

async function read(file: ExportFileDto): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

/** The sheet's rows as plain values (1-based cells dropped to 0-based arrays). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (r) => out.push((r.values as unknown[]).slice(1)));
  return out;
}


describe('indicators to XLSX', () => {
  it('writes the about sheet, the population return beside the previous quarter, a sheet per section and the definitions', async () => {
    const ctx = await institutionWithTen();
    const file = await ok(ctx, 'exports.indicatorsXlsx', { period: '2026-Q3', lang: 'az' });
    expect(file.fileName).toBe('qaygi-indicators-2026-Q3.xlsx');
    const wb = await read(file);
    const dto = await ok(ctx, 'reports.indicators', { period: '2026-Q3' });
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Haqqında');
    expect(names[1]).toBe('Uşaqların sayının hərəkəti');
    expect(names).toHaveLength(1 + 1 + valueSections(dto).length + 1);
    expect(names.at(-1)).toBe('Təriflər');

    const about = rowsOf(wb.worksheets[0]!);
    expect(about[0]![0]).toBe('Göstəricilər hesabatı');
    const aboutMap = new Map(about.filter((r) => r.length >= 2).map((r) => [r[0], r[1]]));
    expect(aboutMap.get('Müəssisə')).toBe('Bakı şəhəri 3 nömrəli uşaq evi (BAK-UE-03)');
    expect(aboutMap.get('Dövr')).toBe('2026-Q3 (2026-07-01 – 2026-09-30)');
    expect(aboutMap.get('Hazırlayan')).toBe('test-director');
    expect(aboutMap.get('Hazırlanma vaxtı')).toBe('2026-11-26 10:00:00 UTC');
    expect(String(aboutMap.get('İstifadə'))).toContain('daxilində');

    const pop = rowsOf(wb.worksheets[1]!);
    expect(pop[0]).toEqual(['Göstərici', 'Dövrün əvvəlinə (2026-Q3)', 'Qəbul edilib (2026-Q3)', 'Çıxıb (2026-Q3)', 'Dövrün sonuna (2026-Q3)', 'Dövrün əvvəlinə (2026-Q2)', 'Qəbul edilib (2026-Q2)', 'Çıxıb (2026-Q2)', 'Dövrün sonuna (2026-Q2)', 'Qeyd']);
    // The first group is the total: its first row the total, then boys, then girls.
    expect(pop[2]!.slice(1, 9)).toEqual([10, 0, 0, 10, 10, 0, 0, 10]);
    expect(pop[3]!.slice(1, 9)).toEqual([7, 0, 0, 7, 7, 0, 0, 7]);
    expect(pop[4]!.slice(1, 9)).toEqual([3, 0, 0, 3, 3, 0, 0, 3]);

    const exits = rowsOf(wb.getWorksheet('Çıxma') ?? wb.worksheets[5]!);
    expect(exits.some((r) => r[1] === 0 && r[2] === 0)).toBe(true);

    const entries = await ctx.db.selectFrom('audit_log').select(['action', 'entity', 'after']).where('action', '=', 'export.xlsx').execute();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ kind: 'indicators', outside: false, fileName: 'qaygi-indicators-2026-Q3.xlsx' });
  });

  it('for outside use leaves the 3 girls empty with a note, keeps 0, 7 and 10, and says so on the about sheet', async () => {
    const ctx = await institutionWithTen();
    const file = await ok(ctx, 'exports.indicatorsXlsx', { period: '2026-Q3', outside: true, lang: 'en' });
    expect(file.fileName).toBe('qaygi-indicators-2026-Q3-outside.xlsx');
    const wb = await read(file);
    expect(wb.worksheets[0]!.name).toBe('About');
    const about = rowsOf(wb.worksheets[0]!);
    expect(about.find((r) => r[0] === 'Use')![1]).toBe('For use outside the institution');
    expect(about.find((r) => r[0] === 'Small numbers')).toBeTruthy();
    const pop = rowsOf(wb.worksheets[1]!);
    expect(pop[2]!.slice(1, 9)).toEqual([10, 0, 0, 10, 10, 0, 0, 10]);
    expect(pop[3]!.slice(1, 9)).toEqual([7, 0, 0, 7, 7, 0, 0, 7]);
    // Girls: 3 at both ends of both quarters, suppressed; their 0 admissions are not.
    const girls = pop[4]!;
    expect(girls[0]).toBe('  Girls');
    expect([girls[1], girls[2], girls[4], girls[5], girls[8]]).toEqual([undefined, 0, undefined, undefined, undefined]);
    expect(girls[9]).toBe('1–4: suppressed');
    expect(pop[3]![9] ?? '').toBe('');
    const entries = await ctx.db.selectFrom('audit_log').select('after').where('action', '=', 'export.xlsx').execute();
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ kind: 'indicators', outside: true });
  });

  it('is refused to a role without reports, and refuses a bad period naming it, writing nothing', async () => {
    const ctx = await institutionWithTen();
    const r = await dispatch({ ...ctx, actor: actor('caregiver') }, 'exports.indicatorsXlsx', { period: '2026-Q3' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('forbidden');
    const bad = await dispatch(ctx, 'exports.indicatorsXlsx', { period: '2026-Q5' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.error)).toContain('period');
    const entries = await ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'export.xlsx').execute();
    expect(entries).toHaveLength(0);
  });
});

describe('the children and staff lists to XLSX', () => {
  it('writes the children the filters select, in the screen’s order and columns, the filters on the about sheet', async () => {
    const ctx = await institutionWithTen();
    const file = await ok(ctx, 'exports.childrenXlsx', { sex: 'F', status: 'current', sort: 'name', dir: 'asc', lang: 'az' });
    const wb = await read(file);
    const about = rowsOf(wb.worksheets[0]!);
    expect(about[0]![0]).toBe('Uşaqların siyahısı');
    expect(about.find((r) => r[0] === 'Sətirlər')![1]).toBe('3');
    const filters = about.filter((r) => r[1] !== undefined && (r[0] === 'Filtrlər' || r[0] === '')).map((r) => r[1]);
    expect(filters).toEqual(['Hansı uşaqlar: Hazırkı', 'Cinsi: Qız']);
    const rows = rowsOf(wb.worksheets[1]!);
    expect(rows[0]).toEqual(['№', 'Soyadı, adı, ata adı', 'FİN', 'Cinsi', 'Doğum tarixi', 'Yaşı', 'Qrup', 'Qəbul tarixi', 'Statusu', 'Sağlamlıq imkanları']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Həsənova Aygün Elşən qızı', 'İsmayılova Aygün Elşən qızı', 'Kərimova Aygün Elşən qızı']);
    expect(rows[1]![4]).toEqual(new Date('2014-05-02T00:00:00Z'));
    expect(rows[1]![5]).toBe(12);
    const entries = await ctx.db.selectFrom('audit_log').select('after').where('action', '=', 'export.xlsx').execute();
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ kind: 'children', rows: 3 });
  });

  it('writes the staff list with the screen’s columns', async () => {
    const ctx = await institutionWithTen();
    await ok(ctx, 'staff.create', staffInput({ lastName: 'Məmmədova', firstName: 'Səbinə', patronymic: 'Əli qızı', position: 'social_worker' }));
    const file = await ok(ctx, 'exports.staffXlsx', { status: 'current', lang: 'en' });
    const rows = rowsOf((await read(file)).worksheets[1]!);
    expect(rows[0]).toEqual(['№', 'Surname, name, patronymic', 'Position', 'Department (group)', 'Date hired', 'Phone', 'Status']);
    expect(rows[1]![1]).toBe('Məmmədova Səbinə Əli qızı');
    expect(rows[1]![2]).toBe('Social worker');
  });
});
