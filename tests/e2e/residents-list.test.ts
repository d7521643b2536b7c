import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';
import { en } from '../../src-main/core/i18n/index';
import { ru } from '../../src-main/core/i18n/index';
import type { CallInput } from '../../src-main/core/contract/calls';
import { ageOn } from '../../src-main/core/residents/schema';
import { E2E_TODAY, startE2E, type E2E } from './fixture';
import { seedInstitution } from './seed';

// The children list with a large institution: only a window of rows is in the DOM, scrolling to
// the end shows the last child in Azerbaijani order; sorting, filters, the language switch, and
// the screens at 200% zoom.

const SEEDED = 2000;
let e2e: E2E;
let current: CallInput<'residents.create'>[];

const collator = new Intl.Collator('az', { sensitivity: 'base' });
const byAzName = (a: CallInput<'residents.create'>, b: CallInput<'residents.create'>) =>
  collator.compare(a.lastName, b.lastName) ||
  collator.compare(a.firstName, b.firstName) ||
  collator.compare(a.patronymic ?? '', b.patronymic ?? '');
const byDob = (a: CallInput<'residents.create'>, b: CallInput<'residents.create'>) =>
  a.dateOfBirth.localeCompare(b.dateOfBirth) || byAzName(a, b);
const nameOf = (c: CallInput<'residents.create'>) => `${c.lastName} ${c.firstName} ${c.patronymic}`;

beforeAll(async () => {
  e2e = await startE2E();
  const all = await seedInstitution(e2e.ctx, SEEDED);
  current = all.filter((c) => c.status !== 'discharged').sort(byAzName);
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

const rows = (page: Page) => page.locator('[data-testid=residents-table] tbody tr[data-index]');
const noSidewaysScroll = (page: Page) => page.locator('html').evaluate((el) => el.scrollWidth <= el.clientWidth);
const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');

describe('the children list with a large institution', () => {
  it('keeps a window of rows in the DOM and shows the last child in az order at the end', async () => {
    const page = await e2e.openApp({ path: '/children' });
    await page.getByTestId('residents-table').waitFor();
    await expect.poll(async () => digits(await page.getByTestId('residents-count').textContent())).toBe(String(current.length));

    // Azerbaijani order from the first row; only a window of rows is rendered.
    await rows(page).first().getByText(nameOf(current[0]!)).waitFor();
    const rendered = await rows(page).count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    expect(await page.getByTestId('residents-table').getAttribute('aria-rowcount')).toBe(String(current.length + 1));
    await e2e.shot(page, 'e2e-10-list-2000');

    // To the end: the last child in az order (Zülalov Şahin, after Zülalov Sona and Zurabov).
    const last = current[current.length - 1]!;
    expect(nameOf(last)).toBe('Zülalov Şahin Elvin oğlu');
    await page.getByTestId('residents-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    const lastRow = page.locator(`[data-testid=residents-table] tbody tr[data-index="${current.length - 1}"]`);
    await lastRow.getByText(nameOf(last)).waitFor();
    await page.locator(`tr[data-index="${current.length - 2}"]`).getByText('Zülalov Sona Elvin qızı').waitFor();
    expect(await rows(page).count()).toBeLessThan(80);
    await e2e.shot(page, 'e2e-11-list-end');

    // Sorting by date of birth (the header says so to screen readers); the oldest child first.
    await page.getByRole('button', { name: az.residents.columns.dateOfBirth }).click();
    const dobHeader = page.getByRole('columnheader', { name: az.residents.columns.dateOfBirth });
    await expect.poll(() => dobHeader.getAttribute('aria-sort')).toBe('ascending');
    const oldest = [...current].sort(byDob)[0]!;
    const [y, m, d] = oldest.dateOfBirth.split('-');
    await rows(page).first().getByText(`${d}.${m}.${y}`).waitFor();

    // Filters: group, disability and an age range together, as the core counts them.
    const count = async () => digits(await page.getByTestId('residents-count').textContent());
    await page.getByRole('combobox', { name: az.residents.filters.group }).click();
    await page.getByRole('option', { name: 'Günəş', exact: true }).click();
    await page.getByRole('combobox', { name: az.residents.filters.disability }).click();
    await page.getByRole('option', { name: az.residents.filters.disabilityYes, exact: true }).click();
    await page.getByRole('textbox', { name: az.residents.filters.ageFrom }).fill('10');
    await page.getByRole('textbox', { name: az.residents.filters.ageTo }).fill('12');
    const expected = current.filter((c) => {
      const age = ageOn(c.dateOfBirth, E2E_TODAY);
      return c.groupName === 'Günəş' && c.disability && age >= 10 && age <= 12;
    });
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(count).toBe(String(expected.length));
    await rows(page).first().getByText(nameOf(expected.sort(byDob)[0]!)).waitFor();
    await e2e.shot(page, 'e2e-16-list-filtered');

    // Former children only.
    await page.getByRole('button', { name: az.residents.filters.reset }).click();
    await page.getByTestId('status-filter').getByText(az.residents.filters.former).click();
    await expect.poll(count).toBe(String(SEEDED / 100));
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);

  it('switches the language to English and Russian, and remembers it', async () => {
    const page = await e2e.openApp({ path: '/children' });
    await page.getByRole('heading', { name: az.residents.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('az');
    // The header names the institution, in the reader's language where it has that name.
    await page.getByTestId('institution-name').getByText('Bakı şəhəri 1 nömrəli uşaq evi').waitFor();

    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: en.residents.title }).waitFor();
    await page.getByRole('columnheader', { name: en.residents.columns.name }).waitFor();
    await page.getByRole('navigation', { name: en.app.navigation }).getByText(en.residents.nav).waitFor();
    await rows(page).first().getByText(en.residents.enums.status.resident).waitFor();
    await page.getByTestId('institution-name').getByText('Baku Children’s Home No. 1').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await e2e.shot(page, 'e2e-12-list-en');

    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: ru.residents.title }).waitFor();
    await page.getByRole('button', { name: ru.residents.new }).waitFor();

    // Kept across a reload (the token stays with the tab).
    await page.reload();
    await page.getByRole('heading', { name: ru.residents.title }).waitFor();
    await page.getByRole('columnheader', { name: ru.residents.columns.dateOfBirth }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await e2e.shot(page, 'e2e-13-list-ru');
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('stays usable at 200% zoom and by keyboard', async () => {
    // 200% zoom: half the CSS pixels on the same screen.
    const page = await e2e.openApp({ path: '/children', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    await page.getByRole('heading', { name: az.residents.title }).waitFor();
    await rows(page).first().waitFor();
    // Nothing sticks out sideways: the table scrolls inside its own box, the rest wraps.
    expect(await noSidewaysScroll(page)).toBe(true);
    await e2e.shot(page, 'e2e-14-list-zoom200');

    // The navigation folds behind a labelled button.
    await page.getByRole('button', { name: az.app.openNavigation }).click();
    await page.getByRole('navigation', { name: az.app.navigation }).getByText(az.residents.nav).waitFor();
    await page.getByRole('button', { name: az.app.closeNavigation }).click();

    // The keyboard alone reaches "new child" and opens the form.
    await page.locator('body').focus();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.locator(':focus').textContent())?.trim() === az.residents.new;
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: az.residents.form.newTitle }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await e2e.shot(page, 'e2e-15-form-zoom200');
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
});
