import { translate, type Locale } from '../core/i18n/index';
import type { CallError } from '../core/contract/errors';
import { CliFailure, cliLocale } from './command';

// The errors and the locale live with the command kit (command.ts); kept importable from here.
export { CliFailure, cliLocale, UsageError } from './command';

/** A call's error as lines of text in the user's language: the message, then one line per field. */
export function formatCallError(e: CallError, locale: Locale = cliLocale()): string {
  const lines = [`${e.code}: ${translate(locale, e.message, e.params)}`];
  for (const f of e.fields ?? []) lines.push(`  ${f.path || '(input)'}: ${translate(locale, f.message, f.params)}`);
  if (e.code === 'duplicate' && Array.isArray(e.details)) {
    for (const d of e.details as Array<Record<string, string>>) {
      lines.push(`  ~ ${d.lastName} ${d.firstName} ${d.patronymic} (${d.dateOfBirth}) ${d.id}`);
    }
  }
  return lines.join('\n');
}

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one JSON value from stdin; empty input is `{}`. */
export async function readJsonStdin(): Promise<unknown> {
  const text = (await readStdin()).trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new CliFailure('invalid: stdin is not valid JSON');
  }
}

export function printJson(v: unknown) {
  process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);
}

export function printJsonLine(v: unknown) {
  process.stdout.write(`${JSON.stringify(v)}\n`);
}
