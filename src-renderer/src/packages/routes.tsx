import type { RouteDef } from '../app/routes';
import { PackagesPage } from './PackagesPage';

export const packagesRoutes: RouteDef[] = [{ pattern: '/packages', permission: 'packages.export', render: () => <PackagesPage /> }];
