import { describe, expect, it } from 'vitest';
import { isPrintPath, pdfFileName } from '../../src-main/core/print/schema';
import { educationPlanFileName, educationPrintPath } from '../../src-main/core/education/print';
import { printCallAllowed } from '../../src-main/print/pdf';
import { electronPdfOptions, printWindowUrl, waitForSelectorScript } from '../../src-main/electron/print-options';
import { parseTokenHash } from '../../src-renderer/src/webToken';

// The pure parts of printing: the one-address token, print routes, file names, what a print page
// may call, the app's print window options.

describe('printing, the pure parts', () => {
  it('the harness address carries the token and, optionally, the route to open', () => {
    expect(parseTokenHash('#token=abc_DEF-1')).toEqual({ token: 'abc_DEF-1', to: '/' });
    expect(parseTokenHash(`#token=t0k&to=${encodeURIComponent('/print/education-plan/0193-ab/az')}`)).toEqual({ token: 't0k', to: '/print/education-plan/0193-ab/az' });
    // Never away from the app: another origin, a protocol-relative path, a backslash, junk.
    for (const to of ['//evil.example/x', 'https://evil.example/', '/\\evil', 'print', '%E0%A4%A']) {
      expect(parseTokenHash(`#token=t0k&to=${to}`)).toEqual({ token: 't0k', to: '/' });
    }
    expect(parseTokenHash('#/children')).toBeNull();
    expect(parseTokenHash('')).toBeNull();
  });

  it('a print route is /print/<document>/<segments> of safe characters', () => {
    expect(isPrintPath(educationPrintPath('0193a1b2-c3d4', 'ru'))).toBe(true);
    for (const bad of ['/children/1', '/print', '/print/education-plan', '/print/x/../etc', '/print/x/a b', '/print/X/1']) expect(isPrintPath(bad), bad).toBe(false);
  });

  it('file names keep the letters, drop what file systems refuse, end in .pdf', () => {
    expect(educationPlanFileName({ child: { lastName: 'Ağakişiyeva', firstName: 'Gülçöhrə', patronymic: 'İsmayıl qızı' }, academicYear: '2026-2027' }, 'Fərdi təhsil planı', 'az'))
      .toBe('Fərdi-təhsil-planı_Ağakişiyeva_Gülçöhrə_2026-2027_az.pdf');
    expect(pdfFileName(['a/b\\c:d*e?f"g<h>i|j\u0007', '..x'])).toBe('abcdefghij_..x.pdf');
    expect(pdfFileName(['', '  '])).toBe('document.pdf');
    expect(pdfFileName(['x'.repeat(300)])).toHaveLength(124);
  });

  it('a print page may make read calls only', () => {
    for (const name of ['education.planGet', 'institution.get', 'auth.session', 'app.info']) expect(printCallAllowed(name), name).toBe(true);
    for (const name of ['education.goalSave', 'residents.update', 'auth.signIn', 'setup.create', 'print.savePdf', 'packages.export', 'nope']) expect(printCallAllowed(name), name).toBe(false);
  });

  it('the app’s print window: the route in the hash, A4 as the CLI, a bounded wait', () => {
    expect(printWindowUrl('app://qaygi/index.html', '/print/education-plan/1/az')).toBe('app://qaygi/index.html#/print/education-plan/1/az');
    expect(electronPdfOptions()).toEqual({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    const script = waitForSelectorScript('[data-print-ready]', 1000);
    expect(script).toContain('"[data-print-ready]"');
    expect(script).toContain('Date.now() + 1000');
  });
});
