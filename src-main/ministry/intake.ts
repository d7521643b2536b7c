import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { DEFAULT_CAPS, INTAKE_PATH } from '../core/packages/format/names';
import type { Signer } from '../core/packages/crypto/keys';
import { answerPackage } from './receipts';
import type { Trust } from '../core/packages/format/trust';
import { readStateFile, writeStateFile } from '../core/packages/verify/state';

// The ministry's intake: a small HTTP(S) server that takes one package per POST to /packages,
// verifies it with the verifier library against the trust file and the verifier state file, and
// answers with a signed receipt (accepted, already received, or rejected with the reason). The
// tests run it on 127.0.0.1; it is also a reference for the ministry's own service (behind its
// own TLS front, authentication and storage). One package is handled at a time, so the state file
// advances in order.

export interface IntakeOptions {
  identity: string;
  trust: Trust;
  /** The verifier state file (created when missing), advanced on every accepted package. */
  statePath: string;
  /** The ministry's receipt-signing key. */
  signer: Signer;
  /** Serve HTTPS with this key and certificate (PEM); plain HTTP without. */
  tls?: { key: string; cert: string };
  host?: string;
  port?: number;
  now?: () => Date;
  maxPackageBytes?: number;
}

export interface Intake {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage, cap: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > cap) {
      resolve(null);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > cap) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export async function startIntake(opts: IntakeOptions): Promise<Intake> {
  const cap = opts.maxPackageBytes ?? DEFAULT_CAPS.maxPackageBytes;
  const now = opts.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.url !== `/${INTAKE_PATH}`) return reply(res, 404, 'not found\n');
    if (req.method !== 'POST') return reply(res, 405, 'POST only\n');
    const body = await readBody(req, cap);
    if (body === null) return reply(res, 413, 'package too large\n');
    const fileName = String(req.headers['x-qaygi-file-name'] ?? '');
    // One at a time: read the state, verify, write the state, answer.
    const turn = queue.then(async () => {
      const state = readStateFile(opts.statePath);
      const a = await answerPackage(body, fileName, { identity: opts.identity, trust: opts.trust, state, signer: opts.signer, now: now() });
      if (a && a.state !== state) writeStateFile(opts.statePath, a.state);
      return a;
    });
    queue = turn.catch(() => undefined);
    const answer = await turn;
    if (!answer) return reply(res, 400, 'not a package: no institution to answer\n');
    reply(res, 200, answer.text, 'application/json');
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) reply(res, 500, 'internal error\n');
      else res.destroy();
    });
  };
  const server = opts.tls ? createHttpsServer({ key: opts.tls.key, cert: opts.tls.cert }, listener) : createHttpServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `${opts.tls ? 'https' : 'http'}://${address}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
