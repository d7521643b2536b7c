import type { CallInput } from '@core/contract/calls';
import { callQuery } from '../data/call';

// What the audit screen reads (see data/README.md); the keys are in queryKeys.ts.

export { auditKeys } from './queryKeys';

export const auditQueries = {
  list: (input: CallInput<'audit.list'>) => callQuery('audit.list', input),
  actors: () => callQuery('audit.actors', {}),
};
