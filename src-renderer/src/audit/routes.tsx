import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const AuditPage = lazyScreen(() => import('./AuditPage'), 'AuditPage');

export const auditRoutes: RouteDef[] = [{ pattern: '/audit', permission: 'audit.read', render: () => <AuditPage /> }];
