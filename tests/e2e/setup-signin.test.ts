import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { startE2E, type E2E } from './fixture';
import { choose, field, goTo, signIn, signOut } from './helpers';

// First run on an empty database: the set-up wizard is the only screen, then the director is in.
// Then sign-in (a wrong password answered in Azerbaijani), and a password reset that the user
// must change at the next sign-in. One database through the whole file, as on a real PC.

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ empty: true });
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

const DIRECTOR = { username: 'aynur', name: 'Həsənova Aynur', password: 'Qış-günəşi-2026' };
const CAREGIVER = { username: 'leyla.m', name: 'Məmmədova Leyla', first: 'Bahar-yağışı-77', reset: 'Dəniz-küləyi-58', own: 'Çinar-yarpağı-31' };

describe('first run, sign-in and password reset in the browser', () => {
  it('shows only the set-up wizard on an empty database, then opens the app signed in', async () => {
    const page = await e2e.openApp();
    await page.getByRole('heading', { name: az.institution.wizard.title }).waitFor();
    // Nothing else is reachable: no navigation, and an address of another screen shows the wizard.
    await goTo(page, e2e, '/children');
    await page.getByRole('heading', { name: az.institution.wizard.title }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByText(az.residents.title).count()).toBe(0);

    // Step 1, the institution: empty fields are refused at the field, in Azerbaijani.
    await page.getByRole('button', { name: az.institution.wizard.next }).click();
    expect(await page.getByText(az.validation.required).count()).toBeGreaterThanOrEqual(3);
    await page.getByText(az.validation.choose).waitFor();
    await field(page, az.institution.wizard.fields.code).fill('az gnc');
    await page.getByText(az.institution.codeFormat).waitFor();
    await field(page, az.institution.wizard.fields.code).fill('az-gnc-002');
    expect(await field(page, az.institution.wizard.fields.code).inputValue()).toBe('AZ-GNC-002');
    await choose(page, az.institution.wizard.fields.type, az.institution.type.boarding_school);
    await field(page, az.institution.wizard.fields.nameAz).fill('Gəncə şəhəri internat tipli müəssisə');
    await field(page, az.institution.wizard.fields.region).fill('Gəncə');
    await field(page, az.institution.wizard.fields.capacity).fill('80');
    await e2e.shot(page, 'e2e-20-wizard-institution');
    await page.getByRole('button', { name: az.institution.wizard.next }).click();

    // Step 2, the director: the password rules are shown and checked as you type.
    await page.getByTestId('password-rules').waitFor();
    await field(page, az.institution.wizard.fields.displayName).fill(DIRECTOR.name);
    await field(page, az.auth.signIn.username).fill(DIRECTOR.username);
    await field(page, az.auth.signIn.password).fill('Aynur-12345');
    await page.getByText(az.auth.passwordHasName).waitFor();
    await field(page, az.auth.signIn.password).fill(DIRECTOR.password);
    await field(page, az.auth.signIn.repeatPassword).fill('Qış-günəşi-2025');
    await page.getByText(az.auth.signIn.passwordsDiffer).waitFor();
    await field(page, az.auth.signIn.repeatPassword).fill(DIRECTOR.password);
    expect(await page.getByText(az.auth.signIn.passwordsDiffer).count()).toBe(0);
    await e2e.shot(page, 'e2e-21-wizard-director');
    await page.getByRole('button', { name: az.institution.wizard.create }).click();

    // The app opens with the director signed in: the navigation and the user menu say who.
    const nav = page.getByRole('navigation', { name: az.app.navigation });
    await nav.getByRole('link', { name: az.residents.nav }).waitFor();
    await nav.getByRole('link', { name: az.institution.settings.nav }).waitFor();
    await page.getByTestId('user-menu').getByText(DIRECTOR.name).waitFor();
    await page.getByTestId('user-role').getByText(az.auth.role.director).waitFor();
    await page.getByTestId('institution-name').getByText('Gəncə şəhəri internat tipli müəssisə').waitFor();
    await e2e.shot(page, 'e2e-22-after-setup');

    const status = await dispatch(e2e.ctx, 'setup.status', {});
    expect(status.ok && [status.value.needed, status.value.institution?.code]).toEqual([false, 'AZ-GNC-002']);
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);

  it('answers a wrong password in Azerbaijani, the same for an unknown user, then signs in', async () => {
    const page = await e2e.openApp();
    await page.getByRole('navigation', { name: az.app.navigation }).waitFor();
    await signOut(page);
    expect(await page.getByRole('navigation').count()).toBe(0);

    await signIn(page, DIRECTOR.username, 'Yanlış-şifrə-123');
    const error = page.getByTestId('sign-in-error');
    await error.getByText(az.auth.wrongCredentials).waitFor();
    // The password field is emptied and has the focus for the next try.
    expect(await field(page, az.auth.signIn.password).inputValue()).toBe('');
    await e2e.shot(page, 'e2e-23-sign-in-wrong-password');

    await signIn(page, 'kimse-yoxdur', 'Yanlış-şifrə-123');
    await expect.poll(() => error.textContent()).toBe(az.auth.wrongCredentials);

    await signIn(page, DIRECTOR.username, DIRECTOR.password);
    await page.getByTestId('user-menu').getByText(DIRECTOR.name).waitFor();
    await page.getByRole('navigation', { name: az.app.navigation }).getByRole('link', { name: az.residents.nav }).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('makes an account, resets its password, and the user must change it at the next sign-in', async () => {
    const page = await e2e.openApp({ path: '/settings/users' });
    await page.getByTestId('users-table').waitFor();

    // A new account for a caregiver, through the settings.
    await page.getByRole('button', { name: az.auth.users.new }).click();
    const dialog = page.getByRole('dialog', { name: az.auth.users.newTitle });
    await field(dialog, az.auth.signIn.username).fill(CAREGIVER.username);
    await field(dialog, az.auth.users.fields.displayName).fill(CAREGIVER.name);
    await choose(page, az.auth.users.fields.role, az.auth.role.caregiver);
    await field(dialog, az.auth.signIn.password).fill(CAREGIVER.first);
    await field(dialog, az.auth.signIn.repeatPassword).fill(CAREGIVER.first);
    await dialog.getByRole('checkbox', { name: az.auth.users.mustChange }).uncheck();
    await dialog.getByRole('button', { name: az.common.save }).click();
    const row = page.locator(`[data-testid=users-table] tr[data-username="${CAREGIVER.username}"]`);
    await row.getByText(az.auth.role.caregiver).waitFor();
    expect(await row.getByText(az.auth.users.mustChangeBadge).count()).toBe(0);

    // The reset: the row then says the password must be changed.
    await row.getByRole('button', { name: `${az.auth.users.reset}: ${CAREGIVER.username}` }).click();
    const reset = page.getByRole('dialog', { name: new RegExp(az.auth.users.reset) });
    await field(reset, az.auth.signIn.newPassword).fill(CAREGIVER.reset);
    await field(reset, az.auth.signIn.repeatPassword).fill(CAREGIVER.reset);
    await reset.getByRole('button', { name: az.auth.users.reset }).click();
    await page.getByText(az.auth.users.resetDone.replace('{{username}}', CAREGIVER.username)).waitFor();
    await row.getByText(az.auth.users.mustChangeBadge).waitFor();
    await e2e.shot(page, 'e2e-24-users-after-reset');

    // The caregiver signs in with the reset password: only the password change opens.
    await signOut(page);
    await signIn(page, CAREGIVER.username, CAREGIVER.reset);
    await page.getByRole('heading', { name: az.auth.signIn.mustChangeTitle }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await field(page, az.auth.signIn.currentPassword).fill(CAREGIVER.reset);
    await field(page, az.auth.signIn.newPassword).fill(CAREGIVER.reset);
    await field(page, az.auth.signIn.repeatPassword).fill(CAREGIVER.reset);
    await page.getByText(az.auth.passwordSame).waitFor();
    await field(page, az.auth.signIn.newPassword).fill(CAREGIVER.own);
    await field(page, az.auth.signIn.repeatPassword).fill(CAREGIVER.own);
    await e2e.shot(page, 'e2e-25-must-change-password');
    await page.getByRole('button', { name: az.auth.signIn.changePassword }).click();

    // In: a caregiver's navigation, without the settings.
    const nav = page.getByRole('navigation', { name: az.app.navigation });
    await nav.getByRole('link', { name: az.residents.nav }).waitFor();
    await page.getByTestId('user-role').getByText(az.auth.role.caregiver).waitFor();
    expect(await nav.getByRole('link', { name: az.institution.settings.nav }).count()).toBe(0);
    const users = await dispatch(e2e.ctx, 'users.list', {});
    const leyla = users.ok ? users.value.find((u) => u.username === CAREGIVER.username) : undefined;
    expect(leyla?.mustChangePassword).toBe(false);
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);
});
