import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const ReferralPage = lazyScreen(() => import('./ReferralPage'), 'ReferralPage');
const ReferralsPage = lazyScreen(() => import('./ReferralsPage'), 'ReferralsPage');

export const careRoutes: RouteDef[] = [
  { pattern: '/referrals', permission: 'care.read', render: () => <ReferralsPage /> },
  { pattern: '/referrals/:id', permission: 'care.read', render: (p) => <ReferralPage key={p.id} id={p.id!} /> },
];
