import type { DashboardSource } from './signal';
import { residentsSignals } from '../residents/signals';
import { documentsSignals } from '../documents/signals';

// Every domain that adds to the dashboard: one line each (see ./signal.ts).
export const DASHBOARD_SOURCES: readonly DashboardSource[] = [
  residentsSignals,
  documentsSignals,
];
