import type { QaygiApi } from '@core/contract/api';
import type { CallName } from '@core/contract/calls';
import type { Result } from '@core/contract/errors';

// Every call goes through here. When the core answers that the session is locked, needs a new
// password, or is gone, the session screens are told (they sit above the page, which stays
// mounted), and a call refused for a lock waits until the same user unlocks, then is sent again:
// the page that made it never sees the lock. Pure: no React.

export type SessionEvent = 'locked' | 'passwordChangeRequired' | 'signedOut';

/** Calls made before sign-in or to leave the lock: their answers are the session screens' own business. */
export const UNGUARDED_CALLS: ReadonlySet<CallName> = new Set<CallName>([
  'app.info',
  'setup.status',
  'setup.create',
  'auth.session',
  'auth.signIn',
  'auth.signOut',
  'auth.unlock',
]);

const listeners = new Set<(e: SessionEvent) => void>();
let held: Array<(retry: boolean) => void> = [];

export function onSessionEvent(listener: (e: SessionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(e: SessionEvent) {
  for (const l of [...listeners]) l(e);
}

/** The same user unlocked: calls held by the lock are sent again. */
export function releaseHeldCalls(): void {
  const waiting = held;
  held = [];
  for (const go of waiting) go(true);
}

/** Signed out instead of unlocking: held calls give up with the `locked` answer they had. */
export function dropHeldCalls(): void {
  const waiting = held;
  held = [];
  for (const go of waiting) go(false);
}

export function heldCallCount(): number {
  return held.length;
}

export function guardApi(inner: QaygiApi): QaygiApi {
  return {
    onMenuCommand: (l) => inner.onMenuCommand(l),
    showLanguage: (l) => inner.showLanguage(l),
    async call(name, input) {
      for (;;) {
        const r: Result<unknown> = await inner.call(name, input);
        if (r.ok || UNGUARDED_CALLS.has(name)) return r as never;
        const code = r.error.code;
        if (code === 'locked') {
          const retry = await new Promise<boolean>((go) => {
            held.push(go);
            emit('locked');
          });
          if (retry) continue;
        } else if (code === 'password_change_required') emit('passwordChangeRequired');
        else if (code === 'unauthenticated') emit('signedOut');
        return r as never;
      }
    },
  };
}
