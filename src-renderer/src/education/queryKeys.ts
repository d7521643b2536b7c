import type { CallInput } from '@core/contract/calls';
import { callKey } from '../data/callKey';

// The cache keys of the education domain, as educationQueries builds them (callKey). Every key
// starts with 'education', so `educationKeys.all` covers the domain. Pure.

export const educationKeys = {
  all: ['education'] as const,
  child: (residentId: string) => callKey('education.child', { residentId }),
  lists: () => [...educationKeys.all, 'planList'] as const,
  list: (input: CallInput<'education.planList'>) => callKey('education.planList', input),
  plan: (id: string) => callKey('education.planGet', { id }),
};
