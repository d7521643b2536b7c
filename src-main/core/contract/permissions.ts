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
  'backup.manage',
  'education.read',
  'education.write',
  'education.approve',
  'care.read',
  'care.write',
  'care.approve',
  'daily.read',
  'daily.write',
  'daily.medical',
  'reports.read',
  'documents.read',
  'documents.write',
  'safeguarding.signoff',
  'imports.run',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a contract call names when it needs no signed-in user (set-up, sign-in, app info). */
export const PUBLIC = 'public';
export type CallPermission = Permission | typeof PUBLIC;

const ALL: readonly Permission[] = PERMISSIONS;
// Every signed-in role reads the register of children and of staff. Medical details and disability
// diagnoses: director, medical, psychologist. Exports: the director only. Accounts and backups:
// director and admin. Education: every role reads plans; teachers, psychologists and the director
// write them; only the director approves (education.approve). Care and placement: every role reads
// it (caregivers and teachers need to know who is away); the director and the social worker write
// it; only the director approves. Daily care records (roll call, notes, incidents): read by every
// role, written by the people who care for the children (caregiver, social worker, medical,
// psychologist, director); medication (prescriptions, doses) by medical staff and the director
// (daily.medical). Reports (the indicators): director, admin, social worker, psychologist and
// read-only (an inspector); their drill-down to children also needs residents.read. A child's
// documents: the roles that handle the case (not caregivers, not read-only), added by the director,
// admin, social worker and medical staff. Imports from Excel and CSV (imports.run): director and admin, each
// register then only with its own write permission. The table in docs/DESIGN.md ("Roles and permissions")
// says the same; a test keeps them equal. Measures of control (restraint) and complaints are
// written with daily.write; only the director signs a measure off (safeguarding.signoff).
const BASE: Permission[] = ['app.read', 'residents.read', 'staff.read', 'education.read', 'care.read', 'daily.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  director: ALL,
  admin: [...BASE, 'residents.write', 'staff.write', 'users.manage', 'audit.read', 'institution.manage', 'backup.manage', 'reports.read', 'documents.read', 'documents.write', 'imports.run'],
  social_worker: [...BASE, 'residents.write', 'care.write', 'daily.write', 'reports.read', 'documents.read', 'documents.write'],
  caregiver: [...BASE, 'daily.write'],
  teacher: [...BASE, 'education.write', 'documents.read'],
  medical: [...BASE, 'residents.medical', 'daily.write', 'daily.medical', 'documents.read', 'documents.write'],
  psychologist: [...BASE, 'residents.medical', 'education.write', 'daily.write', 'reports.read', 'documents.read'],
  read_only: [...BASE, 'reports.read'],
};

export function roleCan(role: Role, permission: CallPermission): boolean {
  return permission === PUBLIC || ROLE_PERMISSIONS[role].includes(permission);
}
