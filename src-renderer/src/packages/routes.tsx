import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const PackagesPage = lazyScreen(() => import('./PackagesPage'), 'PackagesPage');

export const packagesRoutes: RouteDef[] = [{ pattern: '/packages', permission: 'packages.export', render: () => <PackagesPage /> }];
