import { callKey } from '../data/callKey';

// The cache keys of the packages screens, as packageQueries builds them (callKey). Every key
// starts with 'packages'. Pure.

export const packageKeys = {
  all: ['packages'] as const,
  list: () => callKey('packages.list', {}),
  keysStatus: () => callKey('packages.keysStatus', {}),
  hostInfo: () => callKey('packages.hostInfo', {}),
  deliverySettings: () => callKey('packages.deliverySettings', {}),
  queue: () => callKey('packages.queue', {}),
  closedPeriods: () => callKey('packages.closedPeriods', {}),
  exportStatus: (jobId: string) => callKey('packages.exportStatus', { jobId }),
};
