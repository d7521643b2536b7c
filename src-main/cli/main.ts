import { parseArgs } from 'node:util';
import { AppError } from '../core/contract/errors';
import { CliFailure, formatCallError, UsageError } from './io';
import { commands } from './commands/index';

export const USAGE = `Usage: qaygi <command> [options]

Commands:
${Object.values(commands)
  .map((c) => `  ${c.usage}`)
  .join('\n')}

Set QAYGI_LANG=az|en|ru for the language of messages (default az).`;

export type { Command } from './command';

/** Runs the CLI; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  // The longest run of leading words that names a command.
  const cmd = Object.values(commands)
    .filter((c) => c.words.every((w, i) => argv[i] === w))
    .sort((a, b) => b.words.length - a.words.length)[0];
  if (!cmd) {
    process.stderr.write(`Unknown command: ${argv.slice(0, 2).join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(cmd.words.length),
      options: cmd.options,
      allowPositionals: true,
      strict: true,
    });
    return await cmd.run(values, positionals);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(e as Error).message}\n\nUsage: ${cmd.usage}\n`);
      return 2;
    }
    if (e instanceof CliFailure) {
      process.stderr.write(`${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof AppError) {
      process.stderr.write(`${formatCallError(e.toCallError())}\n`);
      return 1;
    }
    throw e;
  }
}
