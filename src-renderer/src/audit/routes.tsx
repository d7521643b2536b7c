import type { RouteDef } from '../app/routes';
import { AuditPage } from './AuditPage';

export const auditRoutes: RouteDef[] = [{ pattern: '/audit', permission: 'audit.read', render: () => <AuditPage /> }];
