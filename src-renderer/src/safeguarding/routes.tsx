import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const SafeguardingPage = lazyScreen(() => import('./SafeguardingPage'), 'SafeguardingPage');

export const safeguardingRoutes: RouteDef[] = [
  { pattern: '/safeguarding', permission: 'daily.write', render: () => <SafeguardingPage view="restraints" /> },
  { pattern: '/safeguarding/restraints', permission: 'daily.write', render: () => <SafeguardingPage view="restraints" /> },
  { pattern: '/safeguarding/complaints', permission: 'daily.write', render: () => <SafeguardingPage view="complaints" /> },
];
