import { IconNotebook } from '@tabler/icons-react';
import type { ChildTabDef } from '../app/childTabs';
import { DailyLogTab } from './DailyLogTab';

// The child's Daily log tab: the roll call's marks and the care notes by day.
export const dailyLogTab: ChildTabDef = {
  id: 'daily',
  label: 'daily.log.tab',
  icon: IconNotebook,
  permission: 'daily.read',
  render: (r) => <DailyLogTab residentId={r.id} />,
};
