import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { lockForScreenLock, lockIfHiddenTooLong } from '../../../src-main/core/auth/window-lock';
import { updateSettings } from '../../../src-main/core/institution/settings';
import { systemCtx } from '../../../src-main/core/session';
import { tempDb } from '../../helpers/db';
import { addUser, signedInSession, testClock } from '../../helpers/users';

// The host locks a window's session when the OS locks the screen, and when the window comes back
// after being hidden for the idle time (10 minutes unless set otherwise).

async function signedIn() {
  const { conn } = await tempDb();
  const clock = testClock();
  await addUser(conn.db, 'caregiver', { username: 'sebine', displayName: 'Quliyeva Səbinə' });
  const s = await signedInSession(conn.db, 'sebine', clock.now);
  return { clock, ...s };
}

describe('locking a window on a shared PC', () => {
  it('locks when the window was hidden for the idle time, not before; the next call is then held', async () => {
    const { clock, ctx, session } = await signedIn();
    const hiddenAt = clock.now().getTime();
    clock.advanceMinutes(9);
    expect(await lockIfHiddenTooLong(ctx(), hiddenAt)).toBe(false);
    expect(session.locked).toBe(false);
    clock.advanceMinutes(1);
    expect(await lockIfHiddenTooLong(ctx(), hiddenAt)).toBe(true);
    expect(session.locked).toBe(true);
    expect(await dispatch(ctx(), 'residents.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('follows the idle time set in Settings', async () => {
    const { clock, ctx, session } = await signedIn();
    await updateSettings(systemCtx(ctx().db, 'test', clock.now), { idleLockMinutes: 3 });
    const hiddenAt = clock.now().getTime();
    clock.advanceMinutes(3);
    expect(await lockIfHiddenTooLong(ctx(), hiddenAt)).toBe(true);
    expect(session.locked).toBe(true);
  });

  it('locks at once when the OS locks the screen; a window never hidden or signed out is left alone', async () => {
    const { ctx, session } = await signedIn();
    expect(await lockIfHiddenTooLong(ctx(), null)).toBe(false);
    expect((await lockForScreenLock(ctx())).locked).toBe(true);
    expect(session.locked).toBe(true);
    session.user = null;
    session.locked = false;
    expect(await lockIfHiddenTooLong(ctx(), 0)).toBe(false);
  });
});
