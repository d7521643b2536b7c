import type { Kysely } from 'kysely';
import type { DB } from './db/types';
import type { Role } from './contract/permissions';

/** Who is acting, and through which door (the app, the web harness, the command line). */
export interface Actor {
  userId: string | null;
  username: string;
  role: Role;
  via: 'app' | 'web' | 'cli' | 'test';
}

/** Everything a service needs: tests build one on a temporary SQLite file. */
export interface Ctx {
  db: Kysely<DB>;
  now(): Date;
  actor: Actor;
}

export function todayOf(ctx: Ctx): string {
  return ctx.now().toISOString().slice(0, 10);
}
