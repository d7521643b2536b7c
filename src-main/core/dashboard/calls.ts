import { call, Empty, type CallFragment } from '../contract/define';
import type { ResidentListItem } from '../residents/schema';
import { SignalKindInput, type DashboardDto } from './schema';

// The dashboard: every domain's signals in one call (see ./signal.ts).
export const dashboardCalls = {
  'dashboard.get': call<DashboardDto>()(Empty, 'app.read'),
  'dashboard.children': call<ResidentListItem[]>()(SignalKindInput, 'residents.read'),
} satisfies CallFragment;
