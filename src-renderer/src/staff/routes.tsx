import type { RouteDef } from '../app/routes';
import type { StaffTab } from './StaffPage';
import { lazyScreen } from '../app/lazyScreen';

const StaffListPage = lazyScreen(() => import('./StaffListPage'), 'StaffListPage');
const StaffFormPage = lazyScreen(() => import('./StaffFormPage'), 'StaffFormPage');
const StaffPage = lazyScreen(() => import('./StaffPage'), 'StaffPage');

export const staffRoutes: RouteDef[] = [
  { pattern: '/staff', permission: 'staff.read', render: () => <StaffListPage /> },
  { pattern: '/staff/new', permission: 'staff.write', render: () => <StaffFormPage /> },
  { pattern: '/staff/:id', permission: 'staff.read', render: (p) => <StaffPage key={p.id} id={p.id!} tab="profile" /> },
  { pattern: '/staff/:id/edit', permission: 'staff.write', render: (p) => <StaffFormPage key={p.id} id={p.id} /> },
  ...(['trainings', 'account', 'history', 'documents'] as const).map(
    (tab): RouteDef => ({
      pattern: `/staff/:id/${tab}`,
      permission: 'staff.read',
      render: (p) => <StaffPage key={p.id} id={p.id!} tab={tab as StaffTab} />,
    }),
  ),
];
