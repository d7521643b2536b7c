import type { CallError, ErrorCode, Result } from '@core/contract/errors';

// A call that answered `{ ok: false }` becomes a thrown CallFailure, so that react-query sees a
// failed query or mutation and the screen still has the core's error (code, message, fields).
// Pure: no React.

export class CallFailure extends Error {
  constructor(readonly error: CallError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'CallFailure';
  }

  get code(): ErrorCode {
    return this.error.code;
  }

  get fields() {
    return this.error.fields;
  }
}

/** The value of a successful result; throws the failure otherwise. */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new CallFailure(r.error);
}

/** The core's error behind anything a query or mutation threw; an unexpected throw reads as internal. */
export function callErrorOf(e: unknown): CallError {
  if (e instanceof CallFailure) return e.error;
  return { code: 'internal', message: 'errors.internal' };
}

/** The harness could not be reached: the only failure worth sending again on its own. */
export function isTransient(e: unknown): boolean {
  return e instanceof CallFailure && e.error.code === 'internal' && e.error.message === 'app.connectionLost';
}

export const MAX_RETRIES = 2;

/**
 * react-query's `retry`: an answer from the core (invalid, forbidden, not_found, conflict, …) is
 * final and shown at once; only a lost connection is tried again, twice.
 */
export function shouldRetry(failureCount: number, e: unknown): boolean {
  return isTransient(e) && failureCount < MAX_RETRIES;
}

/** The error to show for whatever a screen holds: a CallFailure, a CallError, nothing (null). */
export function toCallError(e: unknown): CallError | null {
  if (e == null) return null;
  if (e instanceof CallFailure) return e.error;
  if (typeof e === 'object' && typeof (e as CallError).code === 'string' && typeof (e as CallError).message === 'string') {
    return e as CallError;
  }
  return callErrorOf(e);
}

/** A mutation's promise as a Result again, for forms that branch on the core's answer. */
export async function settle<T>(p: Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    return { ok: false, error: callErrorOf(e) };
  }
}
