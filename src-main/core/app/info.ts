import type { Ctx } from '../context';
import { todayOf } from '../context';
import { APP_VERSION } from './version';
import { SCHEMA_VERSION } from '../db/migrate';
import { currentSession } from '../auth/session';
import type { AppInfo } from './types';

export async function appInfo(ctx: Ctx): Promise<AppInfo> {
  const s = await currentSession(ctx);
  const actor = ctx.session
    ? s.user && { username: s.user.username, role: s.user.role, displayName: s.user.displayName }
    : { username: ctx.actor.username, role: ctx.actor.role, displayName: ctx.actor.username };
  return {
    version: APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    actor,
    permissions: s.permissions,
    today: todayOf(ctx),
    auditChain: s.permissions.includes('audit.read') ? (ctx.host?.auditChain ?? null) : null,
  };
}
