import type { Command } from '../main';
import { dispatch } from '../../core/contract/dispatch';
import { withDb } from '../db';
import { formatCallError, printJson, printJsonLine, readJsonStdin, UsageError } from '../io';

export const residentsAdd: Command = {
  words: ['residents', 'add'],
  usage: 'residents add --db FILE [--confirm-duplicate]   (one child as JSON on stdin)',
  options: { db: { type: 'string' }, 'confirm-duplicate': { type: 'boolean' } },
  async run(values) {
    const input = await readJsonStdin();
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError('stdin must hold one JSON object');
    const withConfirm = values['confirm-duplicate'] ? { ...input, confirmDuplicate: true } : input;
    return withDb(values.db as string, async (ctx) => {
      const r = await dispatch(ctx, 'residents.create', withConfirm);
      if (!r.ok) {
        process.stderr.write(`${formatCallError(r.error)}\n`);
        if (r.error.code === 'duplicate') process.stderr.write('(--confirm-duplicate to register anyway)\n');
        return 1;
      }
      printJson(r.value);
      return 0;
    });
  },
};

export const residentsSearch: Command = {
  words: ['residents', 'search'],
  usage: 'residents search --db FILE QUERY   (JSON lines, best first)',
  options: { db: { type: 'string' }, limit: { type: 'string' } },
  async run(values, positionals) {
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('a QUERY is required');
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
    return withDb(values.db as string, async (ctx) => {
      const r = await dispatch(ctx, 'residents.search', { query, limit: Math.min(limit, 200) });
      if (!r.ok) {
        process.stderr.write(`${formatCallError(r.error)}\n`);
        return 1;
      }
      for (const x of r.value) {
        printJsonLine({ id: x.id, lastName: x.lastName, firstName: x.firstName, patronymic: x.patronymic, dateOfBirth: x.dateOfBirth, fin: x.fin, status: x.status });
      }
      return 0;
    });
  },
};
