import { callKey } from '../data/callKey';
import type { Indicator } from '@core/reports/schema';

// The reports' cache keys: everything under ['reports'].
export const reportsKeys = {
  all: ['reports'] as const,
  indicators: (period: string) => callKey('reports.indicators', { period }),
  children: (period: string, indicator: Indicator, cell: string) => callKey('reports.children', { period, indicator, cell }),
};
