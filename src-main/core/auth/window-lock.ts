import type { Ctx } from '../context';
import { idleLockMinutes } from '../institution/settings';
import { lockSession } from './session';
import type { SessionInfo } from './schema';

// On a shared PC the window can stay on screen with a child's record while nobody calls the core,
// so the idle clock alone would lock only at the next call. The host therefore locks the window's
// session itself: when the OS locks the screen, and when the window comes back after being hidden
// (minimised) for at least the idle time.

/** The OS locked the screen: lock now, whatever the idle time. */
export function lockForScreenLock(ctx: Ctx): Promise<SessionInfo> {
  return lockSession(ctx);
}

/** The window is shown again: locked if it was hidden for the idle time or longer. */
export async function lockIfHiddenTooLong(ctx: Ctx, hiddenAt: number | null): Promise<boolean> {
  if (hiddenAt === null || !ctx.session?.user || ctx.session.locked) return false;
  const minutes = await idleLockMinutes(ctx.db);
  if (ctx.now().getTime() - hiddenAt < minutes * 60_000) return false;
  await lockSession(ctx);
  return true;
}
