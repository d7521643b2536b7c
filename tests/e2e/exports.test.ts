import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az, ru } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { ARTIFACTS, E2E_USER, seedChild, startE2E, type E2E } from './fixture';
import { goTo } from './helpers';

// Issue 12 §3–4 in Chromium: the indicators for outside use downloaded as XLSX from the Reports
// screen and read back; the children list's XLSX with its filter; the register's print page and
// the child's personal file printed to A4 PDFs with Chromium's print, read back with pdftotext
// (every Azerbaijani letter) and looked at as PNG (pdftoppm).

let e2e: E2E;
const X = az.exports;
let childId = '';

beforeAll(async () => {
  e2e = await startE2E({ users: [{ username: 'muellim', role: 'teacher', displayName: 'Nərgiz Əliyeva' }] });
  const child = (lastName: string, firstName: string, sex: 'M' | 'F', dateOfBirth: string, admissionDate: string) =>
    seedChild(e2e.ctx, { lastName, firstName, patronymic: sex === 'M' ? 'Elşən oğlu' : 'Elşən qızı', sex, dateOfBirth, admissionDate, legalStatus: 'parents_unable', groupName: 'Günəş' });
  const a = await child('Şükürova', 'Gülçöhrə', 'F', '2014-02-03', '2025-05-01');
  await child('Bayramov', 'Bəxtiyar', 'M', '2016-07-11', '2026-08-01');
  const c = await child('Cəlilov', 'Cavid', 'M', '2012-03-09', '2026-10-05');
  const exit = await dispatch(e2e.ctx, 'care.exit', {
    residentId: c.id, exitedOn: '2026-11-10', destination: 'kinship', exitReason: 'family_ready', decidingBody: 'guardianship', decisionNumber: 'Q-7', decisionDate: '2026-11-09',
  });
  if (!exit.ok) throw new Error(JSON.stringify(exit.error));
  const rel = await dispatch(e2e.ctx, 'care.relativeCreate', { residentId: a.id, relation: 'mother', lastName: 'Şükürova', firstName: 'Xədicə', address: 'Gəncə, Atatürk pr. 18', addressRestricted: true } as never);
  if (!rel.ok) throw new Error(JSON.stringify(rel.error));
  childId = a.id;
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

function pdfText(pdf: string): string {
  // Words as they follow each other (a cell's text may wrap onto the next line).
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('exports and printed files in the browser', () => {
  it('downloads the indicators for outside use and the children list as XLSX', async () => {
    const page = await e2e.openApp({ viewport: { width: 1366, height: 900 }, path: '/reports/2026-Q4' });
    await page.getByTestId('report-xlsx-outside').waitFor();
    await e2e.shot(page, 'exports-01-reports-buttons');
    const download = page.waitForEvent('download');
    await page.getByTestId('report-xlsx-outside').click();
    const work = mkdtempSync(join(tmpdir(), 'qaygi-e2e-xlsx-'));
    const file = join(work, (await download).suggestedFilename());
    expect((await download).suggestedFilename()).toBe('qaygi-indicators-2026-Q4-outside.xlsx');
    await (await download).saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]!.name).toBe(X.about.sheet);
    const use: unknown[] = [];
    wb.worksheets[0]!.eachRow((r) => { if (r.getCell(1).value === X.about.use) use.push(r.getCell(2).value); });
    expect(use).toEqual([X.about.outside]);
    // 2026-Q4's total: 2 at the start (suppressed), 1 admitted (suppressed), 1 exit, 2 at the end — all 1–4.
    expect(wb.worksheets[1]!.getCell('B3').value).toBeNull();

    await goTo(page, e2e, '/children');
    await page.getByTestId('children-xlsx').waitFor();
    const list = page.waitForEvent('download');
    await page.getByTestId('children-xlsx').click();
    const listFile = join(work, 'children.xlsx');
    await (await list).saveAs(listFile);
    const lw = new ExcelJS.Workbook();
    await lw.xlsx.readFile(listFile);
    const names: unknown[] = [];
    lw.worksheets[1]!.eachRow((r, n) => { if (n > 1) names.push(r.getCell(2).value); });
    // The current children (the screen's default filter), in Azerbaijani order.
    expect(names).toEqual(['Bayramov Bəxtiyar Elşən oğlu', 'Şükürova Gülçöhrə Elşən qızı']);
    await page.close();
  });

  it('prints the register as an A4 landscape PDF', async () => {
    const page = await e2e.openApp({ viewport: { width: 1366, height: 900 }, path: '/reports/2026-Q4' });
    await page.getByTestId('open-register').click();
    await page.getByTestId('printed-register').waitFor();
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(3);
    await e2e.shot(page, 'exports-02-register-page');
    const pdf = join(ARTIFACTS, 'exports-03-register.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    expect(text).toContain(X.register.title);
    expect(text).toContain('Şükürova Gülçöhrə Elşən qızı');
    expect(text).toContain('Cəlilov Cavid Elşən oğlu');
    expect(text).toContain('№ Q-7, 09.11.2026');
    expect(text).not.toContain(X.ui.printNow);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // A4 landscape: 842 × 595 points.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'exports-03-register')]);
    // A period narrows it, and the address carries it (the app's "save as PDF" prints the address):
    // from 1 September 2026 only Cavid's stay (begun 5 October, ended 10 November).
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('register-from').fill('01.09.2026');
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(1);
    await expect.poll(() => page.evaluate('location.hash')).toBe('#/print/register/az/2026-09-01/any');
    await page.reload();
    await page.getByTestId('printed-register').waitFor();
    await expect.poll(() => page.getByTestId('register-row').count()).toBe(1);
    expect(await page.getByTestId('register-from').inputValue()).toBe('01.09.2026');
    await e2e.shot(page, 'exports-03b-register-period');
    await page.close();
  });

  it('prints a child’s personal file from the child’s page, in Azerbaijani and in Russian', async () => {
    const page = await e2e.openApp({ viewport: { width: 1366, height: 900 }, path: `/children/${childId}` });
    await page.getByTestId('print-personal-file').click();
    await page.getByTestId('printed-personal-file').waitFor();
    await e2e.shot(page, 'exports-04-personal-file-page');
    const pdf = join(ARTIFACTS, 'exports-05-personal-file.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    expect(text).toContain(X.personalFile.title);
    expect(text).toContain('Şükürova Gülçöhrə Elşən qızı');
    expect(text).toContain(X.personalFile.family);
    // The director may know the mother's restricted address.
    expect(text).toContain('Gəncə, Atatürk pr. 18');
    expect(text).toContain(X.personalFile.allergies);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'exports-05-personal-file')]);

    await goTo(page, e2e, `/print/personal-file/${childId}/ru`);
    await page.getByText(ru.exports.personalFile.title).waitFor();
    const ruPdf = join(ARTIFACTS, 'exports-06-personal-file-ru.pdf');
    await page.pdf({ path: ruPdf, format: 'A4', preferCSSPageSize: true });
    const ruText = pdfText(ruPdf);
    expect(ruText).toContain(ru.exports.personalFile.identity);
    expect(ruText).toContain('Şükürova Gülçöhrə Elşən qızı');
    expect(e2e.pageErrors).toEqual([]);
    await page.close();
  });

  it('prints the indicator report of the quarter, the previous quarter in brackets', async () => {
    const page = await e2e.openApp({ viewport: { width: 1366, height: 900 }, path: '/reports/2026-Q4' });
    await page.getByTestId('print-indicators').click();
    await page.getByTestId('printed-indicators').waitFor();
    await e2e.shot(page, 'exports-07-indicators-page');
    const pdf = join(ARTIFACTS, 'exports-08-indicators.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = pdfText(pdf);
    expect(text).toContain(X.kinds.indicators);
    expect(text).toContain(az.reports.sections.population);
    expect(text).toContain(az.reports.sections.exits);
    // The total of 2026-Q4 beside 2026-Q3's: at the start 2 (1), admitted 1 (1), exited 1 (0), at the end 2 (2).
    expect(text).toContain(`${az.reports.sections.total} 2 (1) 1 (1) 1 (0) 2 (2)`);
    expect(text).toContain(az.reports.sections.lengthOfStay);
    expect(text).not.toContain(X.ui.printNow);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'exports-08-indicators')]);
    await page.close();
  });

  it('prints a teacher’s copy of the personal file without the medical part or the restricted address', async () => {
    await e2e.signInAs('muellim');
    try {
      const page = await e2e.openApp({ viewport: { width: 1366, height: 900 }, path: `/print/personal-file/${childId}/az` });
      await page.getByTestId('medical-hidden').waitFor();
      const pdf = join(ARTIFACTS, 'exports-09-personal-file-teacher.pdf');
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
      const text = pdfText(pdf);
      expect(text).toContain('Şükürova Xədicə');
      expect(text).toContain(X.personalFile.restricted);
      expect(text).not.toContain('Gəncə, Atatürk');
      expect(text).toContain(X.personalFile.medicalHidden);
      expect(text).not.toContain(X.personalFile.allergies);
      await page.close();
    } finally {
      await e2e.signInAs(E2E_USER);
    }
  });
});
