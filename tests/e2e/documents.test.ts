import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';
import { ARTIFACTS, seedChild, startE2E, type E2E } from './fixture';
import { choose, goTo } from './helpers';
import { tinyPdf, tinyPng } from '../helpers/documents';

// The scenario in Chromium: a decision PDF and a photo added to a child through the
// Documents tab, both viewed inside the app (the photo rotated, the PDF in a blob: frame), the
// missing-documents list shrinking, the photo in the page's header, and one voided with a reason.

let e2e: E2E;
let childId: string;
const files = join(ARTIFACTS, 'documents-input');

beforeAll(async () => {
  e2e = await startE2E();
  childId = (await seedChild(e2e.ctx, {
    lastName: 'Məmmədov', firstName: 'Elçin', patronymic: 'Rəşid oğlu', sex: 'M', dateOfBirth: '2015-03-14',
    admissionDate: '2022-09-01', groupName: 'Günəş',
  })).id;
  mkdirSync(files, { recursive: true });
  writeFileSync(join(files, 'qerar.pdf'), tinyPdf('Komissiyanin qerari'));
  writeFileSync(join(files, 'foto.png'), tinyPng(120, 80));
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

const checkState = (page: Page, docType: string) => page.getByTestId(`check-${docType}`).getAttribute('data-present');

async function addDocument(page: Page, file: string, type: string) {
  await page.getByTestId('add-document').click();
  const dialog = page.getByRole('dialog', { name: az.documents.add.title });
  await dialog.waitFor();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByTestId('document-file').click();
  await (await chooser).setFiles(join(files, file));
  await choose(page, az.documents.add.docType, type);
  await dialog.getByRole('button', { name: az.common.save }).click();
  await page.getByText(az.documents.add.saved).first().waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

describe('documents in the browser', () => {
  it('adds a decision PDF and a photo, views both, sees the missing list shrink, and voids one with a reason', async () => {
    const page = await e2e.openApp();
    await goTo(page, e2e, `/children/${childId}/documents`);
    await page.getByTestId('documents-checklist').waitFor();
    expect(await checkState(page, 'admission_decision')).toBe('no');
    await page.getByTestId('missing-count').getByText(az.documents.checklist.missingCount_other.replace('{{count}}', '3')).waitFor();
    expect(await page.getByTestId('child-photo').getAttribute('data-has-photo')).toBe('no');
    await e2e.shot(page, 'documents-01-empty');

    // The decision: the checklist marks it on file.
    await addDocument(page, 'qerar.pdf', az.documents.enums.docType.admission_decision);
    await page.locator('[data-testid=check-admission_decision][data-present=yes]').waitFor();
    await page.getByTestId('missing-count').getByText(az.documents.checklist.missingCount_other.replace('{{count}}', '2')).waitFor();

    // The photo: its thumbnail drawn in the window, shown in the header.
    await addDocument(page, 'foto.png', az.documents.enums.docType.photo);
    await page.locator('[data-testid=child-photo][data-has-photo=yes]').waitFor();
    expect(await page.getByTestId('document-row').count()).toBe(2);
    await e2e.shot(page, 'documents-02-added');

    // The same file again on the same record is refused, in words.
    await page.getByTestId('add-document').click();
    const dialog = page.getByRole('dialog', { name: az.documents.add.title });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByTestId('document-file').click();
    await (await chooser).setFiles(join(files, 'qerar.pdf'));
    await choose(page, az.documents.add.docType, az.documents.enums.docType.other);
    await dialog.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('add-document-error').getByText(/Bu fayl artıq bu qeyddədir/).waitFor();
    await dialog.getByRole('button', { name: az.common.cancel }).click();

    // View the photo and rotate it.
    const photoRow = page.locator('[data-testid=document-row][data-doc-type=photo]');
    await photoRow.getByRole('button', { name: az.documents.view.open }).click();
    await page.getByTestId('viewer-image').waitFor();
    await page.getByTestId('rotate').click();
    expect(await page.getByTestId('viewer-image').getAttribute('data-rotation')).toBe('90');
    await e2e.shot(page, 'documents-03-photo-rotated');
    await page.keyboard.press('Escape');

    // View the PDF inside the app: a blob: frame, allowed by the CSP.
    const pdfRow = page.locator('[data-testid=document-row][data-doc-type=admission_decision]');
    await pdfRow.getByRole('button', { name: az.documents.view.open }).click();
    const frame = page.getByTestId('viewer-pdf');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await page.waitForTimeout(1500);
    await e2e.shot(page, 'documents-04-pdf');
    await page.keyboard.press('Escape');

    // Void the decision with a reason: it stays listed as voided, and is missing again.
    await pdfRow.getByRole('button', { name: az.documents.void.button }).click();
    const voidDialog = page.getByRole('dialog', { name: az.documents.void.title });
    await voidDialog.getByRole('button', { name: az.documents.void.confirm }).click();
    await voidDialog.getByText(az.validation.required).waitFor();
    await voidDialog.getByLabel(new RegExp(`^${az.documents.void.reason}`)).fill('Başqa uşağın qərarı');
    await voidDialog.getByRole('button', { name: az.documents.void.confirm }).click();
    await page.locator('[data-testid=document-row][data-voided=yes]').getByTestId('void-reason').getByText(/Başqa uşağın qərarı/).waitFor();
    await page.locator('[data-testid=check-admission_decision][data-present=no]').waitFor();
    await e2e.shot(page, 'documents-05-voided');

    const audit = e2e.conn.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'attachment' ORDER BY seq").pluck().all();
    expect(audit).toEqual(['attachment.add', 'attachment.add', 'attachment.void']);
    expect(e2e.pageErrors).toEqual([]);
  });
});
