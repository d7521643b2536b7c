import type { Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';

// What the care e2e tests share: the open dialog, and saving it (waits until it has closed).

export const dialog = (page: Page) => page.getByRole('dialog');
export const C = az.care;

export async function save(page: Page, label = az.common.save) {
  await dialog(page).getByRole('button', { name: label, exact: true }).click();
  await dialog(page).waitFor({ state: 'detached' });
}
