import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { seedChild, startE2E, type E2E } from './fixture';

// The dashboard is the first screen after sign-in: a card per signal, whose count opens the list of
// the children it counts, each of whom opens their page.

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  const child = { sex: 'M' as const, dateOfBirth: '2013-05-02', legalStatus: 'orphan' as const, groupName: 'Günəş' };
  await seedChild(e2e.ctx, { ...child, lastName: 'Şükürov', firstName: 'İlqar', patronymic: 'Vüsal oğlu', admissionDate: '2019-03-01' });
  await seedChild(e2e.ctx, { ...child, lastName: 'Əhmədova', firstName: 'Ülviyyə', patronymic: 'Rauf qızı', sex: 'F', admissionDate: '2023-06-10' });
  await seedChild(e2e.ctx, { ...child, lastName: 'Cəfərov', firstName: 'Orxan', patronymic: 'Elşən oğlu', admissionDate: '2026-01-15' });
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe('the dashboard', () => {
  it('opens first, counts the long stays, and opens the children behind the count', async () => {
    const page = await e2e.openApp();
    await page.getByRole('heading', { name: az.dashboard.title }).waitFor();
    const card = page.getByTestId('signal-long_stay');
    await expect.poll(() => card.getAttribute('data-count')).toBe('2');
    await card.getByText(az.care.signals.longStay).waitFor();
    await e2e.shot(page, 'e2e-30-dashboard');

    await card.click();
    await page.getByTestId('signal-title').getByText(az.care.signals.longStay).waitFor();
    const rows = page.locator('[data-testid=signal-children] tbody tr[data-index]');
    await expect.poll(() => rows.count()).toBe(2);
    // In Azerbaijani order: Ə before Ş.
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')))).toEqual([
      'Əhmədova Ülviyyə Rauf qızı',
      'Şükürov İlqar Vüsal oğlu',
    ]);
    await e2e.shot(page, 'e2e-31-dashboard-long-stay');

    await rows.nth(1).click();
    await page.getByTestId('resident-name').getByText('Şükürov İlqar Vüsal oğlu').waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
});
