import type { Command } from '../main';
import { dispatch } from '../../core/contract/dispatch';
import { ROLES } from '../../core/contract/permissions';
import { findUserByUsername } from '../../core/auth/users';
import { translate } from '../../core/i18n/index';
import { withDb } from '../db';
import { cliLocale, CliFailure, formatCallError, printJsonLine, UsageError } from '../io';
import { readPasswordFile } from '../password';

// User accounts from the command line, as the local system actor (audited via 'cli').

export const usersAdd: Command = {
  words: ['users', 'add'],
  usage:
    'users add --db FILE --username U --role ROLE --password-file P [--staff-id ID] [--display-name NAME] [--must-change]',
  options: {
    db: { type: 'string' },
    username: { type: 'string' },
    role: { type: 'string' },
    'password-file': { type: 'string' },
    'staff-id': { type: 'string' },
    'display-name': { type: 'string' },
    'must-change': { type: 'boolean' },
  },
  async run(values) {
    if (!values.username) throw new UsageError('--username U is required');
    const role = values.role as string | undefined;
    if (!role || !(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of: ${ROLES.join(', ')}`);
    const password = await readPasswordFile(values['password-file'] as string | undefined);
    return withDb(values.db as string, async (ctx) => {
      const r = await dispatch(ctx, 'users.create', {
        username: values.username as string,
        role: role as (typeof ROLES)[number],
        password,
        staffId: (values['staff-id'] as string | undefined) ?? null,
        displayName: (values['display-name'] as string | undefined) ?? '',
        mustChangePassword: values['must-change'] === true,
      });
      if (!r.ok) {
        process.stderr.write(`${formatCallError(r.error)}\n`);
        return 1;
      }
      printJsonLine(r.value);
      return 0;
    });
  },
};

export const usersList: Command = {
  words: ['users', 'list'],
  usage: 'users list --db FILE                 (JSON lines: one account each, never a password hash)',
  options: { db: { type: 'string' } },
  async run(values) {
    return withDb(values.db as string, async (ctx) => {
      const r = await dispatch(ctx, 'users.list', {});
      if (!r.ok) {
        process.stderr.write(`${formatCallError(r.error)}\n`);
        return 1;
      }
      for (const u of r.value) printJsonLine(u);
      return 0;
    });
  },
};

export const usersReset: Command = {
  words: ['users', 'reset'],
  usage: 'users reset --db FILE --username U --password-file P   (to be changed at next sign-in)',
  options: { db: { type: 'string' }, username: { type: 'string' }, 'password-file': { type: 'string' } },
  async run(values) {
    if (!values.username) throw new UsageError('--username U is required');
    const password = await readPasswordFile(values['password-file'] as string | undefined);
    return withDb(values.db as string, async (ctx) => {
      const user = await findUserByUsername(ctx.db, values.username as string);
      if (!user) throw new CliFailure(`not_found: ${translate(cliLocale(), 'auth.userNotFound')}`);
      const r = await dispatch(ctx, 'users.resetPassword', { id: user.id, password });
      if (!r.ok) {
        process.stderr.write(`${formatCallError(r.error)}\n`);
        return 1;
      }
      printJsonLine(r.value);
      return 0;
    });
  },
};
