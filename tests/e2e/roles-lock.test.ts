import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { ru } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { E2E_NOW, E2E_USER, seedChild, startE2E, TEST_PASSWORD, type E2E } from './fixture';
import { field, goTo, nav } from './helpers';

// What each role sees, and the lock. A caregiver sees that a child has a diagnosis but not what it
// is, has no Settings or exports in the navigation and gets "no permission" at their addresses;
// the director sees both. The idle lock covers a half-filled form and gives it back after the
// password; a save refused by the lock goes through once unlocked.

let e2e: E2E;
let childId: string;
const DIAGNOSIS = 'Uşaq serebral iflici, spastik diplegiya';

beforeAll(async () => {
  e2e = await startE2E({
    users: [
      { username: 'sebine', role: 'caregiver', displayName: 'Quliyeva Səbinə' },
      { username: 'resad', role: 'social_worker', displayName: 'Əliyev Rəşad' },
    ],
  });
  const child = await seedChild(e2e.ctx, {
    lastName: 'Kərimova', firstName: 'Nərmin', patronymic: 'Anar qızı', sex: 'F', dateOfBirth: '2014-02-11',
    admissionDate: '2022-09-01', legalStatus: 'orphan', disability: true, disabilityDegree: 'II',
    disabilityDiagnosis: DIAGNOSIS, groupName: 'Günəş',
  });
  childId = child.id;
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});


describe('roles and the lock in the browser', () => {
  it('a caregiver: the diagnosis is hidden, no Settings or exports, "no permission" at their addresses', async () => {
    await e2e.signInAs('sebine');
    const page = await e2e.openApp({ path: `/children/${childId}` });
    await page.getByTestId('resident-name').getByText('Kərimova Nərmin Anar qızı').waitFor();
    await page.getByTestId('diagnosis-hidden').getByText(az.audit.history.hidden).waitFor();
    expect(await page.getByText(DIAGNOSIS).count()).toBe(0);

    await nav(page).getByRole('link', { name: az.residents.nav }).waitFor();
    await nav(page).getByRole('link', { name: az.staff.nav }).waitFor();
    for (const hidden of [az.institution.settings.nav, az.packages.nav, az.audit.nav]) {
      expect(await nav(page).getByRole('link', { name: hidden }).count()).toBe(0);
    }
    // No edit button and no history tab either.
    expect(await page.getByRole('button', { name: az.residents.page.edit }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: az.residents.page.tabs.history }).count()).toBe(0);
    await e2e.shot(page, 'e2e-30-caregiver-child');

    for (const path of ['/settings', '/settings/users', '/packages', '/audit']) {
      await goTo(page, e2e, path);
      await page.getByRole('alert').getByText(az.errors.forbidden).waitFor();
      await page.getByText(az.app.notAllowedTitle).waitFor();
    }
    await e2e.shot(page, 'e2e-31-caregiver-no-permission');
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('a social worker edits the child without ever sending the diagnosis, which stays', async () => {
    await e2e.signInAs('resad');
    const page = await e2e.openApp({ path: `/children/${childId}/edit` });
    await page.getByRole('heading', { name: /Redaktə: Kərimova Nərmin/ }).waitFor();
    await page.getByTestId('diagnosis-hidden').waitFor();
    await field(page, az.residents.form.fields.room).fill('12');
    const request = page.waitForRequest((r) => r.url().includes('/api/call/residents.update'));
    await page.getByRole('button', { name: az.common.save }).click();
    const sent = (await request).postDataJSON() as Record<string, unknown>;
    expect(sent.room).toBe('12');
    expect('disabilityDiagnosis' in sent).toBe(false);
    await page.getByText(az.residents.form.updatedTitle).waitFor();

    const stored = await dispatch(e2e.ctx, 'residents.get', { id: childId });
    expect(stored.ok && [stored.value.room, stored.value.disabilityDiagnosis]).toEqual(['12', DIAGNOSIS]);
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('the director sees the diagnosis, Settings and exports', async () => {
    await e2e.signInAs(E2E_USER);
    const page = await e2e.openApp({ path: `/children/${childId}` });
    await page.getByText(DIAGNOSIS).waitFor();
    expect(await page.getByTestId('diagnosis-hidden').count()).toBe(0);
    // The read log on the History tab: the caregiver opened this record before, and so did she.
    await page.getByRole('tab', { name: az.residents.page.tabs.history }).click();
    const reads = page.getByTestId('resident-reads');
    await reads.getByText(az.residents.page.reads.title).waitFor();
    await reads.getByRole('cell', { name: 'sebine' }).first().waitFor();
    await reads.getByRole('cell', { name: E2E_USER }).first().waitFor();
    await e2e.shot(page, 'e2e-33-director-reads');
    await nav(page).getByRole('link', { name: az.institution.settings.nav }).waitFor();
    await nav(page).getByRole('link', { name: az.audit.nav }).waitFor();
    await nav(page).getByRole('link', { name: az.packages.nav }).click();
    await page.getByRole('heading', { name: az.packages.title }).waitFor();
    expect(await page.getByText(az.errors.forbidden).count()).toBe(0);
    await nav(page).getByRole('link', { name: az.institution.settings.nav }).click();
    await page.getByRole('tab', { name: az.institution.settings.tabs.users }).click();
    await page.getByTestId('users-table').getByText('Quliyeva Səbinə').waitFor();
    await e2e.shot(page, 'e2e-32-director-settings');
    // The same screen in Russian: every word of it from the ru resources.
    await page.getByTestId('language-menu').click();
    await page.locator('[data-locale=ru]').click();
    await page.getByRole('tab', { name: ru.institution.settings.tabs.users }).waitFor();
    await page.getByRole('button', { name: ru.auth.users.new }).waitFor();
    await page.getByTestId('users-table').getByText(ru.auth.role.caregiver).waitFor();
    await page.getByRole('navigation', { name: ru.app.navigation }).getByRole('link', { name: ru.staff.nav }).waitFor();
    await e2e.shot(page, 'e2e-35-settings-ru');
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('locks when idle over a half-filled form, and gives the form back after the password', async () => {
    await e2e.signInAs(E2E_USER);
    const set = await dispatch(e2e.ctx, 'settings.update', { idleLockMinutes: 1 });
    expect(set.ok).toBe(true);
    const page = await e2e.openApp({ path: '/staff/new', fakeClock: true });
    await page.getByRole('heading', { name: az.staff.form.newTitle }).waitFor();
    await field(page, az.staff.fields.lastName).fill('Nəsibova');
    await field(page, az.staff.fields.firstName).fill('Gülnar');
    await field(page, az.staff.fields.phone).fill('+994 55 111 22 33');

    // Typing counts as work: a minute later (the page's clock) a key press tells the core so.
    e2e.clock.advanceMinutes(0.5);
    await page.clock.fastForward(61_000);
    await field(page, az.staff.fields.patronymic).pressSequentially('Vaqif');
    await expect.poll(() => e2e.harness.session.lastActivity).toBe(E2E_NOW.getTime() + 30_000);

    // Then two minutes without anything: the core locks, and the page sees it at its next look.
    e2e.clock.advanceMinutes(2);
    await page.clock.fastForward(31_000);
    const lock = page.getByTestId('lock-screen');
    await lock.getByRole('heading', { name: az.auth.lock.title }).waitFor();
    expect(e2e.harness.session.locked).toBe(true);
    await e2e.shot(page, 'e2e-33-lock-screen');

    // A wrong password is refused there; the right one opens the page as it was.
    await field(lock, az.auth.lock.password).fill('Yanlış-şifrə-99');
    await lock.getByRole('button', { name: az.auth.lock.unlock }).click();
    await page.getByTestId('lock-error').getByText(az.auth.wrongCredentials).waitFor();
    await field(lock, az.auth.lock.password).fill(TEST_PASSWORD);
    await lock.getByRole('button', { name: az.auth.lock.unlock }).click();
    await lock.waitFor({ state: 'detached' });
    expect(await field(page, az.staff.fields.lastName).inputValue()).toBe('Nəsibova');
    expect(await field(page, az.staff.fields.firstName).inputValue()).toBe('Gülnar');
    expect(await field(page, az.staff.fields.patronymic).inputValue()).toBe('Vaqif');
    expect(await field(page, az.staff.fields.phone).inputValue()).toBe('+994 55 111 22 33');
    await e2e.shot(page, 'e2e-34-form-after-unlock');
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);

  it('a save refused by the lock goes through after unlocking; "Lock" in the user menu locks', async () => {
    await e2e.signInAs(E2E_USER);
    const page = await e2e.openApp({ path: '/staff/new' });
    await page.getByRole('heading', { name: az.staff.form.newTitle }).waitFor();
    await field(page, az.staff.fields.lastName).fill('Səfərov');
    await field(page, az.staff.fields.firstName).fill('Elnur');
    await page.getByRole('combobox', { name: new RegExp(`^${az.staff.fields.sex}`) }).click();
    await page.getByRole('option', { name: az.staff.sex.M, exact: true }).click();
    await page.getByRole('combobox', { name: new RegExp(`^${az.staff.fields.position}`) }).click();
    await page.getByRole('option', { name: az.staff.position.teacher, exact: true }).click();

    // Locked elsewhere (another tab, or idle) while the form was open: the save meets the lock.
    e2e.harness.session.locked = true;
    await page.getByRole('button', { name: az.common.save }).click();
    const lock = page.getByTestId('lock-screen');
    await field(lock, az.auth.lock.password).fill(TEST_PASSWORD);
    await lock.getByRole('button', { name: az.auth.lock.unlock }).click();
    await page.getByText(az.staff.form.createdTitle).waitFor();
    await page.getByTestId('staff-name').getByText('Səfərov Elnur').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: az.app.userMenu.lock }).click();
    await lock.getByRole('heading', { name: az.auth.lock.title }).waitFor();
    expect(e2e.harness.session.locked).toBe(true);
    await field(lock, az.auth.lock.password).fill(TEST_PASSWORD);
    await lock.getByRole('button', { name: az.auth.lock.unlock }).click();
    await lock.waitFor({ state: 'detached' });
    await page.getByTestId('staff-name').getByText('Səfərov Elnur').waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
});
