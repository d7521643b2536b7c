import type { RouteDef } from '../app/routes';
import { DashboardPage } from './DashboardPage';
import { SignalChildrenPage } from './SignalChildrenPage';

export const dashboardRoutes: RouteDef[] = [
  { pattern: '/dashboard', permission: 'app.read', render: () => <DashboardPage /> },
  { pattern: '/dashboard/:kind', permission: 'residents.read', render: (p) => <SignalChildrenPage key={p.kind} kind={p.kind!} /> },
];
