import type { DashboardSource } from './signal';
import { careSignals } from '../care/signals';

// Every domain that adds to the dashboard: one line each (see ./signal.ts).
export const DASHBOARD_SOURCES: readonly DashboardSource[] = [
  careSignals,
];
