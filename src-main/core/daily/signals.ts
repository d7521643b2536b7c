import type { DashboardSource } from '../dashboard/signal';
import { groupsMissingRollCall } from './service';
import { incidentsOverdue, openSeriousIncidents } from './incidents';
import { childrenWithMissedDoses } from './medication';
import { childrenWithoutContact } from './family';

// Daily care's signals. The roll call is a group's, not a child's: the card counts groups and
// opens the daily screen for today (renderer's dashboard/signalLinks.ts), not a list of children.
// The incidents' cards count incidents and open the incidents list.
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
    // Incidents, not children (one incident may involve several): the cards open the incidents list.
    {
      kind: 'incidents_serious_open',
      label: 'daily.signals.seriousOpen',
      permission: 'daily.write',
      level: 'action',
      async compute(db) {
        return { count: await openSeriousIncidents(db) };
      },
    },
    {
      kind: 'incidents_notification_overdue',
      label: 'daily.signals.notificationOverdue',
      permission: 'daily.write',
      level: 'action',
      async compute(db) {
        return { count: await incidentsOverdue(db) };
      },
    },
    // Medical: only the medical roles see it; about children, so the card opens their list.
    {
      kind: 'doses_missed_today',
      label: 'daily.signals.dosesMissed',
      permission: 'daily.medical',
      level: 'action',
      async compute(db, today) {
        const residentIds = await childrenWithMissedDoses(db, today);
        return { count: residentIds.length, residentIds };
      },
    },
      // About children: children living here with no family contact recorded in 90 days.
    {
      kind: 'no_family_contact_90d',
      label: 'daily.family.signal',
      permission: 'daily.read',
      level: 'warning',
      async compute(db, today) {
        const residentIds = await childrenWithoutContact(db, today);
        return { count: residentIds.length, residentIds };
      },
    },
  ],
};
