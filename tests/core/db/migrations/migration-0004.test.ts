import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, package0003, rowsOf, seed0002, signingKey0003, soundness } from './old-rows';

async function packagesAt3() {
  const at = await tempDbAt(3);
  seed0002(at.sqlite);
  signingKey0003(at.sqlite, 'k0', 'retired');
  signingKey0003(at.sqlite, 'k1', 'active');
  package0003(at.sqlite, 1, 'k0');
  package0003(at.sqlite, 2, 'k1');
  return at;
}

describe('migration 0004: receipt key, receipts on packages, delivery queue', () => {
  it('keeps every package of a 0003 database, with no receipt yet, and the other rows as they were', async () => {
    const { sqlite, to } = await packagesAt3();
    const before = allRows(sqlite);

    expect(await to(4)).toEqual(['0004_delivery']);
    const after = allRows(sqlite);
    expect(after.packages).toEqual(
      (before.packages as Array<Record<string, unknown>>).map((p) => ({ ...p, receipt: null, received_at: null })),
    );
    expect(after).toEqual({ ...before, packages: after.packages, ministry_receipt_key: [], delivery_queue: [] });
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('queues existing packages only, one row each, with the attempts counted from zero', async () => {
    const { sqlite, to } = await packagesAt3();
    await to(4);
    const enqueue = sqlite.prepare(
      "INSERT INTO delivery_queue (package_sequence, path, state, created_at, updated_at) VALUES (?, '/out/p.qaygi', ?, 'x', 'x')",
    );
    expect(() => enqueue.run(3, 'pending')).toThrow(/FOREIGN KEY/);
    expect(() => enqueue.run(1, 'lost')).toThrow(/CHECK/);
    enqueue.run(1, 'pending');
    expect(() => enqueue.run(1, 'pending')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(rowsOf(sqlite, 'delivery_queue')).toMatchObject([
      { package_sequence: 1, attempts: 0, next_attempt_at: null, last_attempt_at: null, last_error: null },
    ]);
    expect(() => sqlite.prepare('UPDATE delivery_queue SET attempts = -1').run()).toThrow(/CHECK/);

    sqlite.prepare("UPDATE packages SET receipt = '{}', received_at = 'x' WHERE sequence = 1").run();
    const key = sqlite.prepare("INSERT INTO ministry_receipt_key (id, key_id, public_key, imported_at) VALUES (?, 'm1', 'pub', 'x')");
    expect(() => key.run(2)).toThrow(/CHECK/);
    key.run(1);
  });
});
