import type { ReactNode } from 'react';
import type { Permission } from '../../../src-main/core/contract/permissions';
import { ResidentsListPage } from '../residents/ResidentsListPage';
import { ResidentFormPage } from '../residents/ResidentFormPage';
import { ResidentPage } from '../residents/ResidentPage';

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
];
