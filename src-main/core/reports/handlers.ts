import type { HandlersOf } from '../contract/handler';
import type { reportsCalls } from './calls';
import { getIndicators, indicatorChildren } from './service';

export const reportsHandlers: HandlersOf<typeof reportsCalls> = {
  'reports.indicators': (ctx, i) => getIndicators(ctx, i.period),
  'reports.children': (ctx, i) => indicatorChildren(ctx, i),
};
