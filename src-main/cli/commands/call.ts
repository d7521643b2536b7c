import type { Command } from '../main';
import { dispatch } from '../../core/contract/dispatch';
import { contract } from '../../core/contract/calls';
import { withDb } from '../db';
import { formatCallError, printJson, readJsonStdin, UsageError } from '../io';
import { readPasswordFile, signedInAs } from '../password';

/**
 * Any contract call from the command line: JSON in on stdin, JSON out on stdout. As the local
 * system actor by default; with `--as USERNAME --password-file P`, signed in as that user, with
 * exactly that user's permissions. `--list` prints every call and the permission it needs.
 */
export const callCommand: Command = {
  words: ['call'],
  usage: 'call NAME --db FILE [--as USERNAME --password-file P]   (JSON input on stdin, JSON result on stdout); call --list',
  options: { db: { type: 'string' }, list: { type: 'boolean' }, as: { type: 'string' }, 'password-file': { type: 'string' } },
  async run(values, positionals) {
    if (values.list) {
      if (positionals.length) throw new UsageError('call --list takes no NAME');
      for (const [name, def] of Object.entries(contract)) process.stdout.write(`${name}\t${def.permission}\n`);
      return 0;
    }
    const name = positionals[0];
    if (!name || positionals.length > 1) throw new UsageError('call needs exactly one NAME');
    const as = values.as as string | undefined;
    if (values['password-file'] !== undefined && as === undefined) throw new UsageError('--password-file goes with --as USERNAME');
    const password = as === undefined ? null : await readPasswordFile(values['password-file'] as string | undefined);
    const input = await readJsonStdin();
    return withDb(values.db as string, async (system) => {
      const ctx = await signedInAs(system, as, password);
      if (!ctx) return 1;
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
