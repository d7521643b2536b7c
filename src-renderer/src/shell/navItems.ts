import type { ComponentType } from 'react';
import { IconUsers } from '@tabler/icons-react';
import type { Permission } from '../../../src-main/core/contract/permissions';
import type { ParseKeys } from 'i18next';
import { paths } from '../app/router';

// The left navigation. Add a screen here (and its routes in app/routes.tsx); the shell shows an
// item only to the roles whose permissions include `permission`.

export interface NavItem {
  id: string;
  path: string;
  label: ParseKeys;
  icon: ComponentType<{ size?: number | string; stroke?: number; 'aria-hidden'?: boolean }>;
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { id: 'children', path: paths.children(), label: 'nav.children', icon: IconUsers, permission: 'residents.read' },
];
