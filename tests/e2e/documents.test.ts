import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { az } from '../../src-main/core/i18n/index';
import { ARTIFACTS, seedChild, startE2E, type E2E } from './fixture';
import { choose, field, goTo } from './helpers';
import { tinyPdf, tinyPng } from '../helpers/documents';
import { staffInput } from '../helpers/staff';
import { pdfOfObjects } from '../../src-main/core/documents/pdf-bytes';

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

  it('records consent as data (the child’s assent asked from 10), withdraws the photos consent, and says what that changes', async () => {
    const page = await e2e.openApp();
    await goTo(page, e2e, `/children/${childId}/documents`);
    const section = page.getByTestId('consents');
    await section.waitFor();
    await section.getByText(az.documents.consent.empty).waitFor();
    expect(await page.getByTestId('photo-consent').getAttribute('data-state')).toBe('none');

    // Photos, from the mother; "too young to be asked" is refused for a child of 11.
    await page.getByTestId('add-consent').click();
    const dialog = page.getByRole('dialog', { name: az.documents.consent.addTitle });
    await field(dialog, az.documents.consent.givenByName).fill('Məmmədova Səbinə');
    await choose(page, az.documents.consent.givenByRole, az.documents.consent.enums.givenByRole.parent);
    await choose(page, az.documents.consent.purpose, az.documents.consent.enums.purpose.photos);
    await choose(page, az.documents.consent.childAssent, az.documents.consent.enums.childAssent.not_asked_too_young);
    await dialog.getByRole('button', { name: az.common.save }).click();
    await dialog.getByText(az.documents.consent.errors.oldEnoughToAsk.replace('{{age}}', '10')).waitFor();
    await choose(page, az.documents.consent.childAssent, az.documents.consent.enums.childAssent.given);
    await dialog.getByRole('button', { name: az.common.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid=photo-consent][data-state=given]').waitFor();

    // Sharing with a named body, withheld from the father.
    await page.getByTestId('add-consent').click();
    await field(dialog, az.documents.consent.givenByName).fill('Nəsimi rayon qəyyumluq və himayə orqanı');
    await choose(page, az.documents.consent.givenByRole, az.documents.consent.enums.givenByRole.guardianship_authority);
    await choose(page, az.documents.consent.purpose, az.documents.consent.enums.purpose.sharing);
    await choose(page, az.documents.consent.childAssent, az.documents.consent.enums.childAssent.given);
    await dialog.getByRole('button', { name: az.common.save }).click();
    await dialog.getByText(az.documents.consent.errors.bodyRequired).waitFor();
    await field(dialog, az.documents.consent.purposeDetail).fill('2 nömrəli məktəb-lisey');
    await field(dialog, az.documents.consent.withheldFrom).fill('Ata (valideynlik hüququndan məhrum edilib)');
    await dialog.getByRole('button', { name: az.common.save }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('consent-row').nth(1).waitFor();
    expect(await page.getByTestId('consent-row').count()).toBe(2);
    await page.getByTestId('consent-withheld').getByText(/Ata \(valideynlik/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await e2e.shot(page, 'documents-06-consents');

    // Withdraw the photos consent: kept, with its date and reason; photos no longer leave.
    const photos = page.locator('[data-testid=consent-row][data-purpose=photos]');
    await photos.getByRole('button', { name: az.documents.consent.withdraw }).click();
    const w = page.getByRole('dialog', { name: az.documents.consent.withdrawTitle });
    await w.getByRole('button', { name: az.documents.consent.withdraw }).click();
    await w.getByText(az.validation.required).waitFor();
    await field(w, az.documents.consent.withdrawReason).fill('Ana razılığını geri götürdü');
    await w.getByRole('button', { name: az.documents.consent.withdraw }).click();
    await w.waitFor({ state: 'hidden' });
    await page.locator('[data-testid=consent-row][data-purpose=photos][data-in-force=no]').getByTestId('consent-withdrawn').getByText(/Ana razılığını geri götürdü/).waitFor();
    await page.locator('[data-testid=photo-consent][data-state=not_in_force]').waitFor();
    await section.scrollIntoViewIfNeeded();
    await e2e.shot(page, 'documents-07-consent-withdrawn');
    const actions = e2e.conn.sqlite.prepare("SELECT action FROM audit_log WHERE action LIKE 'consent.%' ORDER BY seq").pluck().all();
    expect(actions).toEqual(['consent.record', 'consent.record', 'consent.withdraw']);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('filters the children list to those missing a document, each row with its photo thumbnail', async () => {
    const complete = await seedChild(e2e.ctx, {
      lastName: 'Quliyeva', firstName: 'Nərgiz', patronymic: 'Vüqar qızı', sex: 'F', dateOfBirth: '2016-06-01', fin: '', admissionDate: '2023-02-01', groupName: 'Günəş',
    });
    for (const [i, docType] of (['admission_decision', 'birth_certificate', 'medical'] as const).entries()) {
      const r = await dispatch(e2e.ctx, 'documents.add', { ownerType: 'resident', ownerId: complete.id, docType, dataBase64: tinyPdf(`tam${i}`).toString('base64') });
      expect(r.ok).toBe(true);
    }
    const page = await e2e.openApp({ path: '/children' });
    const table = page.getByTestId('residents-table');
    await table.getByText('Quliyeva').waitFor();
    await table.getByText('Məmmədov').waitFor();
    // Elçin's photo (added in the first test) in his row; Nərgiz has none.
    await page.locator('[data-testid=list-photo][data-has-photo=yes]').first().waitFor();
    expect(await page.locator('[data-testid=list-photo][data-has-photo=yes]').count()).toBe(1);
    const filter = page.getByTestId('filter-documents-missing');
    if (!(await filter.isVisible())) await page.getByRole('button', { name: new RegExp(az.residents.filters.more) }).click();
    await filter.check();
    await table.getByText('Quliyeva').waitFor({ state: 'detached' });
    await table.getByText('Məmmədov').waitFor();
    await e2e.shot(page, 'documents-08-list-missing');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('prints the life-story book: chosen pictures with short texts, photos only with a photos consent, in the chosen language', async () => {
    // A school report scan (an image) for Elçin; his photos consent was withdrawn above.
    const report = await dispatch(e2e.ctx, 'documents.add', {
      ownerType: 'resident', ownerId: childId, docType: 'school_report', title: '4-cü sinif, tərifnamə', documentDate: '2025-06-01', dataBase64: tinyPng(90, 60, [240, 200, 40]).toString('base64'),
    });
    expect(report.ok).toBe(true);
    const page = await e2e.openApp();
    await goTo(page, e2e, `/children/${childId}/documents`);
    await page.getByTestId('open-life-story').click();
    const book = page.getByTestId('life-story-book');
    await book.waitFor();
    await page.getByTestId('photos-withheld').getByText(az.documents.lifeStory.photosWithheld_one.replace('{{count}}', '1')).waitFor();
    expect(await page.getByTestId('book-choice').count()).toBe(1);

    // With a photos consent in force the photo is offered too.
    const consent = await dispatch(e2e.ctx, 'documents.consentRecord', {
      residentId: childId, givenByName: 'Məmmədova Səbinə', givenByRole: 'parent', purpose: 'photos', childAssent: 'given', givenOn: '2026-11-26',
    });
    expect(consent.ok).toBe(true);
    await page.reload();
    await book.waitFor();
    await page.getByTestId('book-choice').nth(1).waitFor();
    expect(await page.getByTestId('photos-withheld').count()).toBe(0);
    await page.getByTestId('book-intro').fill('Əziz Elçin, bu kitab sənin uşaq evindəki illərindən xatirədir.');
    await page.getByRole('textbox', { name: `${az.documents.lifeStory.caption}: foto` }).fill('Yay düşərgəsində, Qəbələ');
    await page.locator('[data-testid=life-story-book][data-ready=yes]').waitFor();
    expect(await book.getByTestId('book-item').count()).toBe(2);
    await book.locator('img').nth(1).waitFor();
    await e2e.shot(page, 'documents-09-life-story-page');

    const pdf = join(ARTIFACTS, 'documents-10-life-story.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(az.documents.lifeStory.heading);
    expect(flat).toContain('Məmmədov Elçin Rəşid oğlu');
    expect(flat).toContain('Əziz Elçin, bu kitab sənin uşaq evindəki illərindən xatirədir.');
    expect(flat).toContain('Yay düşərgəsində, Qəbələ');
    expect(flat).toContain('4-cü sinif, tərifnamə');
    // The editor and the shell are not printed.
    expect(flat).not.toContain(az.documents.lifeStory.pageTitle);
    expect(flat).not.toContain(az.residents.nav);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, 'documents-10-life-story')]);
    await page.emulateMedia({ media: 'screen' });

    // In Russian: the book's words change, the names stay as documents write them.
    await goTo(page, e2e, `/print/life-story/${childId}/ru`);
    await book.getByText('Моя книга жизни').waitFor();
    const ru = join(ARTIFACTS, 'documents-11-life-story-ru.pdf');
    await page.pdf({ path: ru, format: 'A4', preferCSSPageSize: true });
    const ruText = execFileSync('pdftotext', ['-enc', 'UTF-8', ru, '-'], { encoding: 'utf8' });
    expect(ruText).toContain('Моя книга жизни');
    expect(ruText).toContain('Дата рождения: 14.03.2015');
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('keeps a staff member’s documents on their page: added, viewed in the app, listed', async () => {
    const s = await dispatch(e2e.ctx, 'staff.create', staffInput());
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const page = await e2e.openApp();
    await goTo(page, e2e, `/staff/${s.value.id}`);
    await page.getByTestId('staff-documents-tab').click();
    await page.getByText(az.documents.staff.empty).waitFor();
    writeFileSync(join(files, 'diplom.pdf'), tinyPdf('Diplom'));
    await addDocument(page, 'diplom.pdf', az.documents.enums.docType.other);
    const row = page.getByTestId('document-row');
    await row.getByText('diplom').waitFor();
    await row.getByRole('button', { name: az.documents.view.open }).click();
    expect(await page.getByTestId('viewer-pdf').getAttribute('src')).toMatch(/^blob:/);
    await page.keyboard.press('Escape');
    await e2e.shot(page, 'documents-12-staff');
    const owner = e2e.conn.sqlite.prepare("SELECT owner_type, owner_id, resident_id FROM attachments WHERE file_name = 'diplom.pdf'").get();
    expect(owner).toEqual({ owner_type: 'staff', owner_id: s.value.id, resident_id: null });
    expect(e2e.pageErrors).toEqual([]);
  });

  it('shows a PDF of several pages inside the app, its pages browsable in Chromium’s own viewer', async () => {
    const pages = ['Birinci sehife', 'Ikinci sehife', 'Ucuncu sehife'];
    const r = await dispatch(e2e.ctx, 'documents.add', { ownerType: 'resident', ownerId: childId, docType: 'other', title: 'Uc sehifelik', dataBase64: multiPagePdf(pages).toString('base64') });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const page = await e2e.openApp();
    await goTo(page, e2e, `/children/${childId}/documents`);
    await page.locator('[data-testid=document-row]', { hasText: 'Uc sehifelik' }).getByRole('button', { name: az.documents.view.open }).click();
    const frame = page.getByTestId('viewer-pdf');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await page.waitForTimeout(2000);
    // Looked at: the viewer's toolbar says "1 / 3" and shows the three pages' thumbnails.
    await e2e.shot(page, 'documents-13-pdf-pages');
    await page.keyboard.press('Escape');
    expect(e2e.pageErrors).toEqual([]);
  });
  it('attaches a document to a care plan from the child\'s care timeline, in a dialog of its own', async () => {
    const plan = await dispatch(e2e.ctx, 'care.planCreate', { residentId: childId, kind: 'reintegration', startedOn: '2026-11-02' });
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const page = await e2e.openApp();
    await goTo(page, e2e, `/children/${childId}/care`);
    await page.getByTestId('record-documents-plan').first().click();
    const records = page.getByRole('dialog', { name: `${az.documents.list.open}: ${az.care.enums.planKind.reintegration}` });
    await records.waitFor();
    await records.getByText(az.documents.list.recordEmpty).waitFor();
    await addDocument(page, 'qerar.pdf', az.documents.enums.docType.other);
    await records.getByTestId('document-row').first().waitFor();
    await e2e.shot(page, 'documents-14-plan-document');
    // The document belongs to the plan, not to the child's own list.
    const onPlan = await dispatch(e2e.ctx, 'documents.list', { ownerType: 'plan', ownerId: plan.value.id });
    expect(onPlan.ok && onPlan.value.map((d) => d.docType)).toEqual(['other']);
    expect(e2e.pageErrors).toEqual([]);
  });
});

/** A valid PDF of one page per text (the viewer's page count is then known). */
function multiPagePdf(texts: string[]): Buffer {
  const objs: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (const text of texts) {
    const content = `BT /F1 24 Tf 40 700 Td (${text}) Tj ET`;
    objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${objs.length} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    kids.push(`${objs.length} 0 R`);
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${texts.length} >>`;
  return pdfOfObjects(objs);
}
