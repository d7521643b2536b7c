import { IconHeartHandshake, IconUsersGroup } from '@tabler/icons-react';
import type { ChildTabDef } from '../app/childTabs';
import { CareTab } from './CareTab';
import { FamilyTab } from './FamilyTab';

// The child's Family and Care tabs (app/childTabs.tsx lists them before History).
export const familyTab: ChildTabDef = {
  id: 'family',
  label: 'care.familyTab',
  icon: IconUsersGroup,
  permission: 'care.read',
  render: (r) => <FamilyTab resident={r} />,
};

export const careTab: ChildTabDef = {
  id: 'care',
  label: 'care.tab',
  icon: IconHeartHandshake,
  permission: 'care.read',
  render: (r) => <CareTab resident={r} />,
};
