// Roles and what each may do. Isomorphic: the renderer uses it to hide what a role cannot open,
// the dispatcher uses it to refuse what a role may not do.

export const ROLES = [
  'director',
  'admin',
  'social_worker',
  'caregiver',
  'teacher',
  'medical',
  'psychologist',
  'read_only',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'app.read',
  'residents.read',
  'residents.write',
  'residents.medical',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL: readonly Permission[] = PERMISSIONS;
const STAFF_BASE: Permission[] = ['app.read', 'residents.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  director: ALL,
  admin: ['app.read', 'residents.read', 'residents.write', 'audit.read'],
  social_worker: [...STAFF_BASE, 'residents.write'],
  caregiver: STAFF_BASE,
  teacher: STAFF_BASE,
  medical: [...STAFF_BASE, 'residents.medical'],
  psychologist: [...STAFF_BASE, 'residents.medical'],
  read_only: STAFF_BASE,
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
