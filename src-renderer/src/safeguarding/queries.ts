import { callQuery } from '../data/call';

// What the safeguarding screen reads (see data/README.md); the keys are in queryKeys.ts.
export { safeguardingKeys } from './queryKeys';

export const safeguardingQueries = {
  restraints: (status: 'pending' | 'all') => callQuery('safeguarding.restraints', { status }),
  complaints: (status: 'open' | 'all') => callQuery('safeguarding.complaints', { status }),
  /** One child's records, all of them (the child's Safeguarding tab). */
  childRestraints: (residentId: string) => callQuery('safeguarding.restraints', { status: 'all', residentId }),
  childComplaints: (residentId: string) => callQuery('safeguarding.complaints', { status: 'all', residentId }),
};
