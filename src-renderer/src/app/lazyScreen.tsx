import { lazy, type ComponentType } from 'react';

// A screen's component loaded with its own JavaScript chunk the first time its route opens
// (issue 13 §1: the bundle split by screen). A domain's routes.tsx writes
//   const ReportsPage = lazyScreen(() => import('./ReportsPage'), 'ReportsPage');
// instead of a static import; App's <Suspense> shows a loader for the moment it takes.

export function lazyScreen<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] {
  return lazy(async () => ({ default: (await load())[name] })) as unknown as M[K];
}
