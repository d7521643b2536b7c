import { callQuery } from '../data/call';
import type { Indicator } from '@core/reports/schema';

// What the reports read (see data/README.md). The indicators are computed on each visit (no
// mutation here invalidates them; care's changes show the next time the screen opens).
export { reportsKeys } from './queryKeys';

export const reportsQueries = {
  indicators: (period: string) => callQuery('reports.indicators', { period }),
  children: (period: string, indicator: Indicator, cell: string) => callQuery('reports.children', { period, indicator, cell }),
};
