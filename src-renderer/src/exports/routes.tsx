import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const PrintIndicatorsPage = lazyScreen(() => import('./PrintIndicatorsPage'), 'PrintIndicatorsPage');
const PrintPersonalFilePage = lazyScreen(() => import('./PrintPersonalFilePage'), 'PrintPersonalFilePage');
const PrintRegisterPage = lazyScreen(() => import('./PrintRegisterPage'), 'PrintRegisterPage');

// The printed files: A4 pages in the chosen language, printed by the browser (or the app's print
// module) to PDF, as the education plan's print page.
export const exportsRoutes: RouteDef[] = [
  { pattern: '/print/register/:lang', permission: 'reports.read', render: (p) => <PrintRegisterPage lang={p.lang!} /> },
  { pattern: '/print/register/:lang/:from/:to', permission: 'reports.read', render: (p) => <PrintRegisterPage lang={p.lang!} from={p.from} to={p.to} /> },
  { pattern: '/print/personal-file/:id/:lang', permission: 'residents.read', render: (p) => <PrintPersonalFilePage key={p.id} id={p.id!} lang={p.lang!} /> },
  { pattern: '/print/indicators/:period/:lang', permission: 'reports.read', render: (p) => <PrintIndicatorsPage key={p.period} period={p.period!} lang={p.lang!} /> },
];
