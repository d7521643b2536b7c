import type { DashboardSource } from '../dashboard/signal';
import { addYears } from './schema';

// The residents register's signal until care episodes exist: children living in the institution
// for more than two years by today's admission date (the UN Guidelines' "as short as possible").

export const LONG_STAY_YEARS = 2;

export const residentsSignals: DashboardSource = {
  signals: [
    {
      kind: 'long_stay',
      label: 'residents.signals.longStay',
      permission: 'residents.read',
      level: 'warning',
      async compute(db, today) {
        const rows = await db
          .selectFrom('residents')
          .select('id')
          .where('status', '=', 'resident')
          .where('admission_date', '<', addYears(today, -LONG_STAY_YEARS))
          .execute();
        return { count: rows.length, residentIds: rows.map((r) => r.id) };
      },
    },
  ],
};
