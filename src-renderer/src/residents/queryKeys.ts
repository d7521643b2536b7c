import type { CallInput } from '@core/contract/calls';
import { callKey } from '../data/callKey';

// The cache keys of the residents domain, as residentQueries builds them (callKey). Every key
// starts with 'residents', so `residentKeys.all` covers the domain; `lists()` every page of every
// filter. Pure.

export const residentKeys = {
  all: ['residents'] as const,
  lists: () => [...residentKeys.all, 'list'] as const,
  list: (input: CallInput<'residents.list'>) => callKey('residents.list', input),
  details: () => [...residentKeys.all, 'get'] as const,
  detail: (id: string) => callKey('residents.get', { id }),
  histories: () => [...residentKeys.all, 'history'] as const,
  history: (id: string) => callKey('residents.history', { id }),
  reads: (id: string) => callKey('residents.reads', { id }),
  groups: () => callKey('residents.groups', {}),
  searches: () => [...residentKeys.all, 'search'] as const,
};

