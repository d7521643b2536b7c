import { PDF_PAGE } from '../core/print/schema';

// The pure parts of the app's print window (electron/print.ts), tested under Node.

/** The app's page at a print route (hash routing, as the main window's). */
export function printWindowUrl(entry: string, path: string): string {
  return `${entry}#${path}`;
}

/** Electron's printToPDF options matching the CLI's page.pdf (core/print/schema.ts PDF_PAGE). */
export function electronPdfOptions() {
  return { pageSize: PDF_PAGE.format, preferCSSPageSize: PDF_PAGE.preferCSSPageSize, printBackground: PDF_PAGE.printBackground } as const;
}

/** A script for executeJavaScript: resolves true once `selector` is in the page, false after `timeoutMs`. */
export function waitForSelectorScript(selector: string, timeoutMs: number): string {
  return `new Promise((resolve) => {
  const until = Date.now() + ${Number(timeoutMs)};
  const look = () => {
    if (document.querySelector(${JSON.stringify(selector)})) resolve(true);
    else if (Date.now() > until) resolve(false);
    else setTimeout(look, 50);
  };
  look();
})`;
}
