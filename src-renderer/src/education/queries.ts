import type { CallInput } from '@core/contract/calls';
import { callQuery } from '../data/call';

// Everything the education screens read (see data/README.md); the keys are in queryKeys.ts.

export { educationKeys } from './queryKeys';

export const educationQueries = {
  /** A child's schooling by year, assessments, supports and plans. */
  child: (residentId: string) => callQuery('education.child', { residentId }),
  list: (input: CallInput<'education.planList'>) => callQuery('education.planList', input),
  /** A plan with its child, school, goals, supports and reviews. */
  plan: (id: string) => callQuery('education.planGet', { id }),
};
