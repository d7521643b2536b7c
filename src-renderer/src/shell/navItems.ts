import type { ComponentType } from 'react';
import { IconBriefcase, IconClipboardList, IconHistory, IconLayoutDashboard, IconPackageExport, IconReportAnalytics, IconSettings, IconUsers } from '@tabler/icons-react';
import type { Permission } from '@core/contract/permissions';
import type { ParseKeys } from 'i18next';
import { paths } from '../app/router';
import { dashboardPaths } from '../dashboard/paths';
import { carePaths } from '../care/paths';
import { reportsPaths } from '../reports/paths';

// The left navigation. Add a screen here (and its routes in <domain>/routes.tsx); the shell shows an
// item only to the roles whose permissions include `permission`.

export interface NavItem {
  id: string;
  path: string;
  label: ParseKeys;
  icon: ComponentType<{ size?: number | string; stroke?: number; 'aria-hidden'?: boolean }>;
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  // The first screen after sign-in: what needs action today.
  { id: 'dashboard', path: dashboardPaths.dashboard(), label: 'dashboard.nav', icon: IconLayoutDashboard, permission: 'app.read' },
  { id: 'children', path: paths.children(), label: 'residents.nav', icon: IconUsers, permission: 'residents.read' },
  { id: 'referrals', path: carePaths.referrals(), label: 'care.referrals.nav', icon: IconClipboardList, permission: 'care.read' },
  { id: 'reports', path: reportsPaths.reports(), label: 'reports.nav', icon: IconReportAnalytics, permission: 'reports.read' },
  { id: 'staff', path: paths.staff(), label: 'staff.nav', icon: IconBriefcase, permission: 'staff.read' },
  // Exports are the director's alone (packages.export).
  { id: 'packages', path: paths.packages(), label: 'packages.nav', icon: IconPackageExport, permission: 'packages.export' },
  { id: 'audit', path: paths.audit(), label: 'audit.nav', icon: IconHistory, permission: 'audit.read' },
  // Settings hold the institution, the idle lock and the accounts: director and administrator
  // (institution.manage and users.manage go together in the role matrix).
  { id: 'settings', path: paths.settings(), label: 'institution.settings.nav', icon: IconSettings, permission: 'institution.manage' },
];
