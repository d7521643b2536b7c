import { sql, type Kysely } from 'kysely';
import type { DB } from './types';
import type { Ctx } from '../context';
import { fullHandle } from './read';
import { appendAudit, type AuditInput } from '../audit/audit';

export type Audit = (entry: AuditInput) => Promise<void>;

/**
 * Runs one write as one transaction, with its audit entries in the same transaction: the only place
 * a service gets a database handle that writes (`ctx.db` is a `ReadDb`).
 * `BEGIN IMMEDIATE` takes the write lock up front, so a second process (the CLI beside the app)
 * waits on busy_timeout instead of failing half-way through a read-then-write.
 */
export async function writeTx<T>(ctx: Ctx, fn: (trx: Kysely<DB>, audit: Audit) => Promise<T>): Promise<T> {
  return fullHandle(ctx.db).connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn, (entry) => appendAudit(conn, ctx, entry));
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn);
      throw e;
    }
  });
}
