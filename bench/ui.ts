// The children screen in Chromium through the web harness (issue 13 §1), with 6,400 children
// (400 in care, 6,000 former): the time from opening the page to its first rows — the whole app
// loaded cold, and from the dashboard within the running app — and from typing a surname in the
// search box to the matching rows (the box waits 200 ms after the last key before it asks). The
// renderer must be built (`npx electron-vite build`); its JavaScript files' sizes are reported.
// It runs under vitest (the e2e fixture needs it): tests/e2e/bench-children.test.ts, which
// `npm run bench` starts and whose figures it reads from test-artifacts/bench-ui.json.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemo } from '../src-main/core/demo/generate';
import { residentRows } from '../src-main/core/demo/write';
import { searchTokens } from '../src-main/core/text/fold';
import { prefixRange } from '../src-main/core/db/search';
import { E2E_TODAY, startE2E } from '../tests/e2e/fixture';
import type { UiResult } from './ui-report';

export type { UiResult };


export function bundleSizes(): UiResult['bundle'] {
  const dir = fileURLToPath(new URL('../out/renderer/assets/', import.meta.url));
  const files = readdirSync(dir);
  const size = (f: string) => statSync(join(dir, f)).size;
  const js = files.filter((f) => f.endsWith('.js'));
  const entry = js.filter((f) => f.startsWith('index-'));
  return {
    entryBytes: entry.reduce((s, f) => s + size(f), 0),
    jsBytes: js.reduce((s, f) => s + size(f), 0),
    jsFiles: js.length,
    cssBytes: files.filter((f) => f.endsWith('.css')).reduce((s, f) => s + size(f), 0),
  };
}

export async function measureUi(opts: { rounds?: number; log?: (s: string) => void } = {}): Promise<UiResult> {
  const rounds = opts.rounds ?? 5;
  const log = opts.log ?? (() => {});
  const e2e = await startE2E();
  try {
    // 6,400 children written raw (the triggers fill the search words); the first 400 in care.
    const rows = residentRows(generateDemo({ children: 5200, seed: 13, today: E2E_TODAY })).slice(0, 6400);
    const raw = e2e.conn.sqlite;
    const cols = Object.keys(rows[0]!);
    const ins = raw.prepare(`INSERT INTO residents (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
    raw.transaction(() => rows.forEach((r, i) => ins.run({ ...r, status: i < 400 ? 'resident' : 'discharged' })))();
    raw.exec('ANALYZE');
    const current = 400;

    const firstRow = '[data-testid=residents-table] tbody tr[data-index="0"]';
    const cold: number[] = [];
    const warm: number[] = [];
    const search: number[] = [];
    const surname = (raw.prepare("SELECT last_name FROM residents WHERE status = 'resident' GROUP BY last_name ORDER BY count(*) DESC LIMIT 1").pluck().get() as string);
    const [lo, hi] = prefixRange(searchTokens(surname)[0]!);
    const expected = raw
      .prepare("SELECT count(*) FROM residents WHERE status = 'resident' AND id IN (SELECT resident_id FROM resident_search_tokens WHERE token >= ? AND token < ?)")
      .pluck()
      .get(lo, hi) as number;
    // Times taken in the page: a MutationObserver installed before the app's first script notes when
    // the first row appears, and when the count and first row show the search's answer.
    const observer = `(() => {
      const marks = (window.__marks = { row: 0, search: 0 });
      const check = () => {
        const now = performance.now();
        const row = document.querySelector('${firstRow}');
        if (!marks.row && row) marks.row = now;
        const want = window.__expect;
        if (want && !marks.search && row) {
          const count = document.querySelector('[data-testid=residents-count]');
          if (count && count.textContent.replace(/\\D/g, '') === String(want) && row.textContent.includes(window.__surname)) marks.search = now;
        }
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    })();`;
    const mark = async (page: import('playwright-core').Page, k: 'row' | 'search') => Number(await page.evaluate(`window.__marks.${k}`));
    for (let r = 0; r < rounds; r++) {
      const page = await e2e.openApp();
      await page.addInitScript(observer);
      const base = e2e.harness.url.replace(/#.*$/, '');
      // Cold: a fresh load of the app straight onto the children page (from the navigation's start).
      await page.goto('about:blank');
      await page.goto(`${base}#/children`);
      await page.locator(firstRow).waitFor();
      cold.push(await mark(page, 'row'));
      // Warm: from the dashboard, the children page opened within the running app.
      await page.evaluate('location.hash = "#/"');
      await page.getByTestId('residents-table').waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
      const t0 = Number(await page.evaluate('window.__marks.row = 0; window.__t0 = performance.now(); location.hash = "#/children"; window.__t0'));
      await page.locator(firstRow).waitFor();
      warm.push((await mark(page, 'row')) - t0);
      // Search: the surname typed; done when the count shows the matching children.
      const t1 = Number(await page.evaluate(`window.__expect = ${expected}; window.__surname = ${JSON.stringify(surname)}; performance.now()`));
      await page.getByTestId('list-search').fill(surname);
      await page.locator(firstRow, { hasText: surname }).waitFor();
      await page.locator('[data-testid=residents-count]', { hasText: new RegExp(`(^|\\D)${expected}(\\D|$)`) }).waitFor();
      search.push((await mark(page, 'search')) - t1);
      await page.context().close();
      log(`  ui round ${r + 1}: cold ${cold.at(-1)!.toFixed(0)} ms, warm ${warm.at(-1)!.toFixed(0)} ms, search “${surname}” (${expected}) ${search.at(-1)!.toFixed(0)} ms\n`);
    }
    return { children: rows.length, current, firstRowsColdMs: cold, firstRowsWarmMs: warm, searchMs: search, bundle: bundleSizes() };
  } finally {
    await e2e.close();
  }
}
