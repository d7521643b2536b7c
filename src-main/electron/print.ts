import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintHost } from '../core/print/host';
import { PRINT_READY_SELECTOR, PRINT_READY_TIMEOUT_MS, isPrintPath } from '../core/print/schema';
import { APP_ENTRY, secureWebPreferences } from './policy';
import { electronPdfOptions, printWindowUrl, waitForSelectorScript } from './print-options';

// The app's "save as PDF" (`print.savePdf`): a hidden window loads the same print route the
// screen shows, with the same preload and the window's own session (its calls are answered like
// the main window's: main.ts trusts its frame while it lives), waits for the page's ready mark,
// prints it with `webContents.printToPDF` and asks where to save it. Thin: the route, options and
// script are pure (print-options.ts, tested under Node).

export interface ElectronPrintDeps {
  /** The window the save dialog belongs to. */
  parent(): BrowserWindow | null;
  preload: string;
  /** Lets the print window's calls through while it lives; returns the undo. */
  trust(contents: WebContents): () => void;
}

export function electronPrintHost(deps: ElectronPrintDeps): PrintHost {
  return {
    async savePdf(path, fileName) {
      if (!isPrintPath(path)) throw new Error('not a print route');
      const win = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: secureWebPreferences(deps.preload) });
      const untrust = deps.trust(win.webContents);
      let pdf: Buffer;
      try {
        await win.loadURL(printWindowUrl(APP_ENTRY, path));
        const ready = await win.webContents.executeJavaScript(waitForSelectorScript(PRINT_READY_SELECTOR, PRINT_READY_TIMEOUT_MS), true);
        if (ready !== true) throw new Error('the print page did not get ready');
        pdf = await win.webContents.printToPDF(electronPdfOptions());
      } finally {
        untrust();
        win.destroy();
      }
      const parent = deps.parent();
      const options = { defaultPath: join(app.getPath('documents'), fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return null;
      await writeFile(r.filePath, pdf);
      return r.filePath;
    },
  };
}
