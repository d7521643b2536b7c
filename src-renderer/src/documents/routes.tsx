import type { RouteDef } from '../app/routes';
import { lazyScreen } from '../app/lazyScreen';

const LifeStoryPage = lazyScreen(() => import('./LifeStoryPage'), 'LifeStoryPage');

export const documentsRoutes: RouteDef[] = [
  { pattern: '/print/life-story/:id/:lang', permission: 'documents.read', render: (p) => <LifeStoryPage key={p.id} residentId={p.id!} lang={p.lang!} /> },
];
