// Error codes and the result shape every call answers with. Isomorphic.
import type { MessageKey } from '../i18n/keys';

export type ErrorCode =
  | 'forbidden'
  | 'unauthenticated'
  /** The session is locked (idle or by hand): unlock with the same user's password, then retry. */
  | 'locked'
  /** Too many wrong passwords: the account is locked for a while. */
  | 'account_locked'
  /** The password was reset: only a password change is allowed until it is changed. */
  | 'password_change_required'
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'duplicate'
  | 'unknown_call'
  | 'schema_too_new'
  | 'internal';

export type MessageParams = Record<string, string | number>;

/** One problem with one field: `path` as in the input ("dateOfBirth"), `message` an i18n key. */
export interface FieldIssue {
  path: string;
  message: string;
  params?: MessageParams;
}

export interface CallError {
  code: ErrorCode;
  /** i18n key of the message; translate with `params`. */
  message: string;
  params?: MessageParams;
  fields?: FieldIssue[];
  /** Extra machine-readable data, e.g. the possible duplicates. */
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Thrown by services; the dispatcher turns it into a failed Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A key of the az messages: a message that does not exist is a type error. */
    readonly messageKey: MessageKey,
    readonly params?: MessageParams,
    readonly fields?: FieldIssue[],
    readonly details?: unknown,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }

  /** An error that crossed a boundary (a worker's answer) as a CallError: its key was typed where it was thrown. */
  static fromCallError(e: CallError): AppError {
    return new AppError(e.code, e.message as MessageKey, e.params, e.fields, e.details);
  }

  toCallError(): CallError {
    const e: CallError = { code: this.code, message: this.messageKey };
    if (this.params) e.params = this.params;
    if (this.fields) e.fields = this.fields;
    if (this.details !== undefined) e.details = this.details;
    return e;
  }
}

export function invalid(fields: FieldIssue[]): AppError {
  return new AppError('invalid', 'errors.invalid', undefined, fields);
}
