import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWebHarness, type WebHarness } from '../../src-main/web/server';
import { declaredTooLarge, hostAllowed, originAllowed, tokenMatches } from '../../src-main/web/guard';
import { tempDb, tempDir } from '../helpers/db';
import { addUser, TEST_PASSWORD } from '../helpers/users';

// The web harness probed as an attacker with the token would: a foreign Host or Origin (DNS
// rebinding from a browser tab), malformed escapes, oversized bodies. Raw node:http requests, so
// that every header is exactly what the test says.

interface Raw {
  status: number;
  body: string;
}

function raw(h: WebHarness, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Raw> {
  const port = Number(new URL(h.url).port);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

const opened: WebHarness[] = [];
afterEach(async () => {
  for (const h of opened.splice(0)) await h.close();
});

async function harness() {
  const { conn } = await tempDb();
  await addUser(conn.db, 'director', { username: 'direktor' });
  const dir = tempDir();
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Qayğı</title>');
  const h = await startWebHarness({ conn, rendererDir: dir, delivery: false });
  opened.push(h);
  const port = Number(new URL(h.url).port);
  const own = `127.0.0.1:${port}`;
  const api = (name: string, headers: Record<string, string> = {}, body = '{}') =>
    raw(h, { path: `/api/call/${name}`, method: 'POST', headers: { host: own, 'x-qaygi-token': h.token, 'content-type': 'application/json', ...headers }, body });
  return { h, conn, port, own, api };
}

describe('the web harness refuses what is not its own page', () => {
  it('answers its own Host (127.0.0.1 or localhost) and refuses any other, even with the token', async () => {
    const { api, port } = await harness();
    expect((await api('setup.status')).status).toBe(200);
    expect((await api('setup.status', { host: `localhost:${port}` })).status).toBe(200);
    for (const host of [`rebind.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `evil.127.0.0.1.nip.io:${port}`]) {
      expect((await api('setup.status', { host })).status, host).toBe(403);
    }
  });

  it('refuses a foreign Origin, and a page from no origin at all', async () => {
    const { api, port } = await harness();
    expect((await api('setup.status', { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`]) {
      expect((await api('setup.status', { origin })).status, origin).toBe(403);
    }
  });

  it('answers a malformed % escape with 400 or 404, never 500, and logs no stack', async () => {
    const { h, own, api } = await harness();
    const errors = vi.spyOn(console, 'error');
    expect((await raw(h, { path: '/%E0%A4%A', headers: { host: own } })).status).toBe(404);
    expect((await raw(h, { path: '/assets/%zz.js', headers: { host: own } })).status).toBe(404);
    expect((await api('setup.%E0%A4%A')).status).toBe(400);
    const escape = await raw(h, { path: '/..%2f..%2fetc%2fpasswd', headers: { host: own } });
    expect(escape).toEqual({ status: 200, body: '<!doctype html><title>Qayğı</title>' }); // the app, not the file
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('answers 413 to a body over the cap, told by Content-Length, and to one that only turns out too big', async () => {
    const { api } = await harness();
    const big = 'x'.repeat(3 * 1024 * 1024);
    const declared = await api('setup.status', { 'content-length': String(big.length) }, big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const chunked = await api('setup.status', { 'transfer-encoding': 'chunked' }, big);
    expect(chunked.status).toBe(413);
  });

  it('lets a burst of 20 wrong passwords and the right one through the throttle as the core does: 5 checked, the right one refused', async () => {
    const { api, conn } = await harness();
    const attempts = [...Array.from({ length: 20 }, (_, i) => `wrong-password-${i}`), TEST_PASSWORD];
    const answers = await Promise.all(attempts.map((password) => api('auth.signIn', {}, JSON.stringify({ username: 'direktor', password }))));
    const results = answers.map((a) => JSON.parse(a.body) as { ok: boolean; error?: { code: string } });
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    expect(results.filter((r) => r.error?.code === 'unauthenticated')).toHaveLength(4);
    const hashed = conn.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'auth.signInFailed' AND after LIKE '%attempt%'`).pluck().get();
    expect(hashed).toBe(5);
    expect((await api('auth.session')).body).toContain('"signedIn":false');
  });
});

describe('the guard functions', () => {
  it('compares tokens by digest: any length, no exception', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
    expect(tokenMatches('x'.repeat(10_000), 'abc')).toBe(false);
  });

  it('knows its own host and origin, case-insensitively, and nothing else', () => {
    expect(hostAllowed('LOCALHOST:8080', 8080)).toBe(true);
    expect(hostAllowed(undefined, 8080)).toBe(false);
    expect(originAllowed(undefined, 8080)).toBe(true);
    expect(originAllowed('http://localhost:8080', 8080)).toBe(true);
    expect(originAllowed('http://localhost:8080.evil', 8080)).toBe(false);
  });

  it('reads a declared body size', () => {
    expect(declaredTooLarge(undefined, 10)).toBe(false);
    expect(declaredTooLarge('10', 10)).toBe(false);
    expect(declaredTooLarge('11', 10)).toBe(true);
    expect(declaredTooLarge('abc', 10)).toBe(true);
  });
});
