import type { QaygiApi } from '@core/contract/api';
import type { CallError, Result } from '@core/contract/errors';
import { guardApi } from './session/sessionBus';
import { parseTokenHash } from './webToken';

// The renderer's one door to the core: the preload's `window.qaygi` inside Electron, otherwise an
// HTTP client for the web harness with the same type. The harness prints a URL ending in
// `#token=…`; the token is taken from there once, kept for this tab, and removed from the address.
// `#token=…&to=/print/…` opens a screen at once with its token, in one address (the headless
// print, src-main/print/pdf.ts, has no second navigation to make).

const TOKEN_KEY = 'qaygi.webToken';

/** Moves `#token=…` from the address into session storage; call once before routing starts. */
export function captureWebToken(): void {
  const parsed = parseTokenHash(window.location.hash);
  if (!parsed) return;
  sessionStorage.setItem(TOKEN_KEY, parsed.token);
  history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${parsed.to}`);
}

function failure(error: CallError): Result<never> {
  return { ok: false, error };
}

export function httpApi(token: string | null, base = ''): QaygiApi {
  return {
    async call(name, input) {
      let res: Response;
      try {
        res = await fetch(`${base}/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-qaygi-token': token ?? '' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return failure({ code: 'internal', message: 'app.connectionLost' });
      }
      try {
        return (await res.json()) as Awaited<ReturnType<QaygiApi['call']>>;
      } catch {
        return failure({ code: 'internal', message: 'errors.internal' });
      }
    },
    // The browser has no application menu: nothing will ever be sent.
    onMenuCommand: () => () => {},
    showLanguage: () => {},
  };
}

let instance: QaygiApi | null = null;

export function api(): QaygiApi {
  // Guarded: a locked session holds the call until unlocked (see session/sessionBus.ts).
  instance ??= guardApi(window.qaygi ?? httpApi(sessionStorage.getItem(TOKEN_KEY)));
  return instance;
}
