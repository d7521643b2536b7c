import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CallInput } from '@core/contract/calls';
import { callQuery } from '../data/call';

export const importQueries = {
  /** The preview keeps the last answer on screen while a changed mapping, skip or fix is checked. */
  preview: (input: CallInput<'imports.preview'>) =>
    queryOptions({ ...callQuery('imports.preview', input), placeholderData: keepPreviousData, staleTime: Infinity, gcTime: 60_000 }),
};
