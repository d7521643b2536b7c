import { passwordIssues } from '@core/auth/schema';
import { encodeIssue, issuesToErrors } from '../ui/fieldIssues';

// A new password typed twice (set-up, password change, new account, reset): the core's own rules
// (length, not built from the person's names, not too simple), and the two copies must agree.

export function newPasswordErrors(
  password: string,
  repeat: string,
  personal: ReadonlyArray<string | null | undefined>,
  paths: { password: string; repeat: string } = { password: 'password', repeat: 'repeat' },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!password) errors[paths.password] = encodeIssue({ message: 'validation.required' });
  else Object.assign(errors, issuesToErrors(passwordIssues(password, personal, paths.password)));
  if (!repeat) errors[paths.repeat] = encodeIssue({ message: 'validation.required' });
  else if (repeat !== password) errors[paths.repeat] = encodeIssue({ message: 'auth.signIn.passwordsDiffer' });
  return errors;
}
