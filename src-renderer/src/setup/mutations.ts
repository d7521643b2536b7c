import { useMutation } from '@tanstack/react-query';
import type { SessionInfo } from '@core/auth/schema';
import type { SetupResult } from '@core/institution/schema';
import { callMutation } from '../data/call';

// The first run's one change: the institution and its director. Nothing is cached before it
// (the session gate clears the cache as the director is signed in), so it refreshes nothing.

/** `signedIn` runs before the save counts as finished: the button spins until the app opens. */
export function useCreateSetup(signedIn: (s: SessionInfo) => Promise<void>) {
  return useMutation({
    mutationFn: callMutation('setup.create'),
    onSuccess: (r: SetupResult) => signedIn(r.session),
  });
}
