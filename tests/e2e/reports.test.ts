import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { seedChild, startE2E, type E2E } from './fixture';
import { nav } from './helpers';

// Issue 12's scenario in Chromium, in Azerbaijani: open the indicators for this quarter (2026-Q4,
// the clock is 2026-11-26), read each figure beside the previous quarter's, step back to 2026-Q3,
// and open the children behind one number. Expected figures counted by hand from the seed:
//   A resident since 2025-05-01; B admitted 2026-08-01; C admitted 2026-10-05, left 2026-11-10 to
//   kinship; D (a girl) admitted 2026-10-20.
//   2026-Q4: at start 2 (A, B), admitted 2 (C, D), exited 1 (C), at end 3.  2026-Q3: 1, 1, 0, 2.
//   No child has a care plan: at the end of 2026-Q4, 3 in care, 3 without a plan (A, B, D); 2 in
//   2026-Q3. October 2026 as two dates (1–31 October): at start 2, admitted 2, exited 0, at end 4;
//   beside it the 31 days before (31 August – 30 September): 2, 0, 0, 2.

let e2e: E2E;
const R = az.reports;

beforeAll(async () => {
  e2e = await startE2E();
  const child = (lastName: string, firstName: string, sex: 'M' | 'F', dateOfBirth: string, admissionDate: string) =>
    seedChild(e2e.ctx, { lastName, firstName, patronymic: sex === 'M' ? 'Elşən oğlu' : 'Elşən qızı', sex, dateOfBirth, admissionDate, legalStatus: 'parents_unable', groupName: 'Günəş' });
  await child('Abbasov', 'Anar', 'M', '2014-02-03', '2025-05-01');
  await child('Bayramov', 'Bəxtiyar', 'M', '2016-07-11', '2026-08-01');
  const c = await child('Cəlilov', 'Cavid', 'M', '2012-03-09', '2026-10-05');
  await child('Dadaşova', 'Dilarə', 'F', '2019-12-24', '2026-10-20');
  const exit = await dispatch(e2e.ctx, 'care.exit', {
    residentId: c.id, exitedOn: '2026-11-10', destination: 'kinship', exitReason: 'family_ready', decidingBody: 'guardianship', decisionNumber: 'Q-7', decisionDate: '2026-11-09',
  });
  if (!exit.ok) throw new Error(JSON.stringify(exit.error));
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe('reports in the browser', () => {
  it('opens the quarter, compares it with the previous one, and drills down to the children behind a number', async () => {
    const page = await e2e.openApp({ viewport: { width: 1366, height: 900 } });
    await nav(page).getByText(R.nav, { exact: true }).click();
    await page.getByTestId('period-label').getByText('2026-Q4').waitFor();
    const figure = (cell: string) => page.getByTestId(`figure-${cell}`).first();
    const previous = (cell: string) => page.getByTestId(`previous-${cell}`).first();
    await figure('population.opening').waitFor();
    const flow = async (at: (c: string) => ReturnType<typeof figure>) =>
      Promise.all(['opening', 'admissions', 'exits', 'closing'].map(async (c) => (await at(`population.${c}`).textContent())?.replace(/[()]/g, '')));
    expect(await flow(figure)).toEqual(['2', '2', '1', '3']);
    expect(await flow(previous)).toEqual(['1', '1', '0', '2']);
    expect(await figure('population.bySex.F.closing').textContent()).toBe('1');
    expect(await figure('exits.byDestination.kinship').textContent()).toBe('1');
    expect(await previous('exits.byDestination.kinship').textContent()).toBe('0');
    expect(await figure('exits.toFamilyShare').textContent()).toBe('100%');
    await page.getByText(R.columns.previous.replace('{{period}}', '2026-Q3')).first().waitFor();
    await e2e.shot(page, 'reports-01-quarter');
    await page.getByTestId('section-exits').scrollIntoViewIfNeeded();
    await e2e.shot(page, 'reports-02-exits');

    // The quarter before: its figures, now beside 2026-Q2's.
    await page.getByTestId('period-previous').click();
    await page.getByTestId('period-label').getByText('2026-Q3').waitFor();
    await page.getByText(R.columns.previous.replace('{{period}}', '2026-Q2')).first().waitFor();
    expect(await flow(figure)).toEqual(['1', '1', '0', '2']);
    await e2e.shot(page, 'reports-03-previous-quarter');

    // Back to 2026-Q4, and the children admitted in it.
    await page.getByTestId('period-next').click();
    await page.getByTestId('period-label').getByText('2026-Q4').waitFor();
    await figure('population.admissions').click();
    await page.getByTestId('report-children').waitFor();
    const names = await page.getByTestId('report-children').locator('[data-name]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
    expect(names).toEqual(['Cəlilov Cavid Elşən oğlu', 'Dadaşova Dilarə Elşən qızı']);
    expect(await page.getByTestId('report-children-title').textContent()).toBe(`${R.sections.population} · ${R.sections.total} · ${R.columns.admissions}`);
    await e2e.shot(page, 'reports-04-children');
    // a row opens the child
    await page.getByTestId('report-children').locator('[data-name="Dadaşova Dilarə Elşən qızı"]').click();
    await page.waitForURL(/#\/children\//);

    // A domain's section (case plans), its chart, and the children behind one of its numbers.
    await nav(page).getByText(R.nav, { exact: true }).click();
    await page.getByTestId('period-label').getByText('2026-Q4').waitFor();
    expect(await figure('casePlans.inCare').textContent()).toBe('3');
    expect(await figure('casePlans.withoutPlan').textContent()).toBe('3');
    expect(await previous('casePlans.withoutPlan').textContent()).toBe('2');
    expect(await figure('casePlans.share').textContent()).toBe('0%');
    await page.getByTestId('chart-population').locator('svg.recharts-surface').first().waitFor();
    await page.getByTestId('section-occupancy').scrollIntoViewIfNeeded();
    await page.getByTestId('section-occupancy').locator('svg.recharts-surface').first().waitFor();
    // Residents at each month's end, beside the previous quarter's month at the same place
    // (31 July: A; 31 August and 30 September: A, B). On 31 October: A, B, C, D.
    expect(await figure('occupancy.on.2026-10-31').textContent()).toBe('4');
    expect(await previous('occupancy.on.2026-10-31').textContent()).toBe('1');
    expect(await previous('occupancy.on.2026-12-31').textContent()).toBe('2');
    await e2e.shot(page, 'reports-06-occupancy-chart');
    await page.getByTestId('section-casePlans').scrollIntoViewIfNeeded();
    await e2e.shot(page, 'reports-07-case-plans');
    await figure('casePlans.withoutPlan').click();
    await page.getByTestId('report-children').waitFor();
    const without = await page.getByTestId('report-children').locator('[data-name]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
    expect(without).toEqual(['Abbasov Anar Elşən oğlu', 'Bayramov Bəxtiyar Elşən oğlu', 'Dadaşova Dilarə Elşən qızı']);
    expect(await page.getByTestId('report-children-title').textContent()).toBe(`${R.sections.casePlans} · ${R.rows.withoutCasePlan}`);

    await page.goBack();
    await figure('occupancy.on.2026-10-31').click();
    await page.getByTestId('report-children').waitFor();
    expect(await page.getByTestId('report-children-title').textContent()).toBe(`${R.sections.occupancy} · 31.10.2026`);
    expect(await page.getByTestId('report-children').locator('[data-name]').count()).toBe(4);

    // A custom period: two dates.
    await nav(page).getByText(R.nav, { exact: true }).click();
    await page.getByTestId('period-label').getByText('2026-Q4').waitFor();
    await page.getByTestId('period-kind').getByText(R.period.custom).click();
    await page.getByTestId('period-from').fill('01.10.2026');
    await page.getByTestId('period-to').fill('31.10.2026');
    await page.getByTestId('period-apply').click();
    await page.getByTestId('period-label').getByText('2026-10-01..2026-10-31').waitFor();
    await page.getByText(R.columns.previous.replace('{{period}}', '2026-08-31..2026-09-30')).first().waitFor();
    expect(await flow(figure)).toEqual(['2', '2', '0', '4']);
    expect(await flow(previous)).toEqual(['2', '0', '0', '2']);
    await e2e.shot(page, 'reports-08-custom-period');

    // A year at a time.
    await page.getByTestId('period-kind').getByText(R.period.year).click();
    await page.getByTestId('period-label').getByText('2026').waitFor();
    expect(await flow(figure)).toEqual(['1', '3', '1', '3']);
    await e2e.shot(page, 'reports-05-year');
    expect(e2e.pageErrors).toEqual([]);
  });
});
