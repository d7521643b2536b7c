import type { ReactNode } from 'react';
import type { Permission } from '@core/contract/permissions';
import { dashboardRoutes } from '../dashboard/routes';
import { residentRoutes } from '../residents/routes';
import { careRoutes } from '../care/routes';
import { dailyRoutes } from '../daily/routes';
import { safeguardingRoutes } from '../safeguarding/routes';
import { reportsRoutes } from '../reports/routes';
import { staffRoutes } from '../staff/routes';
import { educationRoutes } from '../education/routes';
import { auditRoutes } from '../audit/routes';
import { packagesRoutes } from '../packages/routes';
import { settingsRoutes } from '../settings/routes';
import { documentsRoutes } from '../documents/routes';
import { exportsRoutes } from '../exports/routes';

// Every screen's address. Each domain lists its own routes in `<domain>/routes.tsx`; this file
// only joins them (one line per domain). The first pattern that matches wins; a route the role may
// not open shows the "not allowed" page instead.

export interface RouteDef {
  pattern: string;
  permission: Permission;
  render(params: Record<string, string>): ReactNode;
}

export const ROUTES: RouteDef[] = [
  ...dashboardRoutes,
  ...residentRoutes,
  ...careRoutes,
  ...dailyRoutes,
  ...safeguardingRoutes,
  ...reportsRoutes,
  ...staffRoutes,
  ...educationRoutes,
  ...auditRoutes,
  ...packagesRoutes,
  ...settingsRoutes,
  ...documentsRoutes,
  ...exportsRoutes,
];
