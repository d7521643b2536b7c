import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { generateAgeIdentity } from '../../src-main/core/packages/crypto/age';
import { signerOf, signingKeyFromSeed } from '../../src-main/core/packages/crypto/keys';
import { trustFileText } from '../../src-main/core/packages/keys-service';
import { receiptKeyFileText } from '../../src-main/core/packages/format/receipt';
import { answerPackage } from '../../src-main/ministry/receipts';
import { parseTrustFile } from '../../src-main/core/packages/format/trust';
import { emptyState, readStateFile, writeStateFile } from '../../src-main/core/packages/verify/state';
import { startIntake, type Intake } from '../../src-main/ministry/intake';
import { selfSignedCert } from '../core/packages/delivery-fixture';
import { addCleanChildren } from '../core/packages/db-fixture';
import { E2E_NOW, startE2E, type E2E } from './fixture';
import { choose, fieldStartingWith } from './helpers';

// Delivery on the packages screen in Chromium: the ministry's receipt key imported from its file,
// a package exported and answered by receipts brought back by hand (rejected, then accepted: the
// history says so in words), the ministry's address and pinned certificate set on screen, and the
// next package uploaded over HTTPS to the reference intake on 127.0.0.1 (openssl's self-signed
// certificate): the host's try right after the export finds the server down, "send now" delivers. Then a child's record in the closed quarter is
// changed: the dialog names the period and the package, asks the reason, and the save goes through;
// the packages screen then names the quarter as needing a correction, and makes it from there.

let e2e: E2E;
let intake: Intake | null = null;
const work = mkdtempSync(join(tmpdir(), 'qaygi-e2e-delivery-'));
const ministry = generateAgeIdentity();
const receiptSigner = signerOf(signingKeyFromSeed(Buffer.alloc(32, 9)));
const cert = selfSignedCert();
const statePath = join(work, 'ministry-state.json');
const later = new Date(E2E_NOW.getTime() + 60_000);
let courtChildId: string;

beforeAll(async () => {
  e2e = await startE2E();
  // Clean children (no pre-check problem in 2026-Q3); Hüseynov Tural was admitted on 2026-08-10.
  const kids = await addCleanChildren(e2e.ctx);
  courtChildId = kids[2]!.id;
  writeFileSync(join(work, 'recipient.txt'), `${ministry.recipient}\n`);
  writeFileSync(join(work, 'receipt-public.json'), receiptKeyFileText(receiptSigner.publicKey));
  writeFileSync(join(work, 'ministry.pem'), cert.cert);
}, 180_000);

afterAll(async () => {
  await intake?.close();
  await e2e?.close();
});

const packagesDir = () => join(dirname(e2e.conn.sqlite.name), 'packages');

async function chooseFile(page: Page, button: ReturnType<Page['getByTestId']>, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

/** The wizard: a quarter of 2026, checked, then made (with a reason when the check lists problems). */
async function exportQuarter(page: Page, n: number, reason?: string) {
  await page.getByRole('button', { name: az.packages.wizard.open }).click();
  await page.getByRole('combobox', { name: new RegExp(`^${az.packages.wizard.quarter}`) }).click();
  await page.getByRole('option', { name: az.packages.wizard.quarterName.replaceAll('{{n}}', String(n)) }).click();
  await page.getByTestId('period-label').getByText(`2026-Q${n}`).waitFor();
  await page.getByRole('button', { name: az.packages.wizard.check }).click();
  if (reason) {
    await page.getByTestId('precheck-problems').waitFor();
    await page.getByRole('textbox', { name: new RegExp(az.packages.wizard.reason) }).fill(reason);
    await page.getByRole('button', { name: az.packages.wizard.continueWithReason }).click();
  } else {
    await page.getByRole('button', { name: az.packages.wizard.make, exact: true }).click();
  }
}

const statusCell = (page: Page, sequence: number) => page.getByTestId(`package-${sequence}-status`);

/** Closes the notifications and shows the history, so a screenshot shows what it is about. */
async function showHistory(page: Page) {
  for (const b of await page.locator('.mantine-Notification-closeButton').all()) await b.click({ timeout: 1000 }).catch(() => {});
  await page.getByTestId('packages-table').scrollIntoViewIfNeeded();
}

describe('delivery on the packages screen', () => {
  it('a package answered by receipts brought back by hand: rejected with the reason, then acknowledged', async () => {
    const page = await e2e.openApp({ path: '/packages' });
    await page.getByRole('heading', { name: az.packages.title }).waitFor();
    await page.getByRole('button', { name: az.packages.keys.make }).click();
    await page.getByTestId('signing-fingerprint').waitFor();
    await chooseFile(page, page.getByTestId('import-recipient'), join(work, 'recipient.txt'));
    await page.getByTestId('recipient-fingerprint').waitFor();

    // No address yet: the screen says packages go as files; the receipt key is imported from its file.
    const settings = page.getByTestId('delivery-settings');
    await settings.getByTestId('delivery-not-configured').getByText(az.packages.delivery.settings.notConfigured).waitFor();
    await settings.getByRole('button', { name: az.packages.delivery.settings.edit }).click();
    await chooseFile(page, settings.getByTestId('import-receipt-key'), join(work, 'receipt-public.json'));
    await settings.getByTestId('receipt-key').getByText(receiptSigner.keyId, { exact: false }).waitFor();
    await e2e.shot(page, 'e2e-70-delivery-settings');

    await exportQuarter(page, 3);
    const done = page.getByTestId('export-done');
    await done.getByText(az.packages.wizard.doneTitle.replace('{{sequence}}', '1')).waitFor({ timeout: 60_000 });
    await done.getByRole('button', { name: az.packages.wizard.close, exact: true }).click();
    await statusCell(page, 1).getByText(az.packages.status.created).waitFor();
    // Without an address nothing is queued.
    expect(await page.getByTestId('delivery-queue').count()).toBe(0);

    // The ministry's answers, as its own tools make them, from the file the director carried.
    const fileName = 'AZ-BAK-001_2026-Q3_0001.qaygi';
    const bytes = readFileSync(join(packagesDir(), fileName));
    const trust = parseTrustFile(await trustFileText(e2e.ctx)).trust;
    const wrongIdentity = generateAgeIdentity().identity;
    const rejected = await answerPackage(bytes, fileName, { identity: wrongIdentity, trust, state: emptyState(), signer: receiptSigner, now: later });
    const accepted = await answerPackage(bytes, fileName, { identity: ministry.identity, trust, state: emptyState(), signer: receiptSigner, now: later });
    if (!rejected || !accepted) throw new Error('the ministry had nobody to answer');
    expect(rejected.receipt.verdict).toBe('rejected');
    expect(accepted.receipt.verdict).toBe('accepted');
    writeFileSync(join(work, 'rejected.receipt.json'), rejected.text);
    writeFileSync(join(work, 'accepted.receipt.json'), accepted.text);
    writeStateFile(statePath, accepted.state); // the ministry now holds package 1

    // A receipt that is not one changes nothing and says why.
    writeFileSync(join(work, 'junk.receipt.json'), '{"payloadType":"x"}\n');
    await chooseFile(page, page.getByTestId('import-receipt'), join(work, 'junk.receipt.json'));
    await page.getByTestId('receipt-error').getByText(az.packages.delivery.errors.receiptMalformed).waitFor();
    await statusCell(page, 1).getByText(az.packages.status.created).waitFor();

    await chooseFile(page, page.getByTestId('import-receipt'), join(work, 'rejected.receipt.json'));
    const cell = statusCell(page, 1);
    await cell.getByText(az.packages.status.rejected).waitFor();
    await cell.getByText(rejected.receipt.reason!.code, { exact: false }).waitFor();
    await showHistory(page);
    await e2e.shot(page, 'e2e-71-delivery-rejected');

    await chooseFile(page, page.getByTestId('import-receipt'), join(work, 'accepted.receipt.json'));
    await cell.getByText(az.packages.status.acknowledged).waitFor();
    expect(await cell.getByText(rejected.receipt.reason!.code, { exact: false }).count()).toBe(0);
    await showHistory(page);
    await e2e.shot(page, 'e2e-72-delivery-acknowledged');
    expect(e2e.pageErrors).toEqual([]);
  }, 180_000);

  it('the address and pinned certificate set on screen; the next upload fails while the server is down, then “send now” delivers it', async () => {
    const trust = parseTrustFile(await trustFileText(e2e.ctx)).trust;
    const startMinistry = (port?: number) => startIntake({ identity: ministry.identity, trust, statePath, signer: receiptSigner, tls: cert, now: () => later, port });
    // The ministry's address, its server down for now (the port is known, nobody listens).
    const first = await startMinistry();
    const address = first.url;
    await first.close();
    const page = await e2e.openApp({ path: '/packages' });
    const settings = page.getByTestId('delivery-settings');
    await settings.getByRole('button', { name: az.packages.delivery.settings.edit }).click();

    // A plain-http address is refused, with the field named.
    await settings.getByRole('textbox', { name: az.packages.delivery.settings.url }).fill('http://127.0.0.1:9/');
    await chooseFile(page, settings.getByTestId('choose-certificate'), join(work, 'ministry.pem'));
    // The file is read asynchronously (FileReader): wait for the text to arrive in the box.
    await expect.poll(() => settings.getByRole('textbox', { name: az.packages.delivery.settings.certificate }).inputValue()).toContain('BEGIN CERTIFICATE');
    await settings.getByRole('button', { name: az.packages.delivery.settings.save }).click();
    await settings.getByText(az.packages.delivery.validation.url).waitFor();
    await settings.getByRole('textbox', { name: az.packages.delivery.settings.url }).fill(address);
    await settings.getByRole('button', { name: az.packages.delivery.settings.save }).click();
    const pinned = settings.getByTestId('delivery-pinned');
    await pinned.getByText(address).waitFor();
    await pinned.getByText('Ministry intake test', { exact: false }).waitFor();
    await page.getByTestId('delivery-queue').getByText(az.packages.delivery.queue.empty).waitFor();

    // 2026-Q4 is not over: the director goes on with a reason; the host tries the upload right
    // after, finds nobody, and the queue says so in words, with the next attempt.
    await exportQuarter(page, 4, 'Rüb bitməmiş sınaq göndərişi.');
    const done = page.getByTestId('export-done');
    await done.getByText(az.packages.wizard.doneTitle.replace('{{sequence}}', '2')).waitFor({ timeout: 60_000 });
    await done.getByRole('button', { name: az.packages.wizard.close, exact: true }).click();
    const row = page.getByTestId('queue-2');
    await row.getByText(az.packages.delivery.errorKinds.network).waitFor({ timeout: 30_000 });
    await row.getByText(az.packages.delivery.queueStates.pending).waitFor();
    await row.getByText('ECONNREFUSED').waitFor();
    await row.getByRole('cell', { name: '1', exact: true }).first().waitFor();
    await showHistory(page);
    await page.getByTestId('delivery-queue').scrollIntoViewIfNeeded();
    await e2e.shot(page, 'e2e-73-delivery-retry');

    // The server is back: "send now" delivers at once; the ministry's receipt acknowledges it.
    intake = await startMinistry(Number(new URL(address).port));
    await row.getByRole('button', { name: az.packages.delivery.queue.sendNow }).click();
    await page.getByTestId('delivery-results').getByText(az.packages.delivery.queue.result.acknowledged.replace('{{sequence}}', '2')).waitFor();
    await row.getByText(az.packages.delivery.queueStates.sent).waitFor();
    await row.getByText(az.packages.status.acknowledged).waitFor();
    await statusCell(page, 2).getByText(az.packages.status.acknowledged).waitFor();
    expect(readStateFile(statePath).institutions['AZ-BAK-001']).toMatchObject({ sequence: 2 });
    const q = await dispatch(e2e.ctx, 'packages.queue', {});
    expect(q.ok && q.value.map((i) => [i.sequence, i.state, i.attempts])).toEqual([[2, 'sent', 2]]);
    await showHistory(page);
    await page.getByTestId('delivery-queue').scrollIntoViewIfNeeded();
    await e2e.shot(page, 'e2e-74-delivery-uploaded');
    expect(e2e.pageErrors).toEqual([]);
  }, 180_000);

  it('changing a child’s record in the closed quarter asks the reason, names the period and package, and saves', async () => {
    const page = await e2e.openApp({ path: `/children/${courtChildId}/edit` });
    const place = page.getByRole('textbox', { name: az.residents.form.fields.placeOfBirth });
    await place.waitFor();
    await place.fill('Gəncə şəhəri');
    await page.getByRole('button', { name: az.common.save, exact: true }).click();

    const dialog = page.getByRole('dialog', { name: az.packages.delivery.closed.title });
    await dialog.waitFor();
    const explain = az.packages.delivery.closed.explain.replace('{{date}}', '10.08.2026').replace('{{period}}', '2026-Q3').replace('{{sequence}}', '1');
    await dialog.getByText(explain).waitFor();
    const confirm = dialog.getByRole('button', { name: az.packages.delivery.closed.confirm });
    expect(await confirm.isDisabled()).toBe(true); // the reason is required
    await dialog.getByRole('textbox', { name: new RegExp(az.packages.delivery.closed.reason) }).fill('Doğum haqqında şəhadətnamədə yer dəqiqləşdirildi.');
    await e2e.shot(page, 'e2e-75-closed-period-dialog');
    await confirm.click();

    await page.getByText(az.packages.delivery.closed.saved.replace('{{period}}', '2026-Q3')).waitFor();
    await page.waitForURL(new RegExp(`#/children/${courtChildId}$`));
    await e2e.shot(page, 'e2e-76-closed-period-saved');
    const child = await dispatch(e2e.ctx, 'residents.get', { id: courtChildId });
    expect(child.ok && child.value.placeOfBirth).toBe('Gəncə şəhəri');
    const closed = await dispatch(e2e.ctx, 'packages.closedPeriods', {});
    expect(closed.ok && closed.value.find((c) => c.period === '2026-Q3')).toMatchObject({ needsCorrection: true });
    expect(e2e.pageErrors).toEqual([]);
  }, 120_000);

  it('registering a child admitted in the closed quarter asks the reason too, then registers them', async () => {
    const page = await e2e.openApp({ path: '/children/new' });
    await page.getByRole('heading', { name: az.residents.form.newTitle }).waitFor();
    await fieldStartingWith(page, az.residents.form.fields.lastName).fill('Nəsirova');
    await fieldStartingWith(page, az.residents.form.fields.firstName).fill('Lalə');
    await fieldStartingWith(page, az.residents.form.fields.patronymic).fill('Vüsal qızı');
    await choose(page, az.residents.form.fields.sex, az.residents.enums.sex.F);
    await choose(page, az.residents.form.fields.legalStatus, az.residents.enums.legalStatus.orphan);
    await fieldStartingWith(page, az.residents.form.fields.dateOfBirth).fill('04.04.2016');
    await fieldStartingWith(page, az.residents.form.fields.admissionDate).fill('15.09.2026');
    await page.getByRole('button', { name: az.common.save, exact: true }).click();

    const dialog = page.getByRole('dialog', { name: az.packages.delivery.closed.title });
    const explain = az.packages.delivery.closed.explain.replace('{{date}}', '15.09.2026').replace('{{period}}', '2026-Q3').replace('{{sequence}}', '1');
    await dialog.getByText(explain).waitFor();
    await dialog.getByRole('textbox', { name: new RegExp(az.packages.delivery.closed.reason) }).fill('Komissiyanın qərarı gec gəldi.');
    await dialog.getByRole('button', { name: az.packages.delivery.closed.confirm }).click();
    await page.getByText(az.packages.delivery.closed.saved.replace('{{period}}', '2026-Q3')).waitFor();
    await page.waitForURL(/#\/children\/[^/]+$/);
    const found = await dispatch(e2e.ctx, 'residents.search', { query: 'nesirova lale' });
    expect(found.ok && found.value.map((c) => c.admissionDate)).toEqual(['2026-09-15']);
    expect(e2e.pageErrors).toEqual([]);
  }, 120_000);

  it('the packages screen names the quarter that needs a correction; the package made from there replaces number 1', async () => {
    const page = await e2e.openApp({ path: '/packages' });
    const due = page.getByTestId('corrections-due');
    await due.getByText(az.packages.corrections.title).waitFor();
    const item = due.getByTestId('correction-2026-Q3');
    await item.getByText(az.packages.corrections.item.replace('{{period}}', '2026-Q3').replace('{{sequence}}', '1')).waitFor();
    expect(await due.getByRole('listitem').count()).toBe(1); // 2026-Q4 was not changed
    await e2e.shot(page, 'e2e-77-corrections-due');

    // The wizard opens on that quarter and says what the package replaces.
    await item.getByRole('button', { name: az.packages.corrections.make }).click();
    await page.getByTestId('period-label').getByText('2026-Q3').waitFor();
    await page.getByRole('button', { name: az.packages.wizard.check }).click();
    await page.getByText(az.packages.wizard.supersedes.replace('{{sequence}}', '1')).waitFor();
    await e2e.shot(page, 'e2e-78-correction-wizard');
    await page.getByText(az.packages.wizard.supersedes.replace('{{sequence}}', '1')).waitFor();
    // The child registered above came without the commission's decision: named, and gone on with.
    const problem = page.getByTestId('precheck-problems').getByRole('listitem').filter({ hasText: az.packages.problems.admission_decision_missing });
    await problem.getByText('Nəsirova Lalə Vüsal qızı').waitFor();
    await page.getByRole('textbox', { name: new RegExp(az.packages.wizard.reason) }).fill('Komissiyanın qərarı hələ gəlməyib.');
    await page.getByRole('button', { name: az.packages.wizard.continueWithReason }).click();
    const done = page.getByTestId('export-done');
    await done.getByText(az.packages.wizard.doneTitle.replace('{{sequence}}', '3')).waitFor({ timeout: 60_000 });
    await done.getByRole('button', { name: az.packages.wizard.close, exact: true }).click();

    // The history says so; the ministry's intake accepts it as the correction; nothing is due now.
    await page.getByTestId('package-3-replaces').getByText(az.packages.replacesSequence.replace('{{sequence}}', '1')).waitFor();
    await statusCell(page, 3).getByText(az.packages.status.acknowledged).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('corrections-due').count()).toBe(0);
    expect(readStateFile(statePath).institutions['AZ-BAK-001']).toMatchObject({ sequence: 3 });
    const closed = await dispatch(e2e.ctx, 'packages.closedPeriods', {});
    expect(closed.ok && closed.value.find((c) => c.period === '2026-Q3')).toMatchObject({ needsCorrection: false, packageSequence: 3 });
    await showHistory(page);
    await e2e.shot(page, 'e2e-79-correction-made');
    expect(e2e.pageErrors).toEqual([]);
  }, 180_000);
});
