import { describe, expect, it } from 'vitest';
import { oncePerSnapshot, readTx } from '../../../src-main/core/db/read';
import { writeTx } from '../../../src-main/core/db/write';
import { testCtx } from '../../helpers/db';

// oncePerSnapshot: an answer computed once per readTx snapshot and key (the dashboard's signals
// share care's current admissions), and never kept past it nor used outside one.

describe('oncePerSnapshot', () => {
  it('computes once per key within one readTx, again in the next, and every time outside one', async () => {
    const ctx = await testCtx();
    let runs = 0;
    const ask = (db: unknown, key = 'k') => oncePerSnapshot(db, key, async () => ++runs);
    await readTx(ctx, async (db) => {
      expect(await ask(db)).toBe(1);
      expect(await ask(db)).toBe(1);
      expect(await ask(db, 'other')).toBe(2);
    });
    await readTx(ctx, async (db) => expect(await ask(db)).toBe(3));
    expect(await ask(ctx.db)).toBe(4);
    expect(await ask(ctx.db)).toBe(5);
    await writeTx(ctx, async (trx) => {
      expect(await ask(trx)).toBe(6);
      expect(await ask(trx)).toBe(7);
    });
  });
});
