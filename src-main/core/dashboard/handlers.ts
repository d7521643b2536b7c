import type { HandlersOf } from '../contract/handler';
import type { dashboardCalls } from './calls';
import { getDashboard, signalChildren } from './service';

export const dashboardHandlers: HandlersOf<typeof dashboardCalls> = {
  'dashboard.get': (ctx) => getDashboard(ctx),
  'dashboard.children': (ctx, i) => signalChildren(ctx, i.kind),
};
