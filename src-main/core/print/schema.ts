import { z } from 'zod';

// Printing, shared by every printed document (the education plan now; reports, registers and
// personal files later). A printed document is a renderer route under `/print/…` that shows one
// A4 sheet and marks itself ready; the hosts turn that route into a PDF the same way:
// - the command line and the tests: src-main/print/pdf.ts (the web harness + headless Chromium);
// - the app: a hidden window and `webContents.printToPDF` (src-main/electron/print.ts), asked
//   for through the `print.savePdf` call;
// - the web harness in a browser: the page's own print button (`window.print()`).
// Isomorphic: the renderer, the core and the hosts share these names and options.

/** Set on the print page's root once everything it shows has loaded (fonts included). */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
export const PRINT_READY_SELECTOR = `[${PRINT_READY_ATTRIBUTE}]`;

/** A print route: `/print/<document>/<segments…>` of letters, digits, `-` and `_` only. */
const PRINT_PATH = /^\/print\/[a-z][a-z-]*(\/[A-Za-z0-9_-]+)+$/;
export const isPrintPath = (path: string): boolean => PRINT_PATH.test(path);

/** The page size and margins: the page's own `@page` rule (A4) decides, backgrounds printed. */
export const PDF_PAGE = { format: 'A4', preferCSSPageSize: true, printBackground: true } as const;

/** How long a host waits for a print page to say it is ready before giving up. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

/**
 * A file name for the PDF from its parts (a title, the child's names, a year…): joined with `_`,
 * spaces as `-`, characters file systems refuse (`/ \ : * ? " < > |`, control characters) left
 * out, Azerbaijani and Cyrillic letters kept, at most 120 characters, always ending in `.pdf`.
 */
export function pdfFileName(parts: string[]): string {
  const clean = parts
    .map((p) =>
      p
        .normalize('NFC')
        // eslint-disable-next-line no-control-regex
        .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '')
        .trim()
        .replace(/\s+/g, '-'),
    )
    .filter(Boolean)
    .join('_')
    .replace(/^\.+/, '');
  return `${[...(clean || 'document')].slice(0, 120).join('')}.pdf`;
}

export const PrintSaveInput = z.strictObject({
  /** The print route to render, e.g. `/print/education-plan/<id>/az`. */
  path: z.string().max(300).refine(isPrintPath, { error: 'print.errors.notPrintPath' }),
  /** The name the save dialog suggests (cleaned again by the host). */
  fileName: z.string().min(1).max(200),
});
export type PrintSave = z.output<typeof PrintSaveInput>;

export interface PrintSaveDto {
  /** Where the PDF was saved; null when the user cancelled the dialog. */
  savedTo: string | null;
}
