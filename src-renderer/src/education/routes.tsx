import type { RouteDef } from '../app/routes';
import { PlanPage } from './PlanPage';
import { PlansListPage } from './PlansListPage';
import { PrintPlanPage } from './PrintPlanPage';
import { EDUCATION_PLAN_PRINT_ROUTE } from '@core/education/print';

export const educationRoutes: RouteDef[] = [
  { pattern: '/education', permission: 'education.read', render: () => <PlansListPage /> },
  { pattern: '/education/plans/:id', permission: 'education.read', render: (p) => <PlanPage key={p.id} id={p.id!} /> },
  { pattern: EDUCATION_PLAN_PRINT_ROUTE, permission: 'education.read', render: (p) => <PrintPlanPage key={p.id} id={p.id!} lang={p.lang!} /> },
];
