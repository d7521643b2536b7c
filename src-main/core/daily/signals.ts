import type { DashboardSource } from '../dashboard/signal';
import { groupsMissingRollCall } from './service';

// Daily care's signals. The roll call is a group's, not a child's: the card counts groups and
// opens the daily screen for today (renderer's dashboard/signalLinks.ts), not a list of children.
export const dailySignals: DashboardSource = {
  signals: [
    {
      kind: 'roll_call_missing',
      label: 'daily.signals.rollCallMissing',
      permission: 'daily.read',
      level: 'action',
      async compute(db, today) {
        return { count: (await groupsMissingRollCall(db, today)).length };
      },
    },
  ],
};
