import { callKey } from '../data/callKey';

// The dashboard's cache keys. Every domain's mutation that changes what a signal counts
// invalidates `dashboardKeys.all` (the dashboard is cheap to ask again).
export const dashboardKeys = {
  all: ['dashboard'] as const,
  get: () => callKey('dashboard.get', {}),
  children: (kind: string) => callKey('dashboard.children', { kind }),
};
