import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { az } from '../../src-main/core/i18n/index';
import { seedChild, startE2E, type E2E } from './fixture';

// The Content-Security-Policy allows no inline style but the <style> elements Mantine writes, each
// with the nonce the host made for this load of the page. Every screen renders without a single
// violation, and a <style> element without the nonce (what an injected script or markup would
// add) is refused by the browser.

let e2e: E2E;
let childId: string;

beforeAll(async () => {
  e2e = await startE2E();
  childId = (await seedChild(e2e.ctx, {
    lastName: 'Məmmədov', firstName: 'Elçin', patronymic: 'Rəşid oğlu', sex: 'M', dateOfBirth: '2015-03-14',
    admissionDate: '2022-09-01', groupName: 'Günəş',
  })).id;
}, 180_000);

afterAll(async () => {
  await e2e?.close();
});

// Scripts for the page as text: this project's Node-side type check has no DOM.
const NONCE = `document.querySelector('meta[name="qaygi-style-nonce"]').content`;

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(`window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`);
  return () => page.evaluate('window.__csp') as Promise<string[]>;
}

describe('the strict style policy', () => {
  it('renders every main screen with no violation; Mantine’s style elements carry the page’s nonce', async () => {
    const page = await e2e.openApp();
    const violations = await watchViolations(page);
    const base = e2e.harness.url.replace(/#.*$/, '');
    for (const path of ['/children', `/children/${childId}`, '/staff', '/audit', '/packages', '/settings', '/children/new']) {
      await page.goto(`${base}#${path}`);
      await page.getByRole('main').waitFor();
      await page.waitForLoadState('networkidle');
    }
    await e2e.shot(page, 'csp-01-new-child-form');
    // A modal and its scroll lock (react-remove-scroll writes a <style> element of its own).
    await page.goto(`${base}#/settings/users`);
    await page.getByRole('button', { name: az.auth.users.new }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    expect(await violations()).toEqual([]);
    expect(e2e.pageErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    const styles = (await page.evaluate(`[...document.querySelectorAll('style')].map((s) => s.nonce)`)) as string[];
    expect(styles.length).toBeGreaterThan(0);
    const nonce = (await page.evaluate(NONCE)) as string;
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(new Set(styles)).toEqual(new Set([nonce]));
  });

  it('refuses a <style> element without the nonce, and gives every load its own nonce', async () => {
    const page = await e2e.openApp();
    const violations = await watchViolations(page);
    const first = (await page.evaluate(NONCE)) as string;
    const color = await page.evaluate(`(async () => {
      const s = document.createElement('style');
      s.textContent = 'body { color: rgb(1, 2, 3) !important; }';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return getComputedStyle(document.body).color;
    })()`);
    expect(color).not.toBe('rgb(1, 2, 3)');
    expect((await violations()).some((v) => v.startsWith('style-src'))).toBe(true);
    await page.reload();
    const second = (await page.evaluate(NONCE)) as string;
    expect(second).not.toBe(first);
  });
});
