import type { RouteDef } from '../app/routes';
import { ReferralPage } from './ReferralPage';
import { ReferralsPage } from './ReferralsPage';

export const careRoutes: RouteDef[] = [
  { pattern: '/referrals', permission: 'care.read', render: () => <ReferralsPage /> },
  { pattern: '/referrals/:id', permission: 'care.read', render: (p) => <ReferralPage key={p.id} id={p.id!} /> },
];
