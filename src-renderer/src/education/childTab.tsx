import { IconSchool } from '@tabler/icons-react';
import type { ChildTabDef } from '../app/childTabs';
import { EducationTab } from './EducationTab';

/** The child's Education tab: schooling by year, assessments, supports, plans. */
export const educationTab: ChildTabDef = {
  id: 'education',
  label: 'education.tab',
  icon: IconSchool,
  permission: 'education.read',
  render: (r) => <EducationTab resident={r} />,
};
