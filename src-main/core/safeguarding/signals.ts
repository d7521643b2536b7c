import type { DashboardSource } from '../dashboard/signal';
import { pendingRestraints, readComplaints } from './queries';

// Safeguarding's signals. They count records (a measure of control, a complaint), not children:
// each card opens the Safeguarding screen (renderer's dashboard/signalLinks.ts), where the record
// is signed off or its talk recorded. The sign-off cards are the director's (the only one who can
// act on them); the talk and the complaints are for everyone who writes daily records.
export const safeguardingSignals: DashboardSource = {
  signals: [
    {
      kind: 'restraint_signoff_awaiting',
      label: 'safeguarding.signals.signOffAwaiting',
      permission: 'safeguarding.signoff',
      level: 'warning',
      async compute(db, _today, ctx) {
        return { count: (await pendingRestraints(db, ctx.now())).filter((r) => !r.signedOffAt && !r.signOffOverdue).length };
      },
    },
    {
      kind: 'restraint_signoff_overdue',
      label: 'safeguarding.signals.signOffOverdue',
      permission: 'safeguarding.signoff',
      level: 'action',
      async compute(db, _today, ctx) {
        return { count: (await pendingRestraints(db, ctx.now())).filter((r) => !r.signedOffAt && r.signOffOverdue).length };
      },
    },
    {
      kind: 'restraint_talk_awaiting',
      label: 'safeguarding.signals.talkAwaiting',
      permission: 'daily.write',
      level: 'warning',
      async compute(db, _today, ctx) {
        return { count: (await pendingRestraints(db, ctx.now())).filter((r) => !r.talkedDate && !r.talkOverdue).length };
      },
    },
    {
      kind: 'restraint_talk_overdue',
      label: 'safeguarding.signals.talkOverdue',
      permission: 'daily.write',
      level: 'action',
      async compute(db, _today, ctx) {
        return { count: (await pendingRestraints(db, ctx.now())).filter((r) => !r.talkedDate && r.talkOverdue).length };
      },
    },
    {
      kind: 'complaints_open_long',
      label: 'safeguarding.signals.complaintsOpenLong',
      permission: 'daily.write',
      level: 'warning',
      async compute(db, today) {
        return { count: (await readComplaints(db, today, { status: 'open' })).filter((c) => c.overdue).length };
      },
    },
  ],
};
