import type { CallInput } from '@core/contract/calls';

// The children list's filters and scroll position, kept while the user opens a child and comes
// back (module state: it lasts for the window's life, not across restarts).

export type StatusFilter = 'current' | 'discharged' | 'all';
export type SortKey = 'name' | 'dateOfBirth' | 'admissionDate';

export interface ListFilters {
  query: string;
  status: StatusFilter;
  groupName: string | null;
  sex: '' | 'M' | 'F';
  ageMin: number | '';
  ageMax: number | '';
  disability: '' | 'yes' | 'no';
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const DEFAULT_FILTERS: ListFilters = {
  query: '',
  status: 'current',
  groupName: null,
  sex: '',
  ageMin: '',
  ageMax: '',
  disability: '',
  sort: 'name',
  dir: 'asc',
};

export const listMemory = { filters: DEFAULT_FILTERS, scrollTop: 0 };

/** True when something narrows the list beyond the default "current children". */
export function isFiltered(f: ListFilters): boolean {
  return (
    f.query.trim() !== '' || f.status !== 'current' || !!f.groupName || !!f.sex || f.ageMin !== '' ||
    f.ageMax !== '' || f.disability !== ''
  );
}

/** The `residents.list` input for these filters (without offset and limit). */
export function listQuery(f: ListFilters): Omit<CallInput<'residents.list'>, 'offset' | 'limit'> {
  const q: Omit<CallInput<'residents.list'>, 'offset' | 'limit'> = {
    query: f.query.trim(),
    status: f.status,
    sort: f.sort,
    dir: f.dir,
  };
  if (f.groupName) q.groupName = f.groupName;
  if (f.sex) q.sex = f.sex;
  if (f.ageMin !== '') q.ageMin = f.ageMin;
  if (f.ageMax !== '') q.ageMax = f.ageMax;
  if (f.disability) q.disability = f.disability === 'yes';
  return q;
}
