import type { CallInput } from '@core/contract/calls';
import { callQuery } from '../data/call';

// Everything the staff screens read (see data/README.md); the keys are in queryKeys.ts.

export { staffKeys } from './queryKeys';

export const staffQueries = {
  list: (input: CallInput<'staff.list'>) => callQuery('staff.list', input),
  /** The record with its trainings and its linked account. */
  detail: (id: string) => callQuery('staff.get', { id }),
  history: (id: string) => callQuery('staff.history', { id }),
  search: (query: string, limit: number) => callQuery('staff.search', { query, limit }),
};
