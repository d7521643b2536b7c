import { callQuery } from '../data/call';

// What the care screens read (see data/README.md).
export { careKeys } from './queryKeys';

export const careQueries = {
  child: (residentId: string) => callQuery('care.get', { residentId }),
  referrals: (status: 'open' | 'all') => callQuery('care.referrals', { status }),
  referral: (id: string) => callQuery('care.referral', { id }),
  relatives: (residentId: string) => callQuery('care.relatives', { residentId }),
};
