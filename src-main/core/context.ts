import type { ReadDb } from './db/read';
import type { Role } from './contract/permissions';
import type { Session } from './auth/schema';
import type { ChainCheck } from './audit/types';
import type { HostServices } from './host';

/** Who is acting, and through which door (the app, the web harness, the command line). */
export interface Actor {
  userId: string | null;
  username: string;
  role: Role;
  via: 'app' | 'web' | 'cli' | 'test';
}

/**
 * What the host learnt at start and keeps for every call (the audit chain check), and the services
 * it lends the domains (core/host.ts: the packages screen's key store, export worker and files).
 */
export interface HostState extends HostServices {
  auditChain: ChainCheck | null;
}

/** Everything a service needs: tests build one on a temporary SQLite file. */
export interface Ctx {
  /** Reads only: a service writes through `writeTx(ctx, (trx, audit) => …)`. */
  db: ReadDb;
  now(): Date;
  actor: Actor;
  /**
   * The signed-in session of the window (app) or of the harness (web), which the dispatcher checks
   * and updates. Absent for a trusted local actor: the CLI's system actor, tests.
   */
  session?: Session;
  host?: HostState;
}

export function todayOf(ctx: Ctx): string {
  return ctx.now().toISOString().slice(0, 10);
}
