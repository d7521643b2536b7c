import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { ARTIFACTS, E2E_TODAY, seedChild, startE2E, type E2E } from './fixture';
import { choose, fieldStartingWith } from './helpers';

// The scenario in Chromium against the web harness: register a child through the form,
// find them by a folded name, edit them and see the change in the list, and see validation errors
// in Azerbaijani. Texts come from the az resources, so the test fails if the UI is not Azerbaijani.

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

describe('residents in the browser', () => {
  it('registers, finds by a folded name, edits, and shows Azerbaijani validation errors', async () => {
    const page = await e2e.openApp({ path: '/children' });

    // A fresh database: the empty list teaches and offers the first action.
    const empty = page.getByTestId('residents-empty');
    await empty.getByText(az.residents.empty.title).waitFor();
    await e2e.shot(page, 'e2e-01-empty-list');
    await empty.getByRole('button', { name: az.residents.empty.action }).click();
    await page.getByRole('heading', { name: az.residents.form.newTitle }).waitFor();

    // Saving an empty form: errors at the fields, in Azerbaijani, and nothing written.
    await page.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('form-error').getByText(az.errors.invalid).waitFor();
    expect(await page.getByText(az.validation.required).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByText(az.validation.choose).count()).toBeGreaterThanOrEqual(1);

    // As you type: a FIN with the letter O, and a date of birth in the future.
    await fieldStartingWith(page, 'FİN').fill('AB1O234');
    await page.getByText(az.validation.finFormat).waitFor();
    await fieldStartingWith(page, az.residents.form.fields.dateOfBirth).fill('14.03.2031');
    await page.getByText(az.validation.dobFuture).waitFor();
    await e2e.shot(page, 'e2e-02-form-validation-az');

    // Correct them. The child has no documents yet: no FIN, which is allowed.
    await fieldStartingWith(page, 'FİN').fill('');
    expect(await page.getByText(az.validation.finFormat).count()).toBe(0);
    await fieldStartingWith(page, az.residents.form.fields.dateOfBirth).fill('14.03.2015');
    expect(await page.getByText(az.validation.dobFuture).count()).toBe(0);
    await fieldStartingWith(page, az.residents.form.fields.lastName).fill('Məmmədov');
    await fieldStartingWith(page, az.residents.form.fields.firstName).fill('Elçin');
    await fieldStartingWith(page, az.residents.form.fields.patronymic).fill('Rəşid oğlu');
    await choose(page, az.residents.form.fields.sex, az.residents.enums.sex.M);
    await choose(page, az.residents.form.fields.legalStatus, az.residents.enums.legalStatus.parents_deprived);
    await page.getByRole('combobox', { name: new RegExp(`^${az.residents.form.fields.groupName}`) }).fill('Günəş');
    await page.keyboard.press('Escape');
    await fieldStartingWith(page, az.residents.form.fields.admissionDate).fill('01.09.2022');
    await page.getByRole('button', { name: az.common.save }).click();

    // Saved: a notification says so, and the child's page opens with "FIN missing" in words.
    await page.getByText(az.residents.form.createdTitle).waitFor();
    await page.getByTestId('resident-name').getByText('Məmmədov Elçin Rəşid oğlu').waitFor();
    await page.getByTestId('fin-missing').first().waitFor();
    await e2e.shot(page, 'e2e-03-child-page');

    // Two more children through the core, so that the search has something to leave out.
    await seedChild(e2e.ctx, {
      lastName: 'Əliyeva', firstName: 'Aygün', patronymic: 'Elşən qızı', sex: 'F',
      dateOfBirth: '2014-05-02', admissionDate: '2021-09-01', groupName: 'Ulduz', fin: '5ABC7D2',
    });
    await seedChild(e2e.ctx, {
      lastName: 'İsmayılov', firstName: 'Şəbnəm', patronymic: 'Ağa qızı', sex: 'F',
      dateOfBirth: '2016-01-20', admissionDate: '2023-02-01', groupName: 'Günəş',
    });

    // The list: typing the name without Azerbaijani letters finds Məmmədov, and only him.
    await page.getByRole('navigation', { name: az.app.navigation }).getByRole('link', { name: az.residents.nav }).click();
    await page.getByTestId('residents-table').waitFor();
    await page.getByTestId('list-search').fill('memmedov');
    const rows = page.locator('[data-testid=residents-table] tbody tr[data-index]');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByText('Məmmədov Elçin Rəşid oğlu').waitFor();
    await e2e.shot(page, 'e2e-04-list-search-folded');

    // Edit: a FIN now, and another group; the history says what changed.
    await rows.first().getByRole('link').click();
    await page.getByRole('button', { name: az.residents.page.edit }).click();
    await page.getByRole('heading', { name: /Redaktə: Məmmədov Elçin Rəşid oğlu/ }).waitFor();
    await fieldStartingWith(page, 'FİN').fill('7hk2m9p');
    await page.getByRole('combobox', { name: new RegExp(`^${az.residents.form.fields.groupName}`) }).fill('Ulduz');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: az.common.save }).click();
    await page.getByText(az.residents.form.updatedTitle).waitFor();
    await page.getByTestId('resident-fin').getByText('7HK2M9P').waitFor();
    await page.getByRole('tab', { name: az.residents.page.tabs.history }).click();
    const history = page.getByTestId('resident-history');
    const groupChange = history.getByRole('row', { name: new RegExp(`${az.residents.form.fields.groupName}.*Günəş.*Ulduz`) });
    await groupChange.waitFor();
    await e2e.shot(page, 'e2e-05-history');

    // Back in the list (the search is kept), the row shows the new group and FIN.
    await page.getByRole('link', { name: az.residents.page.backToList }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByText('Ulduz').waitFor();
    await rows.first().getByText('7HK2M9P').waitFor();

    // And the core agrees: one Məmmədov, with the FIN upper-cased and the new group.
    const found = await dispatch(e2e.ctx, 'residents.search', { query: 'memmedov' });
    expect(found.ok && found.value.map((r) => [r.lastName, r.fin, r.groupName])).toEqual([['Məmmədov', '7HK2M9P', 'Ulduz']]);
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);

  it('asks before registering a possible duplicate, and registers on "register anyway"', async () => {
    await seedChild(e2e.ctx, {
      lastName: 'Hüseynov', firstName: 'Orxan', patronymic: 'Vüqar oğlu', sex: 'M',
      dateOfBirth: '2013-04-11', admissionDate: '2019-10-01',
    });
    const page = await e2e.openApp({ path: '/children/new' });
    await page.getByRole('heading', { name: az.residents.form.newTitle }).waitFor();
    // The same child typed without the Azerbaijani letters: the core folds both and asks.
    await fieldStartingWith(page, az.residents.form.fields.lastName).fill('Huseynov');
    await fieldStartingWith(page, az.residents.form.fields.firstName).fill('Orxan');
    await fieldStartingWith(page, az.residents.form.fields.patronymic).fill('Vuqar oglu');
    await choose(page, az.residents.form.fields.sex, az.residents.enums.sex.M);
    await choose(page, az.residents.form.fields.legalStatus, az.residents.enums.legalStatus.orphan);
    await fieldStartingWith(page, az.residents.form.fields.dateOfBirth).fill('11.04.2013');
    await page.getByRole('button', { name: az.common.save }).click();

    const dialog = page.getByRole('dialog', { name: az.residents.form.duplicate.title });
    await dialog.waitFor();
    await dialog.getByText('Hüseynov Orxan Vüqar oğlu').waitFor();
    await dialog.getByText(az.residents.form.duplicate.reason.name_and_birth_date).waitFor();
    await e2e.shot(page, 'e2e-06-duplicate-dialog');
    const before = await dispatch(e2e.ctx, 'residents.list', { status: 'all' });
    await dialog.getByRole('button', { name: az.residents.form.duplicate.registerAnyway }).click();
    await page.getByText(az.residents.form.createdTitle).waitFor();
    await page.getByTestId('resident-name').getByText('Huseynov Orxan Vuqar oglu').waitFor();
    const after = await dispatch(e2e.ctx, 'residents.list', { status: 'all' });
    expect(before.ok && after.ok && after.value.total - before.value.total).toBe(1);
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('finds a child from anywhere with Ctrl+K, by a folded name', async () => {
    await seedChild(e2e.ctx, {
      lastName: 'Şükürova', firstName: 'Günay', patronymic: 'İlham qızı', sex: 'F',
      dateOfBirth: '2012-07-30', admissionDate: '2020-03-15', groupName: 'Ulduz',
    });
    const page = await e2e.openApp({ path: '/children/new' });
    await page.getByRole('heading', { name: az.residents.form.newTitle }).waitFor();
    await page.keyboard.press('Control+K');
    await expect.poll(() => page.locator(':focus').getAttribute('data-testid')).toBe('global-search');
    await page.keyboard.type('sukurova gunay');
    await page.getByRole('option', { name: /Şükürova Günay İlham qızı/ }).waitFor();
    await e2e.shot(page, 'e2e-07-global-search');
    await page.keyboard.press('Enter');
    await page.getByTestId('resident-name').getByText('Şükürova Günay İlham qızı').waitFor();
    // 14 years old on the core's "today" (born 30.07.2012, today 26.11.2026).
    expect(E2E_TODAY).toBe('2026-11-26');
    await page.getByText(az.residents.page.age.replace('{{age}}', '14')).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('shows conflicts clearly: a FIN already taken, and a record changed by someone else', async () => {
    await seedChild(e2e.ctx, {
      lastName: 'Rəhimova', firstName: 'Ülviyyə', patronymic: 'Tofiq qızı', sex: 'F',
      dateOfBirth: '2011-11-11', admissionDate: '2018-09-01', fin: 'AAA1111',
    });
    const input = {
      lastName: 'Quliyeva', firstName: 'Nərmin', patronymic: 'Ramil qızı', sex: 'F' as const,
      dateOfBirth: '2015-06-15', admissionDate: '2021-09-01', legalStatus: 'orphan' as const, groupName: 'Bənövşə',
    };
    const child = await seedChild(e2e.ctx, input);
    const page = await e2e.openApp({ path: `/children/${child.id}/edit` });
    await page.getByRole('heading', { name: /Redaktə: Quliyeva Nərmin Ramil qızı/ }).waitFor();

    // The FIN belongs to another child: said at the field and above the form.
    await fieldStartingWith(page, 'FİN').fill('aaa1111');
    await page.getByRole('button', { name: az.common.save }).click();
    await page.getByText(az.residents.finTakenField).waitFor();
    await page.getByTestId('form-error').getByText(az.residents.finTaken.replace('{{fin}}', 'AAA1111')).waitFor();
    expect(await fieldStartingWith(page, 'FİN').getAttribute('aria-invalid')).toBe('true');

    // Meanwhile someone else changes the record: saving now is refused, with a way out.
    await fieldStartingWith(page, 'FİN').fill('');
    await fieldStartingWith(page, az.residents.form.fields.room).fill('7');
    const changed = await dispatch(e2e.ctx, 'residents.update', { id: child.id, version: 1, ...input, room: '12' });
    expect(changed.ok).toBe(true);
    await page.getByRole('button', { name: az.common.save }).click();
    const alert = page.getByTestId('form-error');
    await alert.getByText(az.errors.staleVersion).waitFor();
    await e2e.shot(page, 'e2e-08-conflict-stale');
    await alert.getByRole('button', { name: az.common.reloadRecord }).click();
    await expect.poll(() => fieldStartingWith(page, az.residents.form.fields.room).inputValue()).toBe('12');
    await fieldStartingWith(page, az.residents.form.fields.room).fill('14');
    await page.getByRole('button', { name: az.common.save }).click();
    await page.getByText(az.residents.form.updatedTitle).waitFor();
    const saved = await dispatch(e2e.ctx, 'residents.get', { id: child.id });
    expect(saved.ok && [saved.value.room, saved.value.version]).toEqual(['14', 3]);

    // The whole form, for the record.
    await page.getByRole('button', { name: az.residents.page.edit }).click();
    await page.getByRole('heading', { name: /Redaktə: Quliyeva Nərmin Ramil qızı/ }).waitFor();
    await page.getByRole('checkbox', { name: az.residents.form.fields.disability }).check();
    await page.getByRole('combobox', { name: new RegExp(`^${az.residents.form.fields.disabilityDegree}`) }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/e2e-09-form-full.png`, fullPage: true });
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
});
