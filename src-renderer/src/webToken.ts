// The web harness's address fragment, read before routing starts (api.ts). Pure: tested under Node.

/**
 * The harness's address fragment: its token, and where to go then (`to`: an app path, `/` when
 * absent or not a plain path of the app — never another origin, `//host`, or a backslash).
 */
export function parseTokenHash(hash: string): { token: string; to: string } | null {
  const m = /^#token=([A-Za-z0-9_-]+)(?:&to=([^&#]*))?/.exec(hash);
  if (!m?.[1]) return null;
  let to = '/';
  if (m[2]) {
    try {
      const path = decodeURIComponent(m[2]);
      if (/^\/(?![/\\])[^\s\\]*$/.test(path)) to = path;
    } catch {
      // a malformed escape: the first screen
    }
  }
  return { token: m[1], to };
}
