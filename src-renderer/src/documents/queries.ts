import type { CallInput } from '@core/contract/calls';
import { callQuery } from '../data/call';

// Everything the documents screens read (see data/README.md); the keys are in queryKeys.ts.
export { documentKeys } from './queryKeys';

export const documentQueries = {
  ofChild: (residentId: string) => callQuery('documents.list', { ownerType: 'resident', ownerId: residentId }),
  list: (owner: CallInput<'documents.list'>) => callQuery('documents.list', owner),
  missing: (residentId: string) => callQuery('documents.missing', { residentId }),
  photo: (residentId: string) => callQuery('documents.photo', { residentId }),
  consents: (residentId: string) => callQuery('documents.consents', { residentId }),
  lifeStory: (residentId: string) => callQuery('documents.lifeStory', { residentId }),
  /** The file's bytes: kept only while the viewer is open (gcTime 0), never cached for long. */
  content: (id: string) => ({ ...callQuery('documents.content', { id }), gcTime: 0, staleTime: Infinity }),
};
