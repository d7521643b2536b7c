import type { RouteDef } from '../app/routes';
import type { SettingsTab } from './SettingsPage';
import { lazyScreen } from '../app/lazyScreen';

const SettingsPage = lazyScreen(() => import('./SettingsPage'), 'SettingsPage');

export const settingsRoutes: RouteDef[] = [
  { pattern: '/settings', permission: 'institution.manage', render: () => <SettingsPage tab="institution" /> },
  ...(['institution', 'users', 'security', 'keys', 'backups', 'import'] as const).map(
    (tab): RouteDef => ({
      pattern: `/settings/${tab}`,
      permission: tab === 'users' ? 'users.manage' : tab === 'keys' ? 'packages.export' : tab === 'backups' ? 'backup.manage' : tab === 'import' ? 'imports.run' : 'institution.manage',
      render: () => <SettingsPage tab={tab as SettingsTab} />,
    }),
  ),
];
