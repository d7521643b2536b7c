import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput } from '@core/contract/calls';
import { api } from '../api';
import { unwrap } from './callError';
import { callKey } from './callKey';

// Queries and mutations over the typed contract. Every request goes through `api()`, which is the
// session guard (session/sessionBus.ts): a call answered `locked` stays pending under the lock
// screen and is sent again after unlock, so react-query simply sees a slow query.

export { callKey };

/** The answer of one call, or a thrown CallFailure. */
export async function request<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return unwrap(await api().call(name, input));
}

/** Query options for one call: `useQuery(callQuery('residents.get', { id }))`. */
export function callQuery<K extends CallName>(name: K, input: CallInput<K>) {
  return queryOptions({
    queryKey: callKey(name, input) as QueryKey,
    queryFn: () => request(name, input),
  });
}

/** The mutation function of a write call: `useMutation({ mutationFn: callMutation('staff.create'), … })`. */
export function callMutation<K extends CallName>(name: K): (input: CallInput<K>) => Promise<CallOutput<K>> {
  return (input: CallInput<K>) => request(name, input);
}
