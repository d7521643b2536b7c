import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { declaredTooLarge, hostAllowed, originAllowed, tokenMatches } from './guard';
import { resolveStaticPath } from '../core/app/static-path';
import type { Connection } from '../core/db/connection';
import { dispatch } from '../core/contract/dispatch';
import { newSession, sessionCtx, systemCtx, type Session } from '../core/session';
import { findUserByUsername, toSessionUser } from '../core/auth/users';
import { CONTENT_SECURITY_POLICY, pageWithStyleNonce } from '../core/app/csp';
import type { ExportRunner } from '../core/packages/host';
import { EXPORT_WORKER_SOURCE } from '../core/packages/export/worker-source';
import type { DeliveryLoop, DeliveryLoopOptions } from '../core/packages/delivery/loop';
import { composeHost, type HostAdapters } from '../host/compose';
import { supportLog } from '../core/log/log';

/**
 * The signing key's passphrase when the harness is started without one: the harness serves tests
 * and development only, never an institution's real data, so a known default is acceptable here.
 */
export const WEB_HARNESS_KEY_PASSPHRASE = 'qaygi-web-harness-only';

// The web harness: the built renderer and the same contract over HTTP on 127.0.0.1, for the
// end-to-end tests and for development without an Electron binary. A random token per start
// guards the API: a page has it only when opened from the URL this process printed.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface WebHarness {
  server: Server;
  url: string;
  token: string;
  /** The one signed-in session of this harness start (every page with the token shares it). */
  session: Session;
  /** The address that opens this app path at once, token included (`#token=…&to=/path`). */
  urlFor(path: string): string;
  /** The background upload (null when switched off). */
  delivery: DeliveryLoop | null;
  close(): Promise<void>;
}

const MAX_BODY = 2 * 1024 * 1024;

class BodyTooLarge extends Error {}

/** Reads the body up to the cap; past it the request is answered 413 (not reset). */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        chunks.length = 0;
        req.pause();
        fail(new BodyTooLarge());
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function tooLarge(res: ServerResponse) {
  // Close after answering: the rest of an oversized body is not read.
  res.setHeader('Connection', 'close');
  send(res, 413, JSON.stringify({ ok: false, error: { code: 'invalid', message: 'errors.invalid' } }));
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', csp = CONTENT_SECURITY_POLICY) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

export async function startWebHarness(opts: {
  conn: Connection;
  rendererDir: string;
  port?: number;
  now?: () => Date;
  /**
   * Tests and development (`npm run web -- --as USER`) only: start already signed in as this
   * existing account, no password asked, so the screens can be driven without the sign-in page.
   * Throws if there is no such active account.
   */
  signedInAs?: string;
  /** The passphrase sealing the signing key (the harness's key store); default WEB_HARNESS_KEY_PASSPHRASE. */
  keyPassphrase?: string;
  /** Where package files are written; default a `packages` folder next to the database file. */
  packagesDir?: string;
  /** How exports run; default a worker thread on the TypeScript source (through tsx). */
  exportRunner?: ExportRunner;
  /**
   * The background upload to the ministry's address (every minute, and right after an export);
   * `false` switches it off (tests that must not see it), or set its interval and transport.
   */
  delivery?: false | Pick<DeliveryLoopOptions, 'intervalMs' | 'transportFor'>;
  /**
   * Answer every call as the CLI's trusted local actor (`local-cli`, no session), as `qaygi` does
   * without `--as`: the headless print from the command line (src-main/print/pdf.ts).
   */
  actAsSystem?: boolean;
  /** The daily backup's options (`{ schedule: false }`: no timer, as a short-lived print wants). */
  backup?: HostAdapters['backup'];
  /** Which calls this start answers (others: forbidden, nothing done); every call by default. */
  allowCall?: (name: string) => boolean;
}): Promise<WebHarness> {
  const token = randomBytes(24).toString('base64url');
  const root = resolve(opts.rendererDir);
  const now = opts.now ?? (() => new Date());
  const dbFile = opts.conn.sqlite.name;
  const { state: host, delivery, stop } = await composeHost({
    conn: opts.conn,
    via: 'web',
    now,
    packagesDir: opts.packagesDir ?? join(dirname(dbFile), 'packages'),
    keyStore: { passphrase: opts.keyPassphrase ?? WEB_HARNESS_KEY_PASSPHRASE },
    exportWorker: EXPORT_WORKER_SOURCE,
    runExport: opts.exportRunner,
    delivery: opts.delivery,
    backup: opts.backup,
  });
  const session = newSession();
  if (opts.signedInAs !== undefined) {
    const user = await findUserByUsername(opts.conn.db, opts.signedInAs);
    if (!user || user.active !== 1) throw new Error(`signedInAs: no active account "${opts.signedInAs}"`);
    session.user = toSessionUser(user);
    session.lastActivity = now().getTime();
  }

  let port = 0;
  const server = createServer(async (req, res) => {
    try {
      // Before anything else: a foreign Host or Origin is a page of another site (DNS rebinding).
      if (!hostAllowed(req.headers.host, port) || !originAllowed(req.headers.origin, port)) {
        return send(res, 403, '', 'text/plain');
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/api/call/')) {
        if (req.method !== 'POST') return send(res, 405, '{}');
        if (!tokenMatches(req.headers['x-qaygi-token'] as string | undefined, token)) {
          return send(res, 401, JSON.stringify({ ok: false, error: { code: 'unauthenticated', message: 'errors.unauthenticated' } }));
        }
        const invalidRequest = () => send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid', message: 'errors.invalid' } }));
        if (declaredTooLarge(req.headers['content-length'], MAX_BODY)) return tooLarge(res);
        let name: string;
        try {
          name = decodeURIComponent(url.pathname.slice('/api/call/'.length));
        } catch {
          return invalidRequest();
        }
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (e) {
          return e instanceof BodyTooLarge ? tooLarge(res) : invalidRequest();
        }
        if (opts.allowCall && !opts.allowCall(name)) {
          return send(res, 200, JSON.stringify({ ok: false, error: { code: 'forbidden', message: 'errors.forbidden' } }));
        }
        const ctx = opts.actAsSystem ? { ...systemCtx(opts.conn.db, 'cli', now), host } : sessionCtx(opts.conn.db, session, 'web', { now, host });
        const result = await dispatch(ctx, name, input);
        return send(res, 200, JSON.stringify(result));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '');
      // Static files, with a path-traversal check; unknown paths get the app (client routing).
      const target = resolveStaticPath(root, url.pathname);
      if ('status' in target) return send(res, target.status, '', 'text/plain');
      let file = target.file;
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) file = join(root, 'index.html');
      const body = await readFile(file);
      if (extname(file) === '.html') {
        const page = pageWithStyleNonce(body.toString('utf8'));
        return send(res, 200, page.html, TYPES['.html'], page.csp);
      }
      return send(res, 200, body, TYPES[extname(file)] ?? 'application/octet-stream');
    } catch (e) {
      // The request's name only: a stack or an input could carry a child's data into a log.
      supportLog.error('web.request', e);
      return send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: 'errors.internal' } }));
    }
  });

  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    server,
    token,
    session,
    delivery,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    urlFor: (path) => `http://127.0.0.1:${port}/#token=${token}&to=${encodeURIComponent(path)}`,
    close: () => {
      stop();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
