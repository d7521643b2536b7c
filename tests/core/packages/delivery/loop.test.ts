import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src-main/core/contract/dispatch';
import { deliveryActor, startDeliveryLoop, type DeliveryLoop } from '../../../../src-main/core/packages/delivery/loop';
import type { Transport } from '../../../../src-main/core/packages/delivery/transport';
import { startIntake, type Intake } from '../../../../src-main/ministry/intake';
import { bothSides, exported, selfSignedCert, type Sides } from '../delivery-fixture';

// The hosts' background upload (src-main/core/packages/delivery/loop.ts) against the reference
// intake on 127.0.0.1 over HTTPS: it sends what is due on its interval and when kicked, does
// nothing without an address, and never throws on a network or any other error.

const cert = selfSignedCert();
const intakes: Intake[] = [];
const loops: DeliveryLoop[] = [];
afterEach(async () => {
  for (const l of loops.splice(0)) l.stop();
  for (const i of intakes.splice(0)) await i.close();
});

async function intake(s: Sides) {
  const i = await startIntake({ identity: s.identity, trust: s.trust, statePath: join(s.outDir, 'state.json'), signer: s.receiptSigner, tls: cert, now: () => s.ctx.now() });
  intakes.push(i);
  return i;
}

async function configure(s: Sides, url: string) {
  const r = await dispatch(s.ctx, 'packages.setDelivery', { url, caPem: cert.cert });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

function loop(s: Sides, opts: { intervalMs?: number; transportFor?: () => Transport; onError?: (e: unknown) => void } = {}) {
  const l = startDeliveryLoop({ ctx: () => ({ db: s.ctx.db, now: s.ctx.now, actor: deliveryActor('web') }), intervalMs: 60_000, ...opts });
  loops.push(l);
  return l;
}

const status = async (s: Sides) => {
  const r = await dispatch(s.ctx, 'packages.list', {});
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.map((p) => [p.sequence, p.status]);
};

describe('the background delivery loop', () => {
  it('a kick sends the queued package; the receipt marks it acknowledged, audited as the system', async () => {
    const s = await bothSides();
    await configure(s, (await intake(s)).url);
    await exported(s.ctx, '2026-Q3', s.outDir);
    const report = await loop(s).kick();
    expect(report).toEqual({ attempted: 1, outcomes: [{ sequence: 1, result: 'acknowledged', alreadyReceived: false }] });
    expect(await status(s)).toEqual([[1, 'acknowledged']]);
    const who = s.ctx.conn.sqlite.prepare(`SELECT actor FROM audit_log WHERE action = 'package.receipt' ORDER BY seq DESC LIMIT 1`).pluck().get();
    expect(who).toBe('system-delivery-web');
  });

  it('runs on its own interval, without a kick', async () => {
    const s = await bothSides();
    await configure(s, (await intake(s)).url);
    await exported(s.ctx, '2026-Q3', s.outDir);
    loop(s, { intervalMs: 25 });
    const deadline = Date.now() + 10_000;
    while ((await status(s))[0]![1] !== 'acknowledged' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(await status(s)).toEqual([[1, 'acknowledged']]);
  });

  it('without an address it sends nothing and answers null', async () => {
    const s = await bothSides();
    await exported(s.ctx, '2026-Q3', s.outDir);
    let sent = 0;
    const l = loop(s, { transportFor: () => ({ send: async () => ((sent += 1), { status: 500, body: Buffer.alloc(0) }) }) });
    expect(await l.kick()).toBeNull();
    expect(sent).toBe(0);
    expect(await status(s)).toEqual([[1, 'created']]);
  });

  it('a server that is down: the run reports a retry and throws nothing', async () => {
    const s = await bothSides();
    const i = await intake(s);
    await configure(s, i.url);
    await i.close();
    intakes.splice(0);
    await exported(s.ctx, '2026-Q3', s.outDir);
    const report = await loop(s).kick();
    expect(report?.outcomes).toMatchObject([{ sequence: 1, result: 'retry', error: { kind: 'network' } }]);
    expect(await status(s)).toEqual([[1, 'created']]);
  });

  it('any other failure (no database) goes to onError; the kick resolves null', async () => {
    const s = await bothSides();
    await configure(s, 'https://127.0.0.1:9/');
    await exported(s.ctx, '2026-Q3', s.outDir);
    const errors: unknown[] = [];
    const l = loop(s, {
      onError: (e) => errors.push(e),
      transportFor: () => ({ send: () => Promise.reject(new Error('boom')) }),
    });
    l.stop();
    expect(await l.kick()).toBeNull(); // a stopped loop does nothing
    const l2 = startDeliveryLoop({ ctx: () => { throw new Error('no database'); }, onError: (e) => errors.push(e) });
    loops.push(l2);
    expect(await l2.kick()).toBeNull();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('no database');
  });

  it('kicks during a run wait for it and share one more run', async () => {
    const s = await bothSides();
    await configure(s, 'https://127.0.0.1:9/');
    await exported(s.ctx, '2026-Q3', s.outDir);
    let calls = 0;
    const l = loop(s, { transportFor: () => ({ send: async () => ((calls += 1), { status: 503, body: Buffer.alloc(0) }) }) });
    const [a, b, c] = [l.kick(), l.kick(), l.kick()];
    expect(b).toBe(c);
    await Promise.all([a, b, c]);
    // The first run tried once; the second found nothing due (the retry waits a minute).
    expect(calls).toBe(1);
    expect((await a)?.attempted).toBe(1);
    expect((await b)?.attempted).toBe(0);
  });
});
