import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import type { CallInput, CallName } from '../../src-main/core/contract/calls';
import { E2E_TODAY, seedChild, startE2E, type E2E } from './fixture';
import { field } from './helpers';

// Correcting medical records in Chromium: the nurse, on the child's Health tab, voids a mistaken
// allergy (the reason asked; the allergy's row goes and the prescription it blocked is accepted),
// stops a prescription the doctor stopped (a day before it started refused at the field, then
// today: it ends today, still on today's round) and voids a mistaken first-aid entry.

let e2e: E2E;
const F = az.daily.fix;
let childId = '';
let rxId = '';

async function call<K extends CallName>(name: K, input: CallInput<K>) {
  const r = await dispatch(e2e.ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

beforeAll(async () => {
  e2e = await startE2E({ users: [{ username: 'tibb', role: 'medical', displayName: 'Kərimova Lalə' }] });
  childId = (await seedChild(e2e.ctx, {
    lastName: 'Zeynalov', firstName: 'Orxan', patronymic: 'Elçin oğlu', sex: 'M', dateOfBirth: '2014-05-02',
    admissionDate: '2024-09-01', legalStatus: 'orphan', groupName: 'Günəş', status: 'resident',
  })).id;
  await call('daily.addAllergy', { residentId: childId, allergen: 'Amoksisillin', kind: 'medicine', reaction: 'Səpgi', severity: 'severe' });
  await call('daily.addAllergy', { residentId: childId, allergen: 'Fındıq', kind: 'food', severity: 'life_threatening' });
  rxId = (await call('daily.prescribe', { residentId: childId, medicine: 'Parasetamol 500 mq', dose: '1 tablet', route: 'oral', times: ['08:00', '20:00'], startDate: '2026-11-20', prescriber: 'Dr. Hüseynova' })).id;
  await call('daily.recordDose', { medicationId: rxId, date: '2026-11-25', scheduledTime: '08:00', outcome: 'given' });
  await call('daily.recordFirstAid', { residentId: childId, date: E2E_TODAY, time: '09:10', whatHappened: 'Səhv uşağa yazılıb', treatment: 'Sarğı', givenBy: 'Kərimova' });
  await e2e.signInAs('tibb');
}, 120_000);

afterAll(async () => {
  await e2e?.close();
});

describe('correcting medical records in the browser', () => {
  it('voids an allergy, stops a prescription and voids a first-aid entry from the Health tab', async () => {
    const page = await e2e.openApp({ path: `/children/${childId}/health` });
    const allergies = page.getByTestId('child-allergies');
    await allergies.getByText('Amoksisillin').waitFor();
    await page.getByTestId('child-prescriptions').getByText('Parasetamol 500 mq').waitFor();
    // The prescription has a dose recorded: it can be stopped, not voided.
    expect(await page.getByTestId('prescription-row').getByTestId('prescription-void').count()).toBe(0);
    await e2e.shot(page, 'medfix-01-health-tab');

    // Void the allergy: without a reason refused at the field; with it, the row goes.
    const row = page.getByTestId('allergy-row').filter({ hasText: 'Amoksisillin' });
    await row.getByTestId('allergy-void').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(F.voidAllergyTitle).waitFor();
    await dialog.getByRole('button', { name: F.voidConfirm }).click();
    await dialog.getByText(az.validation.required).first().waitFor();
    await e2e.shot(page, 'medfix-02-void-allergy-reason-required');
    await field(dialog, F.reason).fill('Başqa uşağın kartından səhvən köçürülüb');
    await dialog.getByRole('button', { name: F.voidConfirm }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('allergy-row').filter({ hasText: 'Amoksisillin' }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('allergy-row').count()).toBe(1);
    // The prescription it blocked is accepted now (through the core: it is prescribed on the medication round's screen).
    const r = await dispatch(e2e.ctx, 'daily.prescribe', { residentId: childId, medicine: 'Amoksisillin 250 mq', dose: '1 tablet', route: 'oral', times: ['09:00'], startDate: E2E_TODAY, prescriber: 'Dr. Hüseynova' });
    expect(r.ok).toBe(true);

    // Stop Parasetamol: a day before it started is refused at the field; today is accepted.
    const para = page.getByTestId('prescription-row').filter({ hasText: 'Parasetamol 500 mq' });
    await para.getByTestId('prescription-stop').click();
    await dialog.getByText(F.stopTitle).waitFor();
    await field(dialog, F.stopDate).fill('19.11.2026');
    await field(dialog, F.reason).fill('Həkim dayandırdı: temperatur normallaşıb');
    await dialog.getByRole('button', { name: F.stopConfirm }).click();
    await dialog.getByText(az.daily.errors.stopBeforeStart.replace('{{start}}', '20.11.2026')).first().waitFor();
    await e2e.shot(page, 'medfix-03-stop-before-start-refused');
    await field(dialog, F.stopDate).fill('26.11.2026');
    await dialog.getByRole('button', { name: F.stopConfirm }).click();
    await dialog.waitFor({ state: 'hidden' });
    await para.getByText('20.11.2026 – 26.11.2026').waitFor();
    expect(await para.getByTestId('prescription-stop').count()).toBe(0);
    await e2e.shot(page, 'medfix-04-stopped');

    // Void the first-aid entry.
    await page.getByTestId('first-aid-row').getByTestId('firstAid-void').click();
    await dialog.getByText(F.voidFirstAidTitle).waitFor();
    await field(dialog, F.reason).fill('Səhv uşaq seçilib');
    await dialog.getByRole('button', { name: F.voidConfirm }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(az.daily.firstAid.empty).waitFor();
    await e2e.shot(page, 'medfix-05-first-aid-voided');

    // Through the core: the allergy and the first aid voided, the prescription ends today and is on today's round.
    const day = await dispatch(e2e.ctx, 'daily.medication', { date: E2E_TODAY });
    expect(day.ok && day.value.rows.map((x) => [x.medicine, x.allergies.map((a) => a.allergen)])).toEqual([
      ['Amoksisillin 250 mq', ['Fındıq']], ['Parasetamol 500 mq', ['Fındıq']],
    ]);
    const list = await dispatch(e2e.ctx, 'daily.prescriptions', { residentId: childId });
    expect(list.ok && list.value.find((p) => p.id === rxId)?.endDate).toBe(E2E_TODAY);
    expect(e2e.pageErrors).toEqual([]);
  }, 120_000);
});
