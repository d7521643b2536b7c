import { createHash, timingSafeEqual } from 'node:crypto';

// The web harness's checks on each request, apart from the server so they are tested alone. The
// harness listens on 127.0.0.1 only, but a page in any browser tab can still reach it through a
// DNS name that resolves there (DNS rebinding): so the Host must be the harness's own, and a
// request that says where it comes from must come from the harness's own page.

function ownAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && ownAuthorities(port).includes(host.toLowerCase());
}

/** No Origin (a navigation, a same-origin GET) passes; any other origin than the harness's own does not. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return ownAuthorities(port).some((a) => origin.toLowerCase() === `http://${a}`);
}

/** Compares fixed-length digests, so neither the token's length nor its prefix leaks through timing. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token));
}

/** A body larger than the cap, told by its Content-Length before anything is read. */
export function declaredTooLarge(contentLength: string | undefined, max: number): boolean {
  if (contentLength === undefined) return false;
  const n = Number(contentLength);
  return !Number.isFinite(n) || n > max;
}
