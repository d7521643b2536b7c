import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';
import { dispatch } from '../../src-main/core/contract/dispatch';
import type { CallInput } from '../../src-main/core/contract/calls';
import { E2E_USER, seedChild, startE2E, type E2E } from './fixture';
import { choose, field, goTo } from './helpers';

// The staff register (list with folded search and filters, the form, trainings, the account) and
// the audit trail (filters by person, action, user and dates; a change field by field, read the
// same way as on the record's own History tab), and the warning when the audit chain is broken.

let e2e: E2E;

const STAFF: CallInput<'staff.create'>[] = [
  {
    lastName: 'Quliyeva', firstName: 'Səbinə', patronymic: 'Arif qızı', sex: 'F', dateOfBirth: '1985-04-12',
    position: 'caregiver', department: 'Günəş qrupu', hiredDate: '2015-09-01', phone: '+994 50 123 45 67',
  },
  {
    lastName: 'Şükürov', firstName: 'Elçin', patronymic: 'Rəşid oğlu', sex: 'M', dateOfBirth: '1979-01-30',
    position: 'psychologist', department: '', hiredDate: '2019-02-01',
  },
  {
    lastName: 'Babayeva', firstName: 'Günay', patronymic: 'Tofiq qızı', sex: 'F', dateOfBirth: '1990-07-07',
    position: 'caregiver', department: 'Ulduz qrupu', hiredDate: '2016-03-01', leftDate: '2024-06-30',
  },
];

beforeAll(async () => {
  e2e = await startE2E();
  for (const s of STAFF) {
    const r = await dispatch(e2e.ctx, 'staff.create', s);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

const staffRows = (page: Page) => page.locator('[data-testid=staff-table] tbody tr');

describe('staff and the audit trail in the browser', () => {
  it('lists current staff, finds them by folded names, filters by position and former staff', async () => {
    const page = await e2e.openApp({ path: '/staff' });
    await page.getByTestId('staff-table').waitFor();
    // Current staff only by default, in Azerbaijani order (Q before Ş).
    await expect.poll(() => staffRows(page).count()).toBe(2);
    expect(await staffRows(page).first().textContent()).toContain('Quliyeva Səbinə Arif qızı');
    await staffRows(page).first().getByText(az.staff.position.caregiver).waitFor();

    // Typed without Azerbaijani letters: "sukurov" finds Şükürov.
    await page.getByTestId('staff-search').fill('sukurov elcin');
    await expect.poll(() => staffRows(page).count()).toBe(1);
    await staffRows(page).first().getByText('Şükürov Elçin Rəşid oğlu').waitFor();
    await e2e.shot(page, 'e2e-40-staff-search-folded');
    await page.getByTestId('staff-search').fill('');

    // Former staff, then caregivers of every status.
    await page.getByTestId('staff-status-filter').getByText(az.staff.filters.former).click();
    await expect.poll(() => staffRows(page).count()).toBe(1);
    await staffRows(page).first().getByText(az.staff.status.former).waitFor();
    await page.getByTestId('staff-status-filter').getByText(az.staff.status.all).click();
    await choose(page, az.staff.fields.position, az.staff.position.caregiver, { exactLabel: true });
    await expect.poll(() => staffRows(page).count()).toBe(2);
    await e2e.shot(page, 'e2e-41-staff-filters');
    await page.getByRole('button', { name: az.residents.filters.reset }).click();
    await expect.poll(() => staffRows(page).count()).toBe(2);
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('the header search (Ctrl+K) finds staff too, grouped apart from children, and opens their page', async () => {
    await seedChild(e2e.ctx, {
      lastName: 'Şükürova', firstName: 'Aysel', patronymic: 'Elçin qızı', sex: 'F',
      dateOfBirth: '2013-03-03', admissionDate: '2020-01-15',
    });
    const page = await e2e.openApp({ path: '/children' });
    await page.getByTestId('global-search').waitFor();
    await page.keyboard.press('Control+K');
    await expect.poll(() => page.locator(':focus').getAttribute('data-testid')).toBe('global-search');
    await page.keyboard.type('sukur');
    const children = page.getByRole('group', { name: az.residents.nav });
    const staff = page.getByRole('group', { name: az.staff.nav });
    await children.getByRole('option', { name: /Şükürova Aysel Elçin qızı/ }).waitFor();
    await staff.getByRole('option', { name: /Şükürov Elçin Rəşid oğlu/ }).waitFor();
    await staff.getByText(az.staff.position.psychologist).waitFor();
    expect(await children.getByRole('option').count()).toBe(1);
    await e2e.shot(page, 'e2e-48-global-search-staff');
    await staff.getByRole('option', { name: /Şükürov Elçin Rəşid oğlu/ }).click();
    await page.getByRole('heading', { name: /Şükürov Elçin Rəşid oğlu/ }).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);

  it('registers a staff member with errors at the field, adds and edits a training, changes the position', async () => {
    const page = await e2e.openApp({ path: '/staff' });
    await page.getByRole('button', { name: az.staff.new }).click();
    await page.getByRole('heading', { name: az.staff.form.newTitle }).waitFor();

    await page.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('form-error').getByText(az.errors.invalid).waitFor();
    expect(await page.getByText(az.validation.required).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByText(az.validation.choose).count()).toBe(2);
    // The staff rules, as you type: a phone in letters, a leaving date before the hiring date.
    await field(page, az.staff.fields.phone).fill('zəng edin');
    await page.getByText(az.staff.phoneFormat).waitFor();
    await field(page, az.staff.fields.hiredDate).fill('01.09.2020');
    await field(page, az.staff.fields.leftDate).fill('01.09.2019');
    await page.getByText(az.staff.leftBeforeHired).waitFor();
    await e2e.shot(page, 'e2e-42-staff-form-errors');

    await field(page, az.staff.fields.leftDate).fill('');
    await field(page, az.staff.fields.phone).fill('+994 51 234 56 78');
    await field(page, az.staff.fields.lastName).fill('Məmmədova');
    await field(page, az.staff.fields.firstName).fill('Aygün');
    await field(page, az.staff.fields.patronymic).fill('Vüqar qızı');
    await choose(page, az.staff.fields.sex, az.staff.sex.F, { exactLabel: true });
    await field(page, az.staff.fields.dateOfBirth).fill('14.05.1988');
    await choose(page, az.staff.fields.position, az.staff.position.caregiver, { exactLabel: true });
    await field(page, az.staff.fields.department).fill('Bənövşə qrupu');
    await choose(page, az.staff.fields.education, az.staff.education.bachelor, { exactLabel: true });
    await page.getByRole('button', { name: az.common.save }).click();
    await page.getByText(az.staff.form.createdTitle).waitFor();
    await page.getByTestId('staff-name').getByText('Məmmədova Aygün Vüqar qızı').waitFor();
    await page.getByText(az.staff.education.bachelor).waitFor();

    // A training: added, then its hours corrected.
    await page.getByRole('tab', { name: new RegExp(az.staff.tabs.trainings) }).click();
    await page.getByRole('button', { name: az.staff.training.add }).first().click();
    const dialog = page.getByRole('dialog', { name: az.staff.training.addTitle });
    await field(dialog, az.staff.training.fields.title).fill('Travma almış uşaqlarla iş');
    await field(dialog, az.staff.training.fields.provider).fill('UNICEF Azərbaycan');
    await field(dialog, az.staff.training.fields.date).fill('15.03.2025');
    await field(dialog, az.staff.training.fields.hours).fill('24');
    await dialog.getByRole('button', { name: az.common.save }).click();
    const trainings = page.getByTestId('trainings-table');
    await trainings.getByText('Travma almış uşaqlarla iş').waitFor();
    await page.getByRole('button', { name: az.staff.training.editLabel.replace('{{title}}', 'Travma almış uşaqlarla iş') }).click();
    const edit = page.getByRole('dialog', { name: az.staff.training.editTitle });
    await field(edit, az.staff.training.fields.hours).fill('36');
    await edit.getByRole('button', { name: az.common.save }).click();
    await trainings.getByRole('cell', { name: '36', exact: true }).waitFor();
    await e2e.shot(page, 'e2e-43-staff-trainings');

    // A new position; the History tab says what changed, in words.
    await page.getByRole('button', { name: az.staff.edit, exact: true }).click();
    await page.getByRole('heading', { name: /Redaktə: Məmmədova Aygün/ }).waitFor();
    await choose(page, az.staff.fields.position, az.staff.position.special_educator, { exactLabel: true });
    await page.getByRole('button', { name: az.common.save }).click();
    await page.getByText(az.residents.form.updatedTitle).waitFor();
    await page.getByRole('tab', { name: az.residents.page.tabs.history }).click();
    const history = page.getByTestId('staff-history');
    await history
      .getByRole('row', { name: new RegExp(`${az.staff.fields.position}.*${az.staff.position.caregiver}.*${az.staff.position.special_educator}`) })
      .waitFor();
    await history.getByRole('row', { name: new RegExp(`${az.staff.training.fields.hours}.*24.*36`) }).waitFor();
    // The training's change names the training.
    await history
      .locator('article', { hasText: az.audit.action.staff.trainingUpdate })
      .getByText(az.audit.training.replace('{{title}}', 'Travma almış uşaqlarla iş'))
      .waitFor();
    await history.getByText(az.audit.action.staff.trainingAdd).waitFor();
    await e2e.shot(page, 'e2e-44-staff-history');

    // Her account, made from her page.
    await page.getByRole('tab', { name: az.staff.tabs.account }).click();
    await page.getByText(az.staff.account.none).waitFor();
    await page.getByRole('button', { name: az.staff.account.create }).click();
    const account = page.getByRole('dialog', { name: az.auth.users.newTitle });
    await field(account, az.auth.signIn.username).fill('aygun.m');
    await choose(page, az.auth.users.fields.role, az.auth.role.caregiver, { exactLabel: true });
    await field(account, az.auth.signIn.password).fill('Bahar-yağışı-77');
    await field(account, az.auth.signIn.repeatPassword).fill('Bahar-yağışı-77');
    await account.getByRole('button', { name: az.common.save }).click();
    await page.getByTestId('staff-account').getByText('aygun.m').waitFor();
    await page.getByTestId('staff-account').getByText(az.auth.role.caregiver).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 120_000);

  it('filters the audit trail by person, action, user and dates, and shows a change field by field', async () => {
    const child = await seedChild(e2e.ctx, {
      lastName: 'Hüseynov', firstName: 'Orxan', patronymic: 'Vüqar oğlu', sex: 'M', dateOfBirth: '2013-04-11',
      admissionDate: '2019-10-01', groupName: 'Günəş',
    });
    const moved = await dispatch(e2e.ctx, 'residents.update', {
      id: child.id, version: 1, lastName: 'Hüseynov', firstName: 'Orxan', patronymic: 'Vüqar oğlu', sex: 'M',
      dateOfBirth: '2013-04-11', admissionDate: '2019-10-01', groupName: 'Ulduz',
    });
    expect(moved.ok).toBe(true);
    // A failed sign-in, which the trail keeps too.
    await dispatch({ ...e2e.ctx, session: { user: null, lastActivity: 0, locked: false } }, 'auth.signIn', { username: 'direktor', password: 'yanlış-şifrə-1' });

    const page = await e2e.openApp({ path: '/audit' });
    const list = page.getByTestId('audit-list');
    await list.waitFor();
    const cards = list.locator('article');

    // By person: the staff member, typed without Azerbaijani letters.
    const person = page.getByRole('combobox', { name: az.audit.filters.person });
    await person.fill('memmedova aygun');
    await page.getByRole('option', { name: /Məmmədova Aygün Vüqar qızı/ }).click();
    await expect.poll(() => cards.count()).toBe(4); // created, training added, training changed, updated
    // Then one action: the change of her record, field by field.
    await choose(page, az.audit.filters.action, az.audit.action.staff.update, { exactLabel: true });
    await expect.poll(() => cards.count()).toBe(1);
    await cards
      .first()
      .getByRole('row', { name: new RegExp(`${az.staff.fields.position}.*${az.staff.position.caregiver}.*${az.staff.position.special_educator}`) })
      .waitFor();
    await cards.first().getByRole('link', { name: 'Məmmədova Aygün Vüqar qızı' }).waitFor();
    await e2e.shot(page, 'e2e-45-audit-person-action');

    // The child's change reads the same here as on the child's History tab.
    await page.getByRole('button', { name: az.residents.filters.reset }).click();
    await person.fill('huseynov');
    await page.getByRole('option', { name: /Hüseynov Orxan Vüqar oğlu/ }).click();
    await expect.poll(() => cards.count()).toBe(2);
    const groupChange = new RegExp(`${az.residents.form.fields.groupName}.*Günəş.*Ulduz`);
    const onAudit = await cards.first().getByRole('row', { name: groupChange }).innerText();
    await goTo(page, e2e, `/children/${child.id}/history`);
    const onChild = await page.getByTestId('resident-history').getByRole('row', { name: groupChange }).innerText();
    expect(onChild).toBe(onAudit);

    // Sign-in events of every kind, and by user; then a day with nothing in it.
    await goTo(page, e2e, `/audit`);
    await page.getByRole('button', { name: az.residents.filters.reset }).click();
    await choose(page, az.audit.filters.action, az.audit.filters.allOfGroup.replace('{{group}}', az.audit.actionGroups.auth), { exactLabel: true });
    await list.getByText(az.audit.action.auth.signInFailed).first().waitFor();
    await expect.poll(async () => (await cards.allInnerTexts()).every((t) => !t.includes(az.audit.action.staff.update))).toBe(true);
    await choose(page, az.audit.filters.user, E2E_USER, { exactLabel: true });
    // The director's sign-in at set-up, and the wrong password above (its first attempt).
    await expect.poll(() => cards.count()).toBe(2);
    await cards.first().getByText(az.audit.action.auth.signInFailed).waitFor();
    await cards.first().getByRole('row', { name: new RegExp(`${az.audit.fields.attempt}\\s*1`) }).waitFor();
    await cards.nth(1).getByText(az.audit.action.auth.signIn).waitFor();
    await e2e.shot(page, 'e2e-46-audit-sign-in-events');
    await page.getByRole('button', { name: az.residents.filters.reset }).click();
    await field(page, az.audit.filters.from).fill('27.11.2026');
    await page.getByTestId('audit-empty').waitFor();
    await field(page, az.audit.filters.from).fill('26.11.2026');
    await field(page, az.audit.filters.to).fill('26.11.2026');
    await list.waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);

  it('warns the director on every screen when the audit chain was edited behind the app’s back', async () => {
    const raw = e2e.conn.sqlite;
    const { seq } = raw.prepare("SELECT min(seq) AS seq FROM audit_log WHERE action = 'staff.create'").get() as { seq: number };
    raw.prepare('DROP TRIGGER audit_no_update').run();
    raw.prepare("UPDATE audit_log SET after = replace(after, 'Quliyeva', 'Quliyev') WHERE seq = ?").run(seq);
    await e2e.restart(E2E_USER);
    const page = await e2e.openApp({ path: '/staff' });
    const warning = page.getByTestId('chain-warning');
    await warning.getByText(az.audit.chainBroken.replace('{{seq}}', String(seq))).waitFor();
    await e2e.shot(page, 'e2e-47-chain-warning');
    await page.getByRole('navigation', { name: az.app.navigation }).getByRole('link', { name: az.residents.nav }).click();
    await warning.waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, 60_000);
});
