import { callQuery } from '../data/call';
import { PAGE_SIZE, type ResidentListQuery } from './listState';

// Everything the residents screens read (see data/README.md); the keys are in queryKeys.ts.

export { residentKeys } from './queryKeys';

export const residentQueries = {
  /** One page of the list for these filters. */
  page: (query: ResidentListQuery, page: number) =>
    callQuery('residents.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
  detail: (id: string) => callQuery('residents.get', { id }),
  history: (id: string) => callQuery('residents.history', { id }),
  /** Who opened the record (the read log). */
  reads: (id: string) => callQuery('residents.reads', { id }),
  groups: () => callQuery('residents.groups', {}),
  /** Children by a folded name, FIN or certificate (the pickers and the header search). */
  search: (query: string, limit: number) => callQuery('residents.search', { query, limit }),
};
