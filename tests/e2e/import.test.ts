import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { childInput } from '../helpers/residents';
import { workbook } from '../core/imports/samples';
import { seedChild, startE2E, type E2E } from './fixture';

// Settings → Import in Chromium: a workbook of two sheets is chosen, the register's sheet picked,
// the columns guessed; the preview names each bad cell; one cell is fixed, a child already in the
// register is skipped, the valid rows committed; the same file again finds everyone there already.

let e2e: E2E;
let file: string;

const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

beforeAll(async () => {
  e2e = await startE2E();
  await seedChild(e2e.ctx, childInput());
  file = join(dirname(e2e.conn.sqlite.name), 'uşaqlar reyestri.xlsx');
  writeFileSync(
    file,
    await workbook(
      { name: 'Qeyd', rows: [['Bu vərəqdə cədvəl yoxdur']] },
      {
        name: 'Uşaqlar',
        rows: [
          ['Soyadı', 'Adı', 'Ata adı', 'Cinsi', 'Doğum tarixi', 'FİN', 'Qəbul tarixi', 'Qrup'],
          ['Əliyeva', 'Aysel', 'Vüqar qızı', 'qız', '21.07.2013', '', '12.01.2024', 'Günəş'],
          ['Həsənov', 'Orxan', 'Elşən oğlu', 'oğlan', '2016-02-11', '1O2345X', '01.09.2024', 'Ulduz'],
          ['Memmedov', 'Elcin', 'Reşid oğlu', 'kişi', '14.03.2015', '', '01.09.2022', 'Günəş'],
          ['Quliyeva', 'Nərmin', '', 'qız', '05.05.2012', '', '10.10.2023', 'Ulduz'],
        ],
      },
    ),
  );
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe('import in the browser', () => {
  it('goes from the file through the preview to the commit', async () => {
    const page = await e2e.openApp({ path: '/settings/import' });
    await page.getByTestId('import-settings').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-sheet').waitFor();
    await page.getByTestId('import-sheet').click();
    await page.getByRole('option', { name: 'Uşaqlar' }).click();
    const counts = page.getByTestId('import-counts');
    await counts.getByText(fill(az.imports.preview.counts, { rows: 4, valid: 2, errors: 2, skipped: 0 })).waitFor();
    await page.getByTestId('import-mapping-from').getByText(az.imports.mapping.guessed).waitFor();

    // The bad FIN, named by its column, then fixed.
    const finRow = page.locator('[data-row="3"]');
    await finRow.getByText(az.validation.finFormat).waitFor();
    expect(await finRow.getByTestId('row-issues').textContent()).toContain('«FİN» sütunu');
    // The child already in the register, typed without ə.
    const dupRow = page.locator('[data-row="4"]');
    await dupRow.getByText(az.imports.issues.duplicateExisting).waitFor();
    await page.getByTestId('import-counts').scrollIntoViewIfNeeded();
    await e2e.shot(page, 'e2e-95-import-preview');

    await finRow.getByTestId('row-fix').click();
    await page.getByTestId('fix-value').fill('5ABCD12');
    await page.getByRole('button', { name: az.imports.preview.fix, exact: true }).last().click();
    await counts.getByText(fill(az.imports.preview.counts, { rows: 4, valid: 3, errors: 1, skipped: 0 })).waitFor();
    await dupRow.getByTestId('row-skip').click();
    await counts.getByText(fill(az.imports.preview.counts, { rows: 4, valid: 3, errors: 0, skipped: 1 })).waitFor();

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').getByText(fill(az.imports.commit.done, { imported: 3, skipped: 1 })).waitFor();
    await e2e.shot(page, 'e2e-96-import-done');
    const fins = await e2e.ctx.db.selectFrom('residents').select(['last_name', 'fin']).orderBy('last_name').execute();
    expect(fins).toEqual([
      { last_name: 'Həsənov', fin: '5ABCD12' },
      { last_name: 'Məmmədov', fin: null },
      { last_name: 'Quliyeva', fin: null },
      { last_name: 'Əliyeva', fin: null },
    ].sort((a, b) => (a.last_name < b.last_name ? -1 : 1)));

    // The same file again: its mapping remembered, everyone already there.
    await page.getByRole('button', { name: az.imports.commit.again }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-sheet').click();
    await page.getByRole('option', { name: 'Uşaqlar' }).click();
    await page.getByTestId('import-mapping-from').getByText(az.imports.mapping.remembered).waitFor();
    await counts.getByText(fill(az.imports.preview.counts, { rows: 4, valid: 0, errors: 4, skipped: 0 })).waitFor();
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    expect(e2e.pageErrors).toEqual([]);
  });
});
