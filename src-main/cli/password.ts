import { readFile } from 'node:fs/promises';
import type { Ctx } from '../core/context';
import { dispatch } from '../core/contract/dispatch';
import { newSession, sessionCtx } from '../core/session';
import { CliFailure, formatCallError, UsageError } from './io';

/**
 * Reads a password from a file (never from the command line, where other users of the PC could
 * see it in the process list). One trailing line break is not part of the password.
 */
export async function readPasswordFile(path: string | undefined, option = '--password-file'): Promise<string> {
  if (!path) throw new UsageError(`${option} P is required`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliFailure(`cannot read ${option} ${path}: ${(e as Error).message}`);
  }
  const password = text.replace(/\r?\n$/, '');
  if (!password) throw new CliFailure(`${option} ${path} is empty`);
  return password;
}

/**
 * `--as USERNAME --password-file P`: a context signed in as that user (the password checked, the
 * sign-in audited), with exactly that user's permissions; the system actor's without `--as`.
 * Null after printing why the sign-in was refused.
 */
export async function signedInAs(system: Ctx, as: string | undefined, password: string | null): Promise<Ctx | null> {
  if (as === undefined || password === null) return system;
  const ctx = sessionCtx(system.db, newSession(), 'cli');
  const signedIn = await dispatch(ctx, 'auth.signIn', { username: as, password });
  if (signedIn.ok) return ctx;
  process.stderr.write(`${formatCallError(signedIn.error)}\n`);
  return null;
}
