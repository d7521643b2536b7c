import type { ReadDb } from './db/read';
import type { Actor, Ctx, HostState } from './context';
import { verifyAuditChain } from './audit/audit';
import { anonymousActor, newSession, type Session } from './auth/session';
import { supportLog } from './log/log';

export { newSession, type Session };

/**
 * The context for one call from a window (app) or from the web harness: the host keeps one
 * `Session` per window or per harness start and passes it with every call; the dispatcher checks it
 * (signed in, not locked, permission) and acts as its user. Before sign-in only public calls pass.
 */
export function sessionCtx(
  db: ReadDb,
  session: Session,
  via: Actor['via'],
  opts: { now?: () => Date; host?: HostState } = {},
): Ctx {
  const actor: Actor = session.user
    ? { userId: session.user.id, username: session.user.username, role: session.user.role, via }
    : anonymousActor(via);
  return { db, now: opts.now ?? (() => new Date()), actor, session, host: opts.host };
}

/**
 * A trusted local actor with every permission, for the command line on the PC that holds the
 * database file (whoever can run it can read the file anyway). Audited as `local-cli`, via 'cli'.
 * Hosts with a window use `sessionCtx`.
 */
export function systemCtx(db: ReadDb, via: 'cli' | 'test' = 'cli', now: () => Date = () => new Date()): Ctx {
  return { db, now, actor: { userId: null, username: `local-${via}`, role: 'director', via } };
}

/** What a host checks once at start: the audit chain (a broken chain keeps a warning on screen). */
export async function startHost(db: ReadDb): Promise<HostState> {
  try {
    return { auditChain: await verifyAuditChain(db) };
  } catch (e) {
    supportLog.error('audit.chain_check', e);
    return { auditChain: null };
  }
}
