import type { Ctx } from '../context';
import { writeTx } from '../db/write';
import type { ReadDb } from '../db/read';
import type { RecordReadView } from './schema';

// The read log (migration 0006): who opened which child's record, when and through which door.
// Separate from the audit chain, which records changes. A user who keeps a record open and reloads
// it is written once a minute at most. Only the record's id is kept, never what was shown.

export const READ_GAP_MS = 60_000;

export type { RecordReadView };

/** Notes that the acting user opened this child's record (a local system actor is not logged). */
export async function recordRead(ctx: Ctx, entity: 'resident', entityId: string): Promise<void> {
  if (ctx.actor.via === 'cli' || ctx.actor.via === 'test') return;
  const now = ctx.now();
  const since = new Date(now.getTime() - READ_GAP_MS).toISOString();
  await writeTx(ctx, async (trx) => {
    const recent = await trx
      .selectFrom('record_reads')
      .select('id')
      .where('entity', '=', entity)
      .where('entity_id', '=', entityId)
      .where('username', '=', ctx.actor.username)
      .where('at', '>', since)
      .executeTakeFirst();
    if (recent) return;
    await trx
      .insertInto('record_reads')
      .values({
        at: now.toISOString(),
        user_id: ctx.actor.userId,
        username: ctx.actor.username,
        role: ctx.actor.role,
        via: ctx.actor.via,
        entity,
        entity_id: entityId,
      })
      .execute();
  });
}

/** The latest reads of a record, newest first. */
export function recordReads(db: ReadDb, entity: 'resident', entityId: string, limit = 200): Promise<RecordReadView[]> {
  return db
    .selectFrom('record_reads')
    .select(['at', 'username', 'role', 'via'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
