import { randomBytes } from 'node:crypto';

// The renderer's Content-Security-Policy: only its own scripts and styles, no eval, no remote
// anything, and no inline style either — except the <style> elements Mantine writes at run time
// (its CSS variables and responsive style props), which carry a nonce made afresh for every load
// of the page (MantineProvider's getStyleNonce). Styles React sets on elements go through the
// CSSOM, which the policy does not restrict.

/** What index.html says in place of the nonce; each host replaces it as it serves the page. */
export const STYLE_NONCE_PLACEHOLDER = '__QAYGI_STYLE_NONCE__';

export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    // A document's PDF, opened from the bytes the core gave (a blob: URL the page made), in
    // Chromium's viewer inside an <iframe>: frames of blob: and nothing else (no objects, no remote).
    "frame-src blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of every response but the page itself: no inline style at all. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The page with a fresh nonce in it, and the policy that allows exactly that nonce. */
export function pageWithStyleNonce(html: string): { html: string; csp: string } {
  const nonce = randomBytes(16).toString('base64');
  return { html: html.split(STYLE_NONCE_PLACEHOLDER).join(nonce), csp: contentSecurityPolicy(nonce) };
}
