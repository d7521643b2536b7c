import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum or each field, written out so that no key is built at run time
// (the keys test and the typed t() see every one).

export const ROLE_LABEL = {
  director: 'auth.role.director',
  admin: 'auth.role.admin',
  social_worker: 'auth.role.social_worker',
  caregiver: 'auth.role.caregiver',
  teacher: 'auth.role.teacher',
  medical: 'auth.role.medical',
  psychologist: 'auth.role.psychologist',
  read_only: 'auth.role.read_only',
} as const satisfies Record<string, MessageKey>;

export const USER_FIELD_LABEL = {
  username: 'auth.users.fields.username',
  displayName: 'auth.users.fields.displayName',
  role: 'auth.users.fields.role',
  staffId: 'auth.users.fields.staffId',
  active: 'auth.users.fields.active',
  mustChangePassword: 'auth.users.fields.mustChangePassword',
} as const satisfies Record<string, MessageKey>;
