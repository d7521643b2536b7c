import type { ComponentType, ReactNode } from 'react';
import { IconHistory } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import type { Permission } from '@core/contract/permissions';
import type { ResidentDto } from '@core/residents/schema';
import { ResidentHistory } from '../residents/ResidentHistory';
import { educationTab } from '../education/childTab';
import { careTab, familyTab } from '../care/childTab';
import { dailyLogTab } from '../daily/childTab';
import { documentsTab } from '../documents/childTab';
import { healthTab } from '../daily/HealthTab';
import { safeguardingTab } from '../safeguarding/childTab';

// The tabs of a child's page after Profile, in order. A domain adds its tab as a ChildTabDef in
// `<domain>/childTab.tsx` and one line here; the page shows a tab, and its route
// (/children/:id/<id>) opens, only for roles with its permission.

export interface ChildTabDef {
  /** The last segment of the tab's address: /children/:id/<id>. */
  id: string;
  label: ParseKeys;
  icon: ComponentType<{ size?: number | string; 'aria-hidden'?: boolean }>;
  permission: Permission;
  render(resident: ResidentDto): ReactNode;
}

const historyTab: ChildTabDef = {
  id: 'history',
  label: 'residents.page.tabs.history',
  icon: IconHistory,
  permission: 'audit.read',
  render: (r) => <ResidentHistory id={r.id} />,
};

export const CHILD_TABS: readonly ChildTabDef[] = [
  familyTab,
  careTab,
  educationTab,
  dailyLogTab,
  healthTab,
  safeguardingTab,
  documentsTab,
  historyTab,
];
