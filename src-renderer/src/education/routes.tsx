import type { RouteDef } from '../app/routes';
import { EDUCATION_PLAN_PRINT_ROUTE } from '@core/education/print';
import { lazyScreen } from '../app/lazyScreen';

const PlanPage = lazyScreen(() => import('./PlanPage'), 'PlanPage');
const PlansListPage = lazyScreen(() => import('./PlansListPage'), 'PlansListPage');
const PrintPlanPage = lazyScreen(() => import('./PrintPlanPage'), 'PrintPlanPage');

export const educationRoutes: RouteDef[] = [
  { pattern: '/education', permission: 'education.read', render: () => <PlansListPage /> },
  { pattern: '/education/plans/:id', permission: 'education.read', render: (p) => <PlanPage key={p.id} id={p.id!} /> },
  { pattern: EDUCATION_PLAN_PRINT_ROUTE, permission: 'education.read', render: (p) => <PrintPlanPage key={p.id} id={p.id!} lang={p.lang!} /> },
];
