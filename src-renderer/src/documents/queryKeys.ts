import type { CallInput } from '@core/contract/calls';
import { callKey } from '../data/callKey';

// The documents domain's cache keys; every key starts with 'documents'. Pure.
export const documentKeys = {
  all: ['documents'] as const,
  list: (input: CallInput<'documents.list'>) => callKey('documents.list', input),
  missing: (residentId: string) => callKey('documents.missing', { residentId }),
  photo: (residentId: string) => callKey('documents.photo', { residentId }),
  content: (id: string) => callKey('documents.content', { id }),
  consents: (residentId: string) => callKey('documents.consents', { residentId }),
  lifeStory: (residentId: string) => callKey('documents.lifeStory', { residentId }),
};
