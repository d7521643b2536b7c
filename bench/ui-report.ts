// The Chromium figures of bench/ui.ts, as the bench prints them (no test fixture here: bench/run.ts
// imports this under plain tsx).

export interface UiResult {
  children: number;
  current: number;
  firstRowsColdMs: number[];
  firstRowsWarmMs: number[];
  searchMs: number[];
  bundle: { entryBytes: number; jsBytes: number; jsFiles: number; cssBytes: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const summariseUi = (u: UiResult) =>
  [
    `\nChromium, the children page with ${u.children} children (${u.current} in care), median of ${u.searchMs.length}:`,
    `  first rows, app loaded cold: ${median(u.firstRowsColdMs).toFixed(0)} ms; from the dashboard: ${median(u.firstRowsWarmMs).toFixed(0)} ms (target < 300 ms)`,
    `  typing a surname → its rows: ${median(u.searchMs).toFixed(0)} ms (200 ms of it the search box's debounce)`,
    `  JavaScript: entry ${(u.bundle.entryBytes / 1024).toFixed(0)} KiB, all ${u.bundle.jsFiles} files ${(u.bundle.jsBytes / 1024).toFixed(0)} KiB; CSS ${(u.bundle.cssBytes / 1024).toFixed(0)} KiB`,
  ].join('\n');
