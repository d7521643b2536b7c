// Where a signal's card leads when it does not list children (a group's roll call, an incident):
// kind → a path of the domain's screens. One line per domain that has such signals. A signal that
// counts children opens their list (/dashboard/<kind>) and needs no entry here.
import { dailyPaths } from '../daily/paths';
import { safeguardingPaths } from '../safeguarding/paths';

export const SIGNAL_LINKS: Readonly<Record<string, (today: string) => string>> = {
  backup_stale: () => '/settings/backups',
  roll_call_missing: (today) => dailyPaths.day(today),
  incidents_serious_open: () => dailyPaths.incidents(),
  incidents_notification_overdue: () => dailyPaths.incidents(),
  restraint_signoff_awaiting: () => safeguardingPaths.restraints(),
  restraint_signoff_overdue: () => safeguardingPaths.restraints(),
  restraint_talk_awaiting: () => safeguardingPaths.restraints(),
  restraint_talk_overdue: () => safeguardingPaths.restraints(),
  complaints_open_long: () => safeguardingPaths.complaints(),
};
