// The Electron window's security policy as pure functions, so that they are tested under Node
// without the Electron binary (tests/electron/policy.test.ts); main.ts only wires them.

/** Where the app's pages come from: the app:// protocol's one host. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'qaygi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * A URL of the app's own pages, by its parsed scheme and host (never by string prefix:
 * `app://qaygi.evil/`, `app://qaygi@evil/` and malformed URLs are not the app).
 */
export function isAppUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && u.username === '' && u.password === '' && u.port === '';
}

/** Navigation stays on the app's pages; anything else (a link, a drop, a redirect) is refused. */
export const mayNavigate = (url: string): boolean => isAppUrl(url);

/**
 * An IPC message is trusted only from the main window's top frame showing the app (not from a
 * subframe, not after a navigation away, not from another window).
 */
export function isTrustedSenderFrame(frame: { url: string } | null | undefined, mainFrame: unknown): boolean {
  return !!frame && frame === mainFrame && isAppUrl(frame.url);
}

/** The renderer's webPreferences: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // Chromium's built-in PDF viewer for a document opened in a blob: frame (the CSP allows no other frame).
    plugins: true,
  } as const;
}
