import { z } from 'zod';
import type { FieldIssue } from '../contract/errors';
import { ROLES, type Permission, type Role } from '../contract/permissions';
import { foldForSearch } from '../text/fold';

// Accounts, passwords and sessions: inputs, rules and DTOs. Isomorphic: the sign-in, password and
// user forms check the same rules before sending.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/**
 * Wrong passwords in a row allowed before a wait; then the wait after each further failure: 1
 * minute, doubling, at most 15 (auth/throttle.ts). A wait, never a hard lock, so that nobody can
 * keep the director out for longer than that.
 */
export const FREE_ATTEMPTS = 5;
export const FIRST_WAIT_MINUTES = 1;
export const MAX_WAIT_MINUTES = 15;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const IDLE_LOCK_RANGE = { min: 1, max: 240 } as const;

/** Letters of any alphabet, digits, dot, dash, underscore; 3–40 characters, starting with a letter or digit. */
const USERNAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{2,39}$/u;

/** The account key: case, Azerbaijani letters and punctuation folded, so look-alike names are one account. */
export function usernameKey(username: string): string {
  return foldForSearch(username);
}

export const usernameField = z
  .string({ error: 'validation.required' })
  .transform((s) => s.trim().normalize('NFC'))
  .refine((s) => USERNAME_PATTERN.test(s), { error: 'auth.usernameFormat' });

/** A password as typed: nothing trimmed (spaces count); the rules are in `passwordIssues`. */
const passwordField = z
  .string({ error: 'validation.required' })
  .min(1, { error: 'validation.required' })
  .max(PASSWORD_MAX_LENGTH, { error: 'validation.tooLong' });

const displayNameField = z
  .string({ error: 'validation.required' })
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(z.string().max(120, { error: 'validation.tooLong' }));

/**
 * The password rules: long enough, not built from the user's own names or username, and at least
 * four different characters. `personal` holds the username and names; words shorter than 3 are ignored.
 */
export function passwordIssues(password: string, personal: ReadonlyArray<string | null | undefined>, path = 'password'): FieldIssue[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return [{ path, message: 'auth.passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } }];
  if (length > PASSWORD_MAX_LENGTH) return [{ path, message: 'validation.tooLong', params: { max: PASSWORD_MAX_LENGTH } }];
  const compact = foldForSearch(password).replace(/ /g, '');
  const words = new Set<string>();
  for (const p of personal) {
    if (!p) continue;
    const folded = foldForSearch(p);
    for (const w of folded.split(' ')) if (w.length >= 3) words.add(w);
    const joined = folded.replace(/ /g, '');
    if (joined.length >= 3) words.add(joined);
  }
  for (const w of words) if (compact.includes(w)) return [{ path, message: 'auth.passwordHasName' }];
  if (new Set([...password.toLowerCase()]).size < 4) return [{ path, message: 'auth.passwordTooSimple' }];
  return [];
}

export const SignInInput = z
  .object({ username: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(80), password: passwordField })
  .strict();

export const UnlockInput = z.object({ password: passwordField }).strict();

export const ChangePasswordInput = z.object({ currentPassword: passwordField, newPassword: passwordField }).strict();

export const UserCreateInput = z
  .object({
    username: usernameField,
    /** Shown in the header and the audit screen; the staff member's name when left empty. */
    displayName: displayNameField.optional().default(''),
    role: z.enum(ROLES, { error: 'validation.choose' }),
    password: passwordField,
    staffId: z.string().min(1).max(64).nullable().optional().default(null),
    /** A password set by someone else must be changed at first sign-in (the default). */
    mustChangePassword: z.boolean().optional().default(true),
  })
  .strict();
export type UserCreate = z.output<typeof UserCreateInput>;

export const UserUpdateInput = z
  .object({
    id: z.string().min(1).max(64),
    version: z.number().int().positive(),
    displayName: displayNameField.pipe(z.string().min(1, { error: 'validation.required' })),
    role: z.enum(ROLES, { error: 'validation.choose' }),
    staffId: z.string().min(1).max(64).nullable(),
    active: z.boolean(),
  })
  .strict();
export type UserUpdate = z.output<typeof UserUpdateInput>;

export const ResetPasswordInput = z.object({ id: z.string().min(1).max(64), password: passwordField }).strict();

/** An account as the contract returns it: never a hash, a salt or hash parameters. */
export interface UserDto {
  id: string;
  version: number;
  username: string;
  displayName: string;
  role: Role;
  staffId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  /** Set while a lockout after wrong passwords lasts. */
  lockedUntil: string | null;
  failedAttempts: number;
  lastSignInAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  staffId: string | null;
  mustChangePassword: boolean;
}

/**
 * One signed-in session, kept in memory by the host: per window in the app, per start of the web
 * harness. Nothing of it is stored; closing the window signs out.
 */
export interface Session {
  user: SessionUser | null;
  /** ms since the epoch, by the core's clock: the last call that counted as activity. */
  lastActivity: number;
  /** Idle or locked by hand: only `auth.unlock` (and public calls) pass until unlocked. */
  locked: boolean;
}

/** What the renderer needs to pick the screen: wizard, sign-in, lock, password change, or the app. */
export interface SessionInfo {
  signedIn: boolean;
  locked: boolean;
  user: SessionUser | null;
  permissions: Permission[];
  idleLockMinutes: number;
}

// The calls a session may still make while it is locked, and before a reset password is changed.
// Public calls (sign-in, set-up, app info, session, sign-out) pass in every state.
export const CALLS_WHILE_LOCKED: ReadonlySet<string> = new Set(['auth.unlock']);
export const CALLS_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  'auth.changePassword',
  'auth.unlock',
  'auth.lock',
  'auth.activity',
]);
