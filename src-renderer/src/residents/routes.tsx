import type { RouteDef } from '../app/routes';
import { CHILD_TABS } from '../app/childTabs';
import { lazyScreen } from '../app/lazyScreen';

const ResidentsListPage = lazyScreen(() => import('./ResidentsListPage'), 'ResidentsListPage');
const ResidentFormPage = lazyScreen(() => import('./ResidentFormPage'), 'ResidentFormPage');
const ResidentPage = lazyScreen(() => import('./ResidentPage'), 'ResidentPage');

export const residentRoutes: RouteDef[] = [
  { pattern: '/children', permission: 'residents.read', render: () => <ResidentsListPage /> },
  { pattern: '/children/new', permission: 'residents.write', render: () => <ResidentFormPage /> },
  { pattern: '/children/:id', permission: 'residents.read', render: (p) => <ResidentPage key={p.id} id={p.id!} tab="profile" /> },
  {
    pattern: '/children/:id/edit',
    permission: 'residents.write',
    render: (p) => <ResidentFormPage key={p.id} id={p.id} />,
  },
  // Every other tab of the child's page (app/childTabs.tsx), each behind its own permission.
  ...CHILD_TABS.map(
    (tab): RouteDef => ({
      pattern: `/children/:id/${tab.id}`,
      permission: tab.permission,
      render: (p) => <ResidentPage key={p.id} id={p.id!} tab={tab.id} />,
    }),
  ),
];
