import type { CallInput } from '@core/contract/calls';
import { callKey } from '../data/callKey';

// The cache keys of the staff domain, as staffQueries builds them (callKey). Every key starts
// with 'staff', so `staffKeys.all` covers the domain. Pure.

export const staffKeys = {
  all: ['staff'] as const,
  lists: () => [...staffKeys.all, 'list'] as const,
  list: (input: CallInput<'staff.list'>) => callKey('staff.list', input),
  detail: (id: string) => callKey('staff.get', { id }),
  history: (id: string) => callKey('staff.history', { id }),
  searches: () => [...staffKeys.all, 'search'] as const,
};
