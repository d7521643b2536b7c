import type { Locator, Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';
import type { E2E } from './fixture';

// What the end-to-end tests do on a page again and again: find a field by its label, pick an
// option, move to an address, use the navigation, sign in and out.

type Scope = Page | Locator;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A label exactly this (a required field's label ends in " *"), or with `prefix` any label starting with it. */
const labelled = (label: string, prefix = false) => new RegExp(`^${escapeRegExp(label)}${prefix ? '' : '( \\*)?$'}`);

/** The field labelled exactly this. */
export const field = (scope: Scope, label: string) => scope.getByLabel(labelled(label));

/** The field whose label starts with this. */
export const fieldStartingWith = (scope: Scope, label: string) => scope.getByLabel(labelled(label, true));

/** Opens the select whose label starts with `label` (or, with `exactLabel`, is exactly it) and picks `option`. */
export async function choose(page: Page, label: string, option: string, opts: { exactLabel?: boolean } = {}) {
  await page.getByRole('combobox', { name: labelled(label, !opts.exactLabel) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The left navigation of the shell. */
export const nav = (page: Page) => page.getByRole('navigation', { name: az.app.navigation });

/** The app's screen at this path (`/children`, `/audit` …), on the harness now serving. */
export const goTo = (page: Page, e2e: Pick<E2E, 'harness'>, path: string) => page.goto(`${e2e.harness.url.replace(/#.*$/, '')}#${path}`);

export async function signIn(page: Page, username: string, password: string) {
  await field(page, az.auth.signIn.username).fill(username);
  await field(page, az.auth.signIn.password).fill(password);
  await page.getByRole('button', { name: az.auth.signIn.submit }).click();
}

export async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: az.app.userMenu.signOut }).click();
  await page.getByRole('heading', { name: az.auth.signIn.title }).waitFor();
}
