import type { DashboardSource } from './signal';
import { residentsSignals } from '../residents/signals';
import { backupSignals } from '../backup/signals';
import { educationSignals } from '../education/signals';

// Every domain that adds to the dashboard: one line each (see ./signal.ts).
export const DASHBOARD_SOURCES: readonly DashboardSource[] = [
  residentsSignals,
  backupSignals,
  educationSignals,
];
