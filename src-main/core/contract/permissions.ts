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
  'staff.read',
  'staff.write',
  'users.manage',
  'audit.read',
  'institution.manage',
  'packages.export',
  'documents.read',
  'documents.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a contract call names when it needs no signed-in user (set-up, sign-in, app info). */
export const PUBLIC = 'public';
export type CallPermission = Permission | typeof PUBLIC;

const ALL: readonly Permission[] = PERMISSIONS;
// Every signed-in role reads the register of children and of staff. Medical details and disability
// diagnoses: director, medical, psychologist. Exports: the director only. Accounts: director and
// admin. A child's documents: the roles that handle the case (not caregivers, not read-only), added
// by the director, admin, social worker and medical staff. The table in docs/DESIGN.md ("Roles and permissions") says the same; a test keeps them equal.
const BASE: Permission[] = ['app.read', 'residents.read', 'staff.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  director: ALL,
  admin: [...BASE, 'residents.write', 'staff.write', 'users.manage', 'audit.read', 'institution.manage', 'documents.read', 'documents.write'],
  social_worker: [...BASE, 'residents.write', 'documents.read', 'documents.write'],
  caregiver: BASE,
  teacher: [...BASE, 'documents.read'],
  medical: [...BASE, 'residents.medical', 'documents.read', 'documents.write'],
  psychologist: [...BASE, 'residents.medical', 'documents.read'],
  read_only: BASE,
};

export function roleCan(role: Role, permission: CallPermission): boolean {
  return permission === PUBLIC || ROLE_PERMISSIONS[role].includes(permission);
}
