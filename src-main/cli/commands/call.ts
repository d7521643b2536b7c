import type { Command } from '../main';
import { dispatch } from '../../core/contract/dispatch';
import { withDb } from '../db';
import { formatCallError, printJson, readJsonStdin, UsageError } from '../io';

/** Any contract call from the command line: JSON in on stdin, JSON out on stdout. */
export const callCommand: Command = {
  words: ['call'],
  usage: 'call NAME --db FILE            (JSON input on stdin, JSON result on stdout)',
  options: { db: { type: 'string' } },
  async run(values, positionals) {
    const name = positionals[0];
    if (!name || positionals.length > 1) throw new UsageError('call needs exactly one NAME');
    const input = await readJsonStdin();
    return withDb(values.db as string, async (ctx) => {
      const r = await dispatch(ctx, name, input);
      if (!r.ok) {
        process.stderr.write(`${formatCallError(r.error)}\n`);
        return 1;
      }
      printJson(r.value);
      return 0;
    });
  },
};
