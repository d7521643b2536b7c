import { openDatabase, type Connection } from '../core/db/connection';
import { systemCtx } from '../core/session';
import type { Ctx } from '../core/context';
import { UsageError } from './io';

/** Opens the --db file for one command and closes it afterwards. */
export async function withDb<T>(file: string | undefined, fn: (ctx: Ctx, conn: Connection) => Promise<T>): Promise<T> {
  if (!file) throw new UsageError('--db FILE is required');
  const conn = await openDatabase(file);
  try {
    return await fn(systemCtx(conn.db, 'cli'), conn);
  } finally {
    await conn.close();
  }
}
