import { callKey } from '../data/callKey';

// The safeguarding domain's cache keys (callKey): `safeguardingKeys.all` is every safeguarding.* call.
export const safeguardingKeys = {
  all: ['safeguarding'] as const,
  restraints: (status: 'pending' | 'all') => callKey('safeguarding.restraints', { status }),
  complaints: (status: 'open' | 'all') => callKey('safeguarding.complaints', { status }),
};
