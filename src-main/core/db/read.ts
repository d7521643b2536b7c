import { Kysely } from 'kysely';
import type { DB } from './types';
import type { Ctx } from '../context';

/**
 * The database as a service holds it (`ctx.db`): it can read, and nothing else; writes go through
 * `writeTx` (db/write.ts), which hands out the full `Kysely<DB>` inside one transaction with its
 * audit entries. A list of what stays, not of what is removed, so that whatever a newer Kysely adds
 * (writing or not) stays out until someone lets it in. `getExecutor` stays so that a raw
 * sql`SELECT …`.execute(ctx.db) works; the type cannot read SQL text, so raw writes are kept out by
 * tests/core/db/read-only.test.ts instead.
 */
export type ReadDb = Pick<Kysely<DB>, 'selectFrom' | 'selectNoFrom' | 'fn' | 'getExecutor'>;

/**
 * The way back from `ReadDb` to the connection's full handle, for writeTx and readTx only (a test
 * keeps it so). Hosts build contexts from their `Connection.db`, so the object is that handle.
 */
export function fullHandle(db: ReadDb): Kysely<DB> {
  if (!(db instanceof Kysely)) throw new TypeError('ctx.db is not a Kysely connection');
  return db as Kysely<DB>;
}

/**
 * Several reads from one snapshot (a deferred transaction: WAL lets writers go on meanwhile), still
 * read-only: the export reads every table as of one instant.
 */
export function readTx<T>(ctx: Ctx, fn: (db: ReadDb) => Promise<T>): Promise<T> {
  return fullHandle(ctx.db).transaction().execute((trx) => {
    snapshots.set(trx, new Map());
    return fn(trx);
  });
}

/** The memos of each open readTx snapshot (nothing is written in one, so an answer holds for its life). */
const snapshots = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * `fn`'s answer computed once per readTx snapshot and key (the dashboard's signals ask the same
 * question several times in one snapshot); outside a readTx — a write transaction, the plain
 * handle — `fn` runs every time.
 */
export function oncePerSnapshot<T>(db: unknown, key: string, fn: () => Promise<T>): Promise<T> {
  const memo = snapshots.get(db as object);
  if (!memo) return fn();
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) memo.set(key, (p = fn()));
  return p;
}
