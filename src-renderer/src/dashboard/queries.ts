import { callQuery } from '../data/call';

// What the dashboard reads (see data/README.md).

export { dashboardKeys } from './queryKeys';

export const dashboardQueries = {
  get: () => callQuery('dashboard.get', {}),
  /** The children a signal counts. */
  children: (kind: string) => callQuery('dashboard.children', { kind }),
};
