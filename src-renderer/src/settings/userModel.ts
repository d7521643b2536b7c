import { UserCreateInput, UserUpdateInput, type UserDto } from '@core/auth/schema';
import type { Role } from '@core/contract/permissions';
import { zodFieldErrors } from '../ui/fieldIssues';
import { newPasswordErrors } from '../session/passwordModel';

// An account's form: a new account (username, name, role, staff link, password twice) or a change
// (name, role, staff link, active). Validated with the core's own schemas and password rules.

export interface UserFormValues {
  username: string;
  displayName: string;
  role: '' | Role;
  staffId: string | null;
  password: string;
  repeat: string;
  mustChangePassword: boolean;
  active: boolean;
}

export function emptyUserValues(preset: Partial<UserFormValues> = {}): UserFormValues {
  return {
    username: '',
    displayName: '',
    role: '',
    staffId: null,
    password: '',
    repeat: '',
    mustChangePassword: true,
    active: true,
    ...preset,
  };
}

export function valuesFromUser(u: UserDto): UserFormValues {
  return { ...emptyUserValues(), username: u.username, displayName: u.displayName, role: u.role, staffId: u.staffId, active: u.active };
}

export function userCreateInput(v: UserFormValues) {
  return {
    username: v.username,
    displayName: v.displayName,
    role: v.role as Role,
    staffId: v.staffId,
    password: v.password,
    mustChangePassword: v.mustChangePassword,
  };
}

export function userUpdateInput(v: UserFormValues, u: Pick<UserDto, 'id' | 'version'>) {
  return { id: u.id, version: u.version, displayName: v.displayName, role: v.role as Role, staffId: v.staffId, active: v.active };
}

/** `staffName`: the linked staff member's name, which the password must not contain either. */
export function validateUserCreate(v: UserFormValues, staffName = ''): Record<string, string> {
  const r = UserCreateInput.safeParse({ ...userCreateInput(v), password: v.password || 'x' });
  const errors = r.success ? {} : zodFieldErrors(r.error);
  delete errors.password;
  return { ...errors, ...newPasswordErrors(v.password, v.repeat, [v.username, v.displayName, staffName]) };
}

export function validateUserUpdate(v: UserFormValues): Record<string, string> {
  const r = UserUpdateInput.safeParse(userUpdateInput(v, { id: 'x', version: 1 }));
  return r.success ? {} : zodFieldErrors(r.error);
}
