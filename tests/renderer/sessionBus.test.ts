import { afterEach, describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../src-main/core/contract/calls';
import type { Result } from '../../src-main/core/contract/errors';
import {
  dropHeldCalls,
  heldCallCount,
  onSessionEvent,
  releaseHeldCalls,
  UNGUARDED_CALLS,
  type SessionEvent,
} from '../../src-renderer/src/session/sessionBus';
import { scripted } from './scriptedApi';

// The renderer's guard around every call: a `locked` answer raises the lock screen and holds the
// call until the same user unlocks, then sends it again; other session answers are announced.


const locked: Result<never> = { ok: false, error: { code: 'locked', message: 'auth.sessionLocked' } };
const events: SessionEvent[] = [];
// Listens for the whole file, as the session gate does for the app's life.
onSessionEvent((e) => events.push(e));

afterEach(() => {
  dropHeldCalls();
  events.length = 0;
});

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('session guard', () => {
  it('holds a call refused for a lock and sends it again after unlocking', async () => {
    const { api, asked } = scripted([locked, { ok: true, value: { total: 0, rows: [] } }]);
    const pending = api.call('staff.list', {});
    await tick();
    expect(events).toEqual(['locked']);
    expect(heldCallCount()).toBe(1);
    releaseHeldCalls();
    expect(await pending).toEqual({ ok: true, value: { total: 0, rows: [] } });
    expect(asked).toEqual(['staff.list', 'staff.list']);
  });

  it('gives the held call its `locked` answer when the user signs out instead', async () => {
    const { api, asked } = scripted([locked]);
    const pending = api.call('staff.create', {} as never);
    await tick();
    dropHeldCalls();
    expect(await pending).toEqual(locked);
    expect(asked).toEqual(['staff.create']);
  });

  it('announces a required password change and a lost session; leaves the session calls alone', async () => {
    const { api } = scripted([
      { ok: false, error: { code: 'password_change_required', message: 'auth.passwordChangeRequired' } },
      { ok: false, error: { code: 'unauthenticated', message: 'errors.unauthenticated' } },
      { ok: false, error: { code: 'unauthenticated', message: 'auth.wrongCredentials' } },
      locked,
    ]);
    await api.call('residents.list', {});
    await api.call('residents.list', {});
    // A wrong password at sign-in, or a lock answer to the unlock call itself, are the screen's own.
    expect(await api.call('auth.signIn', { username: 'x', password: 'y' })).toMatchObject({ ok: false });
    expect(await api.call('auth.unlock', { password: 'y' })).toEqual(locked);
    expect(events).toEqual(['passwordChangeRequired', 'signedOut']);
  });

  it('leaves alone exactly the public calls and the unlock', () => {
    const expected = (Object.keys(contract) as CallName[]).filter((n) => contract[n].permission === 'public');
    expect([...UNGUARDED_CALLS].sort()).toEqual([...expected, 'auth.unlock'].sort());
  });
});
