import type { Permission } from '../contract/permissions';
import type { MessageKey } from '../i18n/keys';

// The main screens, in order: the renderer's left navigation (shell/navItems.ts adds the icons)
// and the application menu's Go (with the shortcuts: Ctrl+1 … on Windows and Linux, Cmd+1 … on a
// Mac) are both built from this list. Isomorphic. The navigation shows a screen only to the roles
// with its permission; the menu lists them all, and the renderer answers a screen the role may not
// open with its "not allowed" page. Exports are the director's alone (packages.export); settings
// hold the institution, the idle lock and the accounts (director and administrator).

export interface MenuScreen {
  id: string;
  path: string;
  label: MessageKey;
  accelerator: string;
  permission: Permission;
}

export const MENU_SCREENS: readonly MenuScreen[] = [
  { id: 'dashboard', path: '/dashboard', label: 'dashboard.nav', accelerator: 'CmdOrCtrl+1', permission: 'app.read' },
  { id: 'children', path: '/children', label: 'residents.nav', accelerator: 'CmdOrCtrl+2', permission: 'residents.read' },
  { id: 'daily', path: '/daily', label: 'daily.nav', accelerator: 'CmdOrCtrl+3', permission: 'daily.read' },
  { id: 'safeguarding', path: '/safeguarding', label: 'safeguarding.nav', accelerator: 'CmdOrCtrl+Shift+3', permission: 'daily.write' },
  { id: 'referrals', path: '/referrals', label: 'care.referrals.nav', accelerator: 'CmdOrCtrl+4', permission: 'care.read' },
  { id: 'education', path: '/education', label: 'education.nav', accelerator: 'CmdOrCtrl+5', permission: 'education.read' },
  { id: 'reports', path: '/reports', label: 'reports.nav', accelerator: 'CmdOrCtrl+6', permission: 'reports.read' },
  { id: 'staff', path: '/staff', label: 'staff.nav', accelerator: 'CmdOrCtrl+7', permission: 'staff.read' },
  { id: 'packages', path: '/packages', label: 'packages.nav', accelerator: 'CmdOrCtrl+8', permission: 'packages.export' },
  { id: 'audit', path: '/audit', label: 'audit.nav', accelerator: 'CmdOrCtrl+9', permission: 'audit.read' },
  { id: 'settings', path: '/settings', label: 'institution.settings.nav', accelerator: 'CmdOrCtrl+0', permission: 'institution.manage' },
];
