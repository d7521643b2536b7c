import type { CallInput } from '@core/contract/calls';
import { callKey } from '../data/callKey';

// The cache keys of the audit log, as auditQueries builds them (callKey). Every change anywhere
// invalidates `auditKeys.all`: the log and the chain check follow. Pure.

export const auditKeys = {
  all: ['audit'] as const,
  list: (input: CallInput<'audit.list'>) => callKey('audit.list', input),
  actors: () => callKey('audit.actors', {}),
};
