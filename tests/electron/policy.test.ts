import { describe, expect, it } from 'vitest';
import { APP_ENTRY, isAppUrl, isTrustedSenderFrame, mayNavigate, secureWebPreferences } from '../../src-main/electron/policy';

// The window's security policy, without the Electron binary: which URLs are the app's own, which
// frame may send IPC, and the renderer's webPreferences.

describe('the app’s own pages, by parsed origin', () => {
  it('admits app://qaygi/ pages only', () => {
    expect(isAppUrl(APP_ENTRY)).toBe(true);
    expect(isAppUrl('app://qaygi/#/children/1')).toBe(true);
    expect(isAppUrl('APP://QAYGI/index.html')).toBe(true); // schemes and hosts are case-insensitive
  });
  it('refuses look-alikes that a string prefix would let through, and everything else', () => {
    for (const url of [
      'app://qaygi.evil/index.html', 'app://qaygi@evil/', 'app://user:pw@qaygi/', 'app://qaygi:8080/',
      'app://other/', 'https://qaygi/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', '',
    ]) {
      expect(mayNavigate(url), url).toBe(false);
    }
  });
});

describe('the IPC sender check', () => {
  const mainFrame = { url: 'app://qaygi/index.html' };
  it('trusts the main window’s top frame showing the app', () => {
    expect(isTrustedSenderFrame(mainFrame, mainFrame)).toBe(true);
  });
  it('refuses a subframe, another window’s frame, a frame that left the app, or none', () => {
    expect(isTrustedSenderFrame({ url: 'app://qaygi/index.html' }, mainFrame)).toBe(false);
    expect(isTrustedSenderFrame({ ...mainFrame, url: 'https://evil.example/' }, { ...mainFrame })).toBe(false);
    const navigatedAway = { url: 'https://evil.example/' };
    expect(isTrustedSenderFrame(navigatedAway, navigatedAway)).toBe(false);
    expect(isTrustedSenderFrame(null, mainFrame)).toBe(false);
    expect(isTrustedSenderFrame(undefined, undefined)).toBe(false);
  });
});

describe('the renderer’s webPreferences', () => {
  it('isolate and sandbox the renderer, with no Node anywhere and no webview', () => {
    expect(secureWebPreferences('/app/preload/index.cjs')).toEqual({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      plugins: true,
    });
  });
});
