import { SetupCreateInput } from '@core/institution/schema';
import { zodFieldErrors } from '../ui/fieldIssues';
import { newPasswordErrors } from '../session/passwordModel';

// The set-up wizard's second step: the director's own account.

export interface DirectorFormValues {
  username: string;
  displayName: string;
  password: string;
  repeat: string;
}

export function emptyDirectorValues(): DirectorFormValues {
  return { username: '', displayName: '', password: '', repeat: '' };
}

export function validateDirector(v: DirectorFormValues): Record<string, string> {
  const r = SetupCreateInput.shape.director.safeParse({ username: v.username, displayName: v.displayName, password: v.password || 'x' });
  const errors = r.success ? {} : zodFieldErrors(r.error);
  delete errors.password; // the password's rules are checked below, with the names it must not contain
  return { ...errors, ...newPasswordErrors(v.password, v.repeat, [v.username, v.displayName]) };
}
