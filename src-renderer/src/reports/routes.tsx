import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const ReportsPage = lazyScreen(() => import('./ReportsPage'), 'ReportsPage');
const ReportChildrenPage = lazyScreen(() => import('./ReportChildrenPage'), 'ReportChildrenPage');

export const reportsRoutes: RouteDef[] = [
  { pattern: '/reports', permission: 'reports.read', render: () => <ReportsPage /> },
  { pattern: '/reports/:period', permission: 'reports.read', render: (p) => <ReportsPage period={p.period} /> },
  {
    pattern: '/reports/:period/:indicator/:cell',
    permission: 'residents.read',
    render: (p) => <ReportChildrenPage key={`${p.period}/${p.indicator}/${p.cell}`} period={p.period!} indicator={p.indicator!} cell={p.cell!} />,
  },
];
