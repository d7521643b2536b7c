import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/contract/dispatch';
import { BACKOFF_MAX_MS, backoffMs, deliverPending, MAX_ATTEMPTS } from '../../../../src-main/core/packages/delivery/queue';
import { httpsTransport } from '../../../../src-main/core/packages/delivery/transport';
import { parseTrustFile } from '../../../../src-main/core/packages/format/trust';
import { readStateFile } from '../../../../src-main/core/packages/verify/state';
import { startIntake, type Intake } from '../../../../src-main/ministry/intake';
import { tempDir } from '../../../helpers/db';
import { bothSides, exported, selfSignedCert, type Sides } from '../delivery-fixture';

// Upload over HTTPS to the ministry's intake (src-main/ministry/intake.ts) on 127.0.0.1, with a
// self-signed certificate made by openssl and pinned in the institution's settings: the real
// transport, the real verifier, the real receipt, the real database.

const cert = selfSignedCert();
const intakes: Intake[] = [];
afterEach(async () => {
  for (const i of intakes.splice(0)) await i.close();
});

async function intake(s: Sides, over: { port?: number; trust?: Sides['trust'] } = {}) {
  const statePath = join(s.outDir, 'ministry-state.json');
  const i = await startIntake({ identity: s.identity, trust: over.trust ?? s.trust, statePath, signer: s.receiptSigner, tls: cert, port: over.port, now: () => s.ctx.now() });
  intakes.push(i);
  return { ...i, statePath };
}

/** The institution's clock, moved by hand. */
function clock(s: Sides) {
  let at = s.ctx.now();
  s.ctx.now = () => at;
  return { advance: (ms: number) => (at = new Date(at.getTime() + ms)) };
}

async function configure(s: Sides, url: string, caPem = cert.cert) {
  const r = await dispatch(s.ctx, 'packages.setDelivery', { url, caPem });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const queue = async (s: Sides) => {
  const r = await dispatch(s.ctx, 'packages.queue', {});
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('upload to the ministry over HTTPS', () => {
  it('upload → verified → receipt → acknowledged; the queue shows it sent and the ministry’s state advanced', async () => {
    const s = await bothSides();
    const m = await intake(s);
    const settings = await configure(s, m.url);
    expect(settings.caFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const pkg = await exported(s.ctx, '2026-Q3', s.outDir);
    expect(await queue(s)).toMatchObject([{ sequence: 1, state: 'pending', attempts: 0, packageStatus: 'created', lastError: null }]);

    const r = await dispatch(s.ctx, 'packages.deliver', {});
    expect(r).toEqual({ ok: true, value: { attempted: 1, outcomes: [{ sequence: 1, result: 'acknowledged', alreadyReceived: false }] } });
    expect(await queue(s)).toMatchObject([{ sequence: 1, state: 'sent', attempts: 1, nextAttemptAt: null, packageStatus: 'acknowledged' }]);
    expect(readStateFile(m.statePath).institutions['BAK-UE-03']).toMatchObject({ sequence: 1, statementSha256: pkg.statementSha256 });
    const list = await dispatch(s.ctx, 'packages.list', {});
    expect(list.ok && list.value[0]).toMatchObject({ sequence: 1, status: 'acknowledged' });
  });

  it('identical resend → the ministry answers "already received"; the package stays acknowledged, the state unchanged', async () => {
    const s = await bothSides();
    const m = await intake(s);
    await configure(s, m.url);
    await exported(s.ctx, '2026-Q3', s.outDir);
    await dispatch(s.ctx, 'packages.deliver', {});
    const state = readFileSync(m.statePath, 'utf8');
    const again = await dispatch(s.ctx, 'packages.deliver', { sequence: 1 });
    expect(again).toEqual({ ok: true, value: { attempted: 1, outcomes: [{ sequence: 1, result: 'acknowledged', alreadyReceived: true }] } });
    expect(readFileSync(m.statePath, 'utf8')).toBe(state);
    expect(await queue(s)).toMatchObject([{ state: 'sent', attempts: 2, packageStatus: 'acknowledged' }]);
  });

  it('a package the ministry rejects (its key is not in the trust file) → rejected with the reason', async () => {
    const s = await bothSides();
    const m = await intake(s, { trust: parseTrustFile('{"format":"qaygi-trust/1","entries":[]}').trust });
    await configure(s, m.url);
    await exported(s.ctx, '2026-Q3', s.outDir);
    const r = await dispatch(s.ctx, 'packages.deliver', {});
    expect(r).toMatchObject({ ok: true, value: { outcomes: [{ sequence: 1, result: 'rejected' }] } });
    const [item] = await queue(s);
    expect(item).toMatchObject({ state: 'sent', packageStatus: 'rejected' });
    expect(item!.statusReason).toMatch(/^key_unknown: /);
    expect(existsSync(m.statePath)).toBe(false);
  });

  it('server down → retried with exponential backoff, then delivered once it is up', async () => {
    const s = await bothSides();
    const t = clock(s);
    const probe = await intake(s);
    const port = Number(new URL(probe.url).port);
    await probe.close();
    intakes.length = 0;
    await configure(s, probe.url);
    await exported(s.ctx, '2026-Q3', s.outDir);
    const transport = httpsTransport({ url: probe.url, caPem: cert.cert });

    const first = await deliverPending(s.ctx, transport);
    expect(first.outcomes).toEqual([{ sequence: 1, result: 'retry', error: { kind: 'network', detail: 'ECONNREFUSED' } }]);
    const [q1] = await queue(s);
    expect(q1).toMatchObject({ state: 'pending', attempts: 1, lastError: { kind: 'network', detail: 'ECONNREFUSED' }, packageStatus: 'created' });
    expect(Date.parse(q1!.nextAttemptAt!) - s.ctx.now().getTime()).toBe(backoffMs(1));
    // Not due yet: nothing is attempted.
    expect(await deliverPending(s.ctx, transport)).toEqual({ attempted: 0, outcomes: [] });

    t.advance(backoffMs(1));
    expect((await deliverPending(s.ctx, transport)).outcomes[0]!.result).toBe('retry');
    const [q2] = await queue(s);
    expect(q2!.attempts).toBe(2);
    expect(Date.parse(q2!.nextAttemptAt!) - s.ctx.now().getTime()).toBe(backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    await intake(s, { port });
    t.advance(backoffMs(2));
    expect((await deliverPending(s.ctx, transport)).outcomes).toEqual([{ sequence: 1, result: 'acknowledged', alreadyReceived: false }]);
    expect(await queue(s)).toMatchObject([{ state: 'sent', attempts: 3, lastError: null, packageStatus: 'acknowledged' }]);
  });

  it('gives up after MAX_ATTEMPTS (waits capped at 6 h); "send now" puts the package back and sends it', async () => {
    const s = await bothSides();
    const t = clock(s);
    const probe = await intake(s);
    const port = Number(new URL(probe.url).port);
    await probe.close();
    intakes.length = 0;
    await configure(s, probe.url);
    await exported(s.ctx, '2026-Q3', s.outDir);
    const transport = httpsTransport({ url: probe.url, caPem: cert.cert });
    const results: string[] = [];
    for (let n = 1; n <= MAX_ATTEMPTS; n++) {
      results.push(...(await deliverPending(s.ctx, transport)).outcomes.map((o) => o.result));
      t.advance(backoffMs(n));
    }
    expect(results).toEqual([...Array(MAX_ATTEMPTS - 1).fill('retry'), 'failed']);
    expect(backoffMs(MAX_ATTEMPTS)).toBe(BACKOFF_MAX_MS);
    expect(await queue(s)).toMatchObject([{ state: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null }]);
    expect(await deliverPending(s.ctx, transport)).toEqual({ attempted: 0, outcomes: [] });
    await intake(s, { port });
    expect(await dispatch(s.ctx, 'packages.deliver', { sequence: 1 })).toMatchObject({ ok: true, value: { outcomes: [{ result: 'acknowledged' }] } });
    expect(await dispatch(s.ctx, 'packages.deliver', { sequence: 2 })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'packages.delivery.errors.notQueued' } });
  });

  it('trusts only the pinned certificate: another one fails the attempt, and nothing reaches the ministry', async () => {
    const s = await bothSides();
    const m = await intake(s);
    await configure(s, m.url, selfSignedCert().cert);
    await exported(s.ctx, '2026-Q3', s.outDir);
    const r = await dispatch(s.ctx, 'packages.deliver', {});
    expect(r).toMatchObject({ ok: true, value: { outcomes: [{ result: 'retry', error: { kind: 'network' } }] } });
    expect(existsSync(m.statePath)).toBe(false);
  });

  it('an answer that will not change by retrying (413, the package is over the intake’s cap) fails at once', async () => {
    const s = await bothSides();
    const statePath = join(s.outDir, 'ministry-state.json');
    const m = await startIntake({ identity: s.identity, trust: s.trust, statePath, signer: s.receiptSigner, tls: cert, now: () => s.ctx.now(), maxPackageBytes: 100 });
    intakes.push(m);
    await configure(s, m.url);
    await exported(s.ctx, '2026-Q3', s.outDir);
    const r = await dispatch(s.ctx, 'packages.deliver', {});
    expect(r).toMatchObject({ ok: true, value: { outcomes: [{ result: 'failed', error: { kind: 'http', detail: 'HTTP 413' } }] } });
    expect(await queue(s)).toMatchObject([{ state: 'failed', attempts: 1, nextAttemptAt: null }]);
    const audit = s.ctx.conn.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'package.delivery_failed'").pluck().get();
    expect(audit).toBe(1);
  });

  it('a package file changed since the export is never sent', async () => {
    const s = await bothSides();
    const m = await intake(s);
    await configure(s, m.url);
    const pkg = await exported(s.ctx, '2026-Q3', s.outDir);
    const bytes = readFileSync(pkg.path);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(pkg.path, bytes);
    const r = await dispatch(s.ctx, 'packages.deliver', {});
    expect(r).toMatchObject({ ok: true, value: { outcomes: [{ result: 'failed', error: { kind: 'file_changed' } }] } });
    expect(await queue(s)).toMatchObject([{ state: 'failed', nextAttemptAt: null, packageStatus: 'created' }]);
    expect(existsSync(m.statePath)).toBe(false);
  });

  it('settings: only an https address with a PEM certificate; without them nothing is queued and "send now" says why', async () => {
    const s = await bothSides();
    expect(await dispatch(s.ctx, 'packages.setDelivery', { url: 'http://127.0.0.1:1/', caPem: cert.cert })).toMatchObject({ ok: false, error: { message: 'packages.delivery.errors.badAddress', fields: [{ path: 'url' }] } });
    expect(await dispatch(s.ctx, 'packages.setDelivery', { url: 'https://127.0.0.1:1/', caPem: 'nope' })).toMatchObject({ ok: false, error: { message: 'packages.delivery.errors.badCertificate', fields: [{ path: 'caPem' }] } });
    await exported(s.ctx, '2026-Q3', tempDir());
    expect(await queue(s)).toEqual([]);
    expect(await dispatch(s.ctx, 'packages.deliver', {})).toMatchObject({ ok: false, error: { message: 'packages.delivery.errors.notConfigured' } });
    // Reading the queue is the director's; a teacher may not.
    expect(await dispatch({ ...s.ctx, actor: { ...s.ctx.actor, role: 'teacher' } }, 'packages.queue', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
