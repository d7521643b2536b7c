import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { generateAgeIdentity, recipientFingerprint } from '../../src-main/core/packages/crypto/age';
import { parseTrustFile } from '../../src-main/core/packages/format/trust';
import { verifyPackageFile } from '../../src-main/core/packages/verify/verifier';
import { E2E_NOW, seedChild, startE2E, type E2E } from './fixture';
import { goTo, nav } from './helpers';

// The director's packages screen in Chromium: makes the signing key, imports the ministry's key
// file, checks a quarter (its problems linked to the records), goes on with a reason, watches the
// export run, and saves the package, which the core's verifier accepts with the ministry's
// identity and the trust file saved from the same screen. In Settings → Keys the director sees the
// same key and rotates it; the new trust file still verifies that package. A caregiver has no
// Packages item.

let e2e: E2E;
let courtChildId: string;
const ministry = generateAgeIdentity();
const work = mkdtempSync(join(tmpdir(), 'qaygi-e2e-packages-'));
let firstPackage: string;
const REASON = 'Məhkəmə qərarının surəti hələ gəlməyib; rüb bitməmiş göndərilir.';

beforeAll(async () => {
  e2e = await startE2E({ users: [{ username: 'sebine', role: 'caregiver', displayName: 'Quliyeva Səbinə' }] });
  // Admitted by a court, but the decision's number and date are not recorded: a pre-check problem.
  const child = await seedChild(e2e.ctx, {
    lastName: 'Məmmədov', firstName: 'Orxan', patronymic: 'Vüqar oğlu', sex: 'M', dateOfBirth: '2013-04-17',
    admissionDate: '2025-03-10', legalStatus: 'orphan', admissionBasis: 'court', groupName: 'Günəş',
  });
  courtChildId = child.id;
  await seedChild(e2e.ctx, {
    lastName: 'Əliyeva', firstName: 'Aygün', patronymic: 'Elşən qızı', sex: 'F', dateOfBirth: '2015-09-02',
    admissionDate: '2024-01-15', legalStatus: 'parents_deprived', admissionBasis: 'parents_request', groupName: 'Ulduz',
  });
  writeFileSync(join(work, 'recipient.txt'), `${ministry.recipient}\n`);
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe('data packages in the browser', () => {
  it('the director exports a quarter with a reason and saves a package that verifies', async () => {
    const page = await e2e.openApp();
    await nav(page).getByRole('link', { name: az.packages.nav }).click();
    await page.getByRole('heading', { name: az.packages.title }).waitFor();
    await page.getByTestId('packages-empty').waitFor();

    // The signing key (the harness keeps it under its passphrase), then the ministry's key file.
    await page.getByRole('button', { name: az.packages.keys.make }).click();
    const fingerprint = page.getByTestId('signing-fingerprint');
    await fingerprint.waitFor();
    expect(await fingerprint.textContent()).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    await page.locator('input[type=file]').setInputFiles(join(work, 'recipient.txt'));
    await page.getByTestId('recipient-fingerprint').getByText(recipientFingerprint(ministry.recipient)).waitFor();
    await e2e.shot(page, 'e2e-60-packages-keys');

    // The trust file for the ministry, saved from the screen.
    const trustDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: az.packages.keys.trustFile }).click();
    const trustFile = join(work, (await trustDownload).suggestedFilename());
    await (await trustDownload).saveAs(trustFile);
    expect(trustFile.endsWith('qaygi-trust-AZ-BAK-001.json')).toBe(true);

    // The wizard: the fourth quarter of 2026 (not over yet on 26 November).
    await page.getByRole('button', { name: az.packages.wizard.open }).click();
    await page.getByRole('combobox', { name: new RegExp(`^${az.packages.wizard.quarter}`) }).click();
    await page.getByRole('option', { name: az.packages.wizard.quarterName.replaceAll('{{n}}', '4') }).click();
    await page.getByTestId('period-label').getByText('2026-Q4').waitFor();
    await page.getByRole('button', { name: az.packages.wizard.check }).click();

    const problems = page.getByTestId('precheck-problems');
    await problems.waitFor();
    await problems.getByText(az.packages.problems.period_not_ended).waitFor();
    const courtProblem = problems.getByRole('listitem').filter({ hasText: az.packages.problems.admission_decision_missing });
    await courtProblem.getByText('Məmmədov Orxan Vüqar oğlu').waitFor();
    expect(await courtProblem.getByRole('link', { name: az.packages.wizard.openRecord }).getAttribute('href')).toBe(`#/children/${courtChildId}`);
    expect(await problems.getByRole('listitem').count()).toBe(2);
    const go = page.getByRole('button', { name: az.packages.wizard.continueWithReason });
    expect(await go.isDisabled()).toBe(true); // a reason is required
    await page.getByRole('textbox', { name: new RegExp(az.packages.wizard.reason) }).fill(REASON);
    await e2e.shot(page, 'e2e-61-packages-precheck');

    // Go on: the progress shows while the worker builds the package, then the result.
    const status = page.waitForResponse((r) => r.url().includes('/api/call/packages.exportStatus'));
    await go.click();
    await page.getByTestId('export-progress').waitFor();
    await page.getByTestId('export-stage').waitFor();
    await status;
    const done = page.getByTestId('export-done');
    await done.getByText(az.packages.wizard.doneTitle.replace('{{sequence}}', '1')).waitFor({ timeout: 60_000 });
    await done.getByText('AZ-BAK-001_2026-Q4_0001.qaygi', { exact: false }).waitFor();
    await e2e.shot(page, 'e2e-62-packages-done');

    // Save the file, as the director would to a USB stick.
    const download = page.waitForEvent('download');
    await done.getByRole('button', { name: az.packages.save }).click();
    const saved = join(work, (await download).suggestedFilename());
    await (await download).saveAs(saved);
    expect(saved.endsWith('AZ-BAK-001_2026-Q4_0001.qaygi')).toBe(true);
    firstPackage = saved;
    const trust = parseTrustFile(readFileSync(trustFile, 'utf8')).trust;
    const verified = await verifyPackageFile(saved, { identity: ministry.identity, trust, now: new Date(E2E_NOW.getTime() + 60_000) });
    if (!verified.ok) throw new Error(`the saved package does not verify: ${verified.error.code}`);
    expect(verified.value.statement).toMatchObject({ sequence: 1, institution: 'AZ-BAK-001' });
    expect(JSON.stringify(verified.value.statement)).toContain(REASON);

    // The history: number 1, the start of the chain, created.
    const row = page.getByTestId('package-1');
    await row.waitFor();
    await row.getByRole('cell', { name: '2026-Q4', exact: true }).waitFor();
    await row.getByText(az.packages.chainStart).waitFor();
    await row.getByText(az.packages.status.created).waitFor();
    await done.getByRole('button', { name: az.packages.wizard.close }).click();
    await page.getByTestId('packages-table').waitFor();
    await e2e.shot(page, 'e2e-63-packages-history');
    expect(e2e.pageErrors).toEqual([]);
  }, 180_000);

  it('the director sees the same key in Settings → Keys, rotates it and saves the new trust file', async () => {
    const page = await e2e.openApp();
    await nav(page).getByRole('link', { name: az.packages.nav }).click();
    const fingerprint = page.getByTestId('signing-fingerprint');
    await fingerprint.waitFor();
    const before = (await fingerprint.textContent())!;

    await nav(page).getByRole('link', { name: az.institution.settings.nav }).click();
    await page.getByRole('tab', { name: az.packages.keys.title }).click();
    await page.getByTestId('signing-fingerprint').getByText(before, { exact: true }).waitFor();

    // The harness's clock stands still: move it on, so the rotation comes after the package above.
    e2e.clock.advanceMinutes(0.5);
    await page.getByRole('button', { name: az.packages.rotate.action }).click();
    const dialog = page.getByRole('dialog', { name: az.packages.rotate.title });
    await dialog.getByText(az.packages.rotate.explain).waitFor();
    await e2e.shot(page, 'e2e-64-settings-keys-rotate');
    await dialog.getByRole('button', { name: az.packages.rotate.confirm }).click();
    const done = dialog.getByRole('status');
    await done.waitFor();
    const after = (await page.getByTestId('signing-fingerprint').textContent())!;
    expect(after).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(after).not.toBe(before);
    expect(await done.textContent()).toBe(az.packages.rotate.done.replace('{{fingerprint}}', after));
    await e2e.shot(page, 'e2e-65-settings-keys-rotated');

    // The new trust file carries both keys; the package signed before the rotation still verifies.
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: az.packages.rotate.saveTrust }).click();
    const trustFile = join(work, `rotated-${(await download).suggestedFilename()}`);
    await (await download).saveAs(trustFile);
    const parsed = parseTrustFile(readFileSync(trustFile, 'utf8'));
    expect(parsed.file.entries.map((e) => e.retiredAt === null).sort()).toEqual([false, true]);
    const verified = await verifyPackageFile(firstPackage, { identity: ministry.identity, trust: parsed.trust, now: new Date(E2E_NOW.getTime() + 60_000) });
    expect(verified.ok ? 'verified' : verified.error.code).toBe('verified');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('signing-fingerprint').getByText(after, { exact: true }).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 120_000);

  it('a caregiver has no Packages item and no access to the screen', async () => {
    await e2e.signInAs('sebine');
    const page = await e2e.openApp();
    await nav(page).getByRole('link', { name: az.residents.nav }).waitFor();
    expect(await nav(page).getByRole('link', { name: az.packages.nav }).count()).toBe(0);
    await goTo(page, e2e, '/packages');
    await page.getByRole('alert').getByText(az.errors.forbidden).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
});
