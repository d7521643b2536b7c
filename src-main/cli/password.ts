import { readFile } from 'node:fs/promises';
import { CliFailure, UsageError } from './io';

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
