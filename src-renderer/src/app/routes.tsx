import type { ReactNode } from 'react';
import type { Permission } from '@core/contract/permissions';
import { ResidentsListPage } from '../residents/ResidentsListPage';
import { ResidentFormPage } from '../residents/ResidentFormPage';
import { ResidentPage } from '../residents/ResidentPage';
import { StaffListPage } from '../staff/StaffListPage';
import { StaffFormPage } from '../staff/StaffFormPage';
import { StaffPage, type StaffTab } from '../staff/StaffPage';
import { SettingsPage, type SettingsTab } from '../settings/SettingsPage';
import { AuditPage } from '../audit/AuditPage';
import { PackagesPage } from '../packages/PackagesPage';

// Every screen's address. The first pattern that matches wins; a route the role may not open
// shows the "not allowed" page instead.

export interface RouteDef {
  pattern: string;
  permission: Permission;
  render(params: Record<string, string>): ReactNode;
}

export const ROUTES: RouteDef[] = [
  { pattern: '/children', permission: 'residents.read', render: () => <ResidentsListPage /> },
  { pattern: '/children/new', permission: 'residents.write', render: () => <ResidentFormPage /> },
  { pattern: '/children/:id', permission: 'residents.read', render: (p) => <ResidentPage key={p.id} id={p.id!} tab="profile" /> },
  {
    pattern: '/children/:id/history',
    permission: 'residents.read',
    render: (p) => <ResidentPage key={p.id} id={p.id!} tab="history" />,
  },
  {
    pattern: '/children/:id/edit',
    permission: 'residents.write',
    render: (p) => <ResidentFormPage key={p.id} id={p.id} />,
  },
  { pattern: '/staff', permission: 'staff.read', render: () => <StaffListPage /> },
  { pattern: '/staff/new', permission: 'staff.write', render: () => <StaffFormPage /> },
  { pattern: '/staff/:id', permission: 'staff.read', render: (p) => <StaffPage key={p.id} id={p.id!} tab="profile" /> },
  { pattern: '/staff/:id/edit', permission: 'staff.write', render: (p) => <StaffFormPage key={p.id} id={p.id} /> },
  ...(['trainings', 'account', 'history'] as const).map(
    (tab): RouteDef => ({
      pattern: `/staff/:id/${tab}`,
      permission: 'staff.read',
      render: (p) => <StaffPage key={p.id} id={p.id!} tab={tab as StaffTab} />,
    }),
  ),
  { pattern: '/audit', permission: 'audit.read', render: () => <AuditPage /> },
  { pattern: '/packages', permission: 'packages.export', render: () => <PackagesPage /> },
  { pattern: '/settings', permission: 'institution.manage', render: () => <SettingsPage tab="institution" /> },
  ...(['institution', 'users', 'security', 'keys'] as const).map(
    (tab): RouteDef => ({
      pattern: `/settings/${tab}`,
      permission: tab === 'users' ? 'users.manage' : tab === 'keys' ? 'packages.export' : 'institution.manage',
      render: () => <SettingsPage tab={tab as SettingsTab} />,
    }),
  ),
];
