import type { ComponentType } from 'react';
import { IconBriefcase, IconShieldHeart, IconChecklist, IconClipboardList, IconHistory, IconSchool, IconLayoutDashboard, IconPackageExport, IconReportAnalytics, IconSettings, IconUsers } from '@tabler/icons-react';
import type { Permission } from '@core/contract/permissions';
import type { ParseKeys } from 'i18next';
import { MENU_SCREENS } from '@core/app/screens';

// The left navigation: the main screens of core/app/screens.ts (the application menu's Go lists the
// same), each with its icon. Add a screen there, its icon here, and its routes in
// <domain>/routes.tsx; the shell shows an item only to the roles whose permissions include it.

export interface NavItem {
  id: string;
  path: string;
  label: ParseKeys;
  icon: ComponentType<{ size?: number | string; stroke?: number; 'aria-hidden'?: boolean }>;
  permission: Permission;
}

const ICONS: Record<string, NavItem['icon']> = {
  dashboard: IconLayoutDashboard,
  children: IconUsers,
  daily: IconChecklist,
  safeguarding: IconShieldHeart,
  referrals: IconClipboardList,
  education: IconSchool,
  reports: IconReportAnalytics,
  staff: IconBriefcase,
  packages: IconPackageExport,
  audit: IconHistory,
  settings: IconSettings,
};

export const NAV_ITEMS: NavItem[] = MENU_SCREENS.map((s) => ({
  id: s.id,
  path: s.path,
  label: s.label,
  icon: ICONS[s.id] ?? IconLayoutDashboard,
  permission: s.permission,
}));
