import { createContext, useContext } from 'react';
import type { SessionInfo, SessionUser } from '@core/auth/schema';

// The signed-in session as the screens inside the app see it: who, and the user menu's actions.

export interface SessionValue {
  session: SessionInfo;
  user: SessionUser;
  /** Locks the screen now ("Lock" in the user menu); the page stays as it is under the lock. */
  lock(): Promise<void>;
  signOut(): Promise<void>;
  /** Asks the core for the session again (after a settings change of the idle time). */
  refresh(): Promise<void>;
}

export const SessionCtx = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const v = useContext(SessionCtx);
  if (!v) throw new Error('useSession outside the signed-in app');
  return v;
}
