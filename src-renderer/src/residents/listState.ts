import type { CallInput } from '@core/contract/calls';

// The children list's filters and scroll position, kept while the user opens a child and comes
// back (module state: it lasts for the window's life, not across restarts).

/** Rows asked for at once as the children table scrolls. */
export const PAGE_SIZE = 200;

/** The `residents.list` input for a set of filters, without the page (offset and limit). */
export type ResidentListQuery = Omit<CallInput<'residents.list'>, 'offset' | 'limit'>;

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
  /** Only the children whose file lacks a required document (roles with documents.read). */
  documentsMissing: boolean;
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
  documentsMissing: false,
  sort: 'name',
  dir: 'asc',
};

export const listMemory = { filters: DEFAULT_FILTERS, scrollTop: 0 };

/** True when something narrows the list beyond the default "current children". */
export function isFiltered(f: ListFilters): boolean {
  return (
    f.query.trim() !== '' || f.status !== 'current' || !!f.groupName || !!f.sex || f.ageMin !== '' ||
    f.ageMax !== '' || f.disability !== '' || f.documentsMissing
  );
}

/** The `residents.list` input for these filters (without offset and limit). */
export function listQuery(f: ListFilters): ResidentListQuery {
  const q: ResidentListQuery = {
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
  if (f.documentsMissing) q.documentsMissing = true;
  return q;
}

/** The pages holding rows first..last (inclusive), within a list of `total` rows. Pure. */
export function pagesCovering(first: number, last: number, total: number, pageSize = PAGE_SIZE): number[] {
  if (total <= 0) return [];
  const end = Math.min(Math.max(last, first), total - 1);
  const out: number[] = [];
  for (let p = Math.floor(Math.max(0, first) / pageSize); p <= Math.floor(end / pageSize); p++) out.push(p);
  return out;
}
