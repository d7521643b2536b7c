import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const DashboardPage = lazyScreen(() => import('./DashboardPage'), 'DashboardPage');
const SignalChildrenPage = lazyScreen(() => import('./SignalChildrenPage'), 'SignalChildrenPage');

export const dashboardRoutes: RouteDef[] = [
  { pattern: '/dashboard', permission: 'app.read', render: () => <DashboardPage /> },
  { pattern: '/dashboard/:kind', permission: 'residents.read', render: (p) => <SignalChildrenPage key={p.kind} kind={p.kind!} /> },
];
