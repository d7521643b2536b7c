import { queryOptions } from '@tanstack/react-query';
import { callQuery } from '../data/call';
import { exportPollInterval } from './polling';

// What the packages screens read (see data/README.md); the keys are in queryKeys.ts.

export { packageKeys } from './queryKeys';

export const packageQueries = {
  list: () => callQuery('packages.list', {}),
  keysStatus: () => callQuery('packages.keysStatus', {}),
  hostInfo: () => callQuery('packages.hostInfo', {}),
  deliverySettings: () => callQuery('packages.deliverySettings', {}),
  queue: () => callQuery('packages.queue', {}),
  closedPeriods: () => callQuery('packages.closedPeriods', {}),
  /** A running export, asked for again and again until it is done or failed. */
  exportStatus: (jobId: string) =>
    queryOptions({
      ...callQuery('packages.exportStatus', { jobId }),
      refetchInterval: (q) => exportPollInterval(q.state.data, q.state.status === 'error'),
    }),
};
