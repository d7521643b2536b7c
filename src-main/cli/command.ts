import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { translate, LOCALES, DEFAULT_LOCALE, type Locale } from '../core/i18n/index';

// What a command of `qaygi` is, and the few helpers every command shares. The ministry's commands
// (src-main/ministry/cli.ts) use these too, so this file imports nothing of the app but its
// messages: it is the one piece of src-main/cli the ministry's side may import.

export interface Command {
  /** The words that name it, e.g. ['residents', 'search']. */
  words: string[];
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. */
  run(values: Record<string, string | boolean | Array<string | boolean> | undefined>, positionals: string[]): Promise<number>;
}

/** Thrown for bad arguments: the CLI prints the usage and exits 2. */
export class UsageError extends Error {}

/** Thrown for a failure the user must see: the CLI prints it and exits with `exitCode`. */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export function cliLocale(): Locale {
  const env = (process.env.QAYGI_LANG ?? '').slice(0, 2) as Locale;
  return LOCALES.includes(env) ? env : DEFAULT_LOCALE;
}

/** A message in the language of the command line (QAYGI_LANG). */
export const cliText = (key: string, params?: Record<string, string | number>) => translate(cliLocale(), key, params);

/** An option's value when it is a string. */
export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** A required option, not empty. */
export function need(values: Record<string, unknown>, name: string): string {
  const v = str(values[name]);
  if (!v) throw new UsageError(`--${name} is required`);
  return v;
}

/** A required option that may be empty (`--url ""` clears the address). */
export function needPresent(values: Record<string, unknown>, name: string): string {
  const v = str(values[name]);
  if (v === undefined) throw new UsageError(`--${name} is required`);
  return v;
}

/** A file's text; a file that cannot be read is a failure the user sees. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliFailure(`cannot read ${path}`);
  }
}

/** The one file a command takes as its argument (`what` names it in the usage error). */
export function oneFile(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`one ${what} file is required`);
  return positionals[0]!;
}
