import { useEffect, useRef } from 'react';
import type { SessionInfo } from '@core/auth/schema';
import { api } from '../api';

// The core's idle clock counts calls only, so typing into a long form without saving would look
// idle: user input sends `auth.activity`, at most once a minute. A periodic look at the session
// (and one when the window comes back into view) raises the lock screen once the core has locked.

export const ACTIVITY_PING_MS = 60_000;
export const SESSION_CHECK_MS = 30_000;

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export function useIdleWatch(active: boolean, onSession: (s: SessionInfo) => void): void {
  const onSessionRef = useRef(onSession);
  onSessionRef.current = onSession;

  useEffect(() => {
    if (!active) return;
    let lastPing = 0;
    const input = () => {
      const now = Date.now();
      if (now - lastPing < ACTIVITY_PING_MS) return;
      lastPing = now;
      // Guarded: a session already locked answers `locked`, which raises the lock screen.
      void api().call('auth.activity', {});
    };
    const check = () => {
      void api()
        .call('auth.session', {})
        .then((r) => r.ok && onSessionRef.current(r.value));
    };
    const visible = () => document.visibilityState === 'visible' && check();
    const timer = window.setInterval(check, SESSION_CHECK_MS);
    for (const e of INPUT_EVENTS) window.addEventListener(e, input, { capture: true, passive: true });
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.clearInterval(timer);
      for (const e of INPUT_EVENTS) window.removeEventListener(e, input, { capture: true });
      document.removeEventListener('visibilitychange', visible);
    };
  }, [active]);
}
