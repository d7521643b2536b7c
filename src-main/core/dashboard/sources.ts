import type { DashboardSource } from './signal';
import { careSignals } from '../care/signals';
import { backupSignals } from '../backup/signals';
import { educationSignals } from '../education/signals';
import { dailySignals } from '../daily/signals';
import { documentsSignals } from '../documents/signals';
import { safeguardingSignals } from '../safeguarding/signals';

// Every domain that adds to the dashboard: one line each (see ./signal.ts).
export const DASHBOARD_SOURCES: readonly DashboardSource[] = [
  careSignals,
  backupSignals,
  educationSignals,
  dailySignals,
  documentsSignals,
  safeguardingSignals,
];
