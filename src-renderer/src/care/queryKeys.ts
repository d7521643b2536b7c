import { callKey } from '../data/callKey';

// Care's cache keys: everything under ['care'].
export const careKeys = {
  all: ['care'] as const,
  child: (residentId: string) => callKey('care.get', { residentId }),
  referrals: () => ['care', 'referrals'] as const,
  referral: (id: string) => callKey('care.referral', { id }),
  relatives: (residentId: string) => callKey('care.relatives', { residentId }),
};
