import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerMonitor, protocol, screen, session, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, PRIVATE_DIR_MODE, type Connection } from '../core/db/connection';
import { chmodSync } from 'node:fs';
import { dispatch } from '../core/contract/dispatch';
import { newSession, sessionCtx, systemCtx, type Session } from '../core/session';
import type { HostState } from '../core/context';
import { CONTENT_SECURITY_POLICY, pageWithStyleNonce } from '../core/app/csp';
import { resolveStaticPath } from '../core/app/static-path';
import { IPC_CALL_CHANNEL, IPC_LANGUAGE_CHANNEL, IPC_MENU_CHANNEL, type MenuCommand } from '../core/contract/api';
import { translate, LOCALES, type Locale } from '../core/i18n/index';
import { copyFile } from 'node:fs/promises';
import { composeHost, type ComposedHost } from '../host/compose';
import { safeStorageKeyStore } from './safe-storage-keystore';
import { APP_ENTRY, APP_HOST, APP_SCHEME, isTrustedSenderFrame, mayNavigate, secureWebPreferences } from './policy';
import { fileLog, setSupportLog, supportLog } from '../core/log/log';
import { openFailureOf, openFailureText } from '../core/db/open-failure';
import { localeFromSystem } from '../core/i18n/locales';
import { menuTemplate } from './menu';
import { MIN_SIZE, readWindowState, restoreState, writeWindowState } from './window-state';
import { aboutText } from '../core/app/about';
import { lockForScreenLock, lockIfHiddenTooLong } from '../core/auth/window-lock';
import { keysStatus } from '../core/packages/keys-service';
import { electronPrintHost } from './print';

// The Electron host: thin. Everything that matters runs in the core, which is tested under Node.

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// A data folder chosen from outside (the Electron smoke test, a portable install); before anything
// reads userData, the single-instance lock included.
if (process.env.QAYGI_USER_DATA) app.setPath('userData', process.env.QAYGI_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

let mainWindow: BrowserWindow | null = null;
let conn: Connection | null = null;
let host: HostState = { auditChain: null };
// One session per window: closing the window signs out. A reload keeps it (the core holds it).
let windowSession: Session = newSession();
// The host's services (src-main/host/compose.ts), among them the upload of due packages to the
// ministry's address while the app is open (none without an address).
let composed: ComposedHost | null = null;

const rendererDir = join(import.meta.dirname, '../renderer');

/** Serves out/renderer under app://qaygi/, refusing any path that escapes it. */
function registerAppProtocol() {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const target = resolveStaticPath(rendererDir, url.pathname);
    if ('status' in target) return new Response(null, { status: target.status });
    const file = target.file;
    // The CSP travels on the response itself: webRequest hooks do not see custom protocols.
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('X-Content-Type-Options', 'nosniff');
    if (extname(file) === '.html' && res.ok) {
      // A fresh style nonce for each load of the page (core/app/csp.ts).
      const page = pageWithStyleNonce(await res.text());
      headers.set('Content-Security-Policy', page.csp);
      return new Response(page.html, { status: res.status, headers });
    }
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(res.body, { status: res.status, headers });
  });
}

function hardenSessions() {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!mayNavigate(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

// The hidden windows printing a route to PDF (electron/print.ts), trusted while they live.
const printContents = new Set<WebContents>();

function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  if (isTrustedSenderFrame(event.senderFrame, mainWindow?.webContents.mainFrame)) return true;
  return printContents.has(event.sender) && isTrustedSenderFrame(event.senderFrame, event.sender.mainFrame);
}

function windowCtx(c: Connection) {
  return sessionCtx(c.db, windowSession, 'app', { host });
}

// The OS locked the screen: the window's session locks with it.
function watchScreenLock() {
  powerMonitor.on('lock-screen', () => {
    if (!conn) return;
    void lockForScreenLock(windowCtx(conn)).then(() => sendMenu({ kind: 'session' }));
  });
}

function sendMenu(cmd: MenuCommand) {
  mainWindow?.webContents.send(IPC_MENU_CHANNEL, cmd);
}

let menuLocale: Locale = 'az';

function buildMenu() {
  const template = menuTemplate(menuLocale, (key) => translate(menuLocale, key), {
    go: (to) => sendMenu({ kind: 'navigate', to }),
    language: (l) => {
      menuLocale = l;
      buildMenu();
      sendMenu({ kind: 'language', locale: l });
    },
    about: () => void showAbout(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function showAbout() {
  const ctx = conn ? systemCtx(conn.db) : null;
  const key = ctx ? (await keysStatus(ctx).catch(() => null))?.activeKey?.fingerprint ?? null : null;
  const text = aboutText((k, p) => translate(menuLocale, k, p), {
    version: app.getVersion(),
    dataFolder: app.getPath('userData'),
    logFolder: app.getPath('logs'),
    keyFingerprint: key,
  });
  const options = { type: 'info' as const, title: text.title, message: text.message, detail: text.detail };
  await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function createWindow() {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const place = restoreState(readWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  mainWindow = new BrowserWindow({
    ...place.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Qayğı',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  // A shared PC: hidden (minimised) for the idle time or longer, the window comes back locked.
  let hiddenAt: number | null = null;
  const hidden = () => {
    hiddenAt ??= Date.now();
  };
  const shown = async () => {
    const since = hiddenAt;
    hiddenAt = null;
    if (conn && (await lockIfHiddenTooLong(windowCtx(conn), since))) sendMenu({ kind: 'session' });
  };
  mainWindow.on('hide', hidden);
  mainWindow.on('minimize', hidden);
  mainWindow.on('show', () => void shown());
  mainWindow.on('restore', () => void shown());
  mainWindow.once('ready-to-show', () => {
    if (place.maximized) mainWindow?.maximize();
    mainWindow?.show();
  });
  // Its place is kept when it closes (the normal bounds, also when it is maximised).
  mainWindow.on('close', () => {
    if (mainWindow) writeWindowState(stateFile, { bounds: mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  });
  windowSession = newSession();
  mainWindow.on('closed', () => {
    mainWindow = null;
    windowSession = newSession();
  });
  await mainWindow.loadURL(APP_ENTRY);
}

/** The native "save as" for a package file: copies it where the director chooses (a USB stick…). */
async function savePackageAs(sourcePath: string, suggestedName: string): Promise<string | null> {
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'Qayğı', extensions: ['qaygi'] }],
  };
  const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  await copyFile(sourcePath, r.filePath);
  return r.filePath;
}

/** "Save a copy…" of a backup: where to (a USB stick); the core writes the copy safely. */
async function chooseBackupFile(suggestedName: string): Promise<string | null> {
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'Qayğı (age)', extensions: ['age'] }],
  };
  const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}

app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

app.whenReady().then(async () => {
  registerAppProtocol();
  hardenSessions();
  // The app's own folder holds the children's records: only this PC account may open it.
  if (process.platform !== 'win32') chmodSync(app.getPath('userData'), PRIVATE_DIR_MODE);
  // The support log (core/log/log.ts): failures by name and frames, never a child's data.
  setSupportLog(fileLog(app.getPath('logs')));
  try {
    conn = await openDatabase(join(app.getPath('userData'), 'qaygi.db'));
  } catch (e) {
    // Never a blank window: what happened, what to do, where the data is; then quit.
    supportLog.error('db.open', e);
    const locale = localeFromSystem(app.getLocale());
    const text = openFailureText((k, p) => translate(locale, k, p), openFailureOf(e), {
      folder: app.getPath('userData'),
      log: join(app.getPath('logs'), 'qaygi.log'),
    });
    await dialog.showMessageBox({ type: 'error', title: text.title, message: text.title, detail: text.body, buttons: [text.close] });
    app.quit();
    return;
  }
  composed = await composeHost({
    conn,
    via: 'app',
    packagesDir: join(app.getPath('userData'), 'packages'),
    // safeStorage, or null where Linux has no keyring: the director then types a passphrase.
    keyStore: { safeStore: await safeStorageKeyStore() },
    saveAs: savePackageAs,
    backup: { chooseFile: chooseBackupFile },
    // Built by electron-vite next to main.js (see electron.vite.config.ts).
    exportWorker: { url: new URL('./export-worker.js', import.meta.url) },
    print: electronPrintHost({
      parent: () => mainWindow,
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      trust(contents) {
        printContents.add(contents);
        return () => printContents.delete(contents);
      },
    }),
  });
  host = composed.state;
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event) || typeof name !== 'string' || !conn) {
      return { ok: false, error: { code: 'forbidden', message: 'errors.forbidden' } };
    }
    return dispatch(sessionCtx(conn.db, windowSession, 'app', { host }), name, input);
  });
  // The renderer restores its saved language at start: the menu's language radio follows it.
  ipcMain.on(IPC_LANGUAGE_CHANNEL, (event, locale: unknown) => {
    if (!isTrustedSender(event) || !LOCALES.includes(locale as Locale) || locale === menuLocale) return;
    menuLocale = locale as Locale;
    buildMenu();
  });
  buildMenu();
  watchScreenLock();
  await createWindow();
});

app.on('window-all-closed', async () => {
  composed?.stop();
  composed = null;
  await conn?.close();
  conn = null;
  app.quit();
});
