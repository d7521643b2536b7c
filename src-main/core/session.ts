import type { Kysely } from 'kysely';
import type { DB } from './db/types';
import type { Actor, Ctx } from './context';

/**
 * Builds the context for one call. Until accounts and sign-in land, every door acts as the local
 * director of this institution; the door (app, web, cli) is recorded in the audit log.
 */
export function localCtx(db: Kysely<DB>, via: Actor['via'], now: () => Date = () => new Date()): Ctx {
  return { db, now, actor: { userId: null, username: `local-${via}`, role: 'director', via } };
}
