// The parts of ui/DataTable that are plain logic: the sort a header click asks for, and the row a
// key moves to. Pure.

export type SortDir = 'asc' | 'desc';
export interface SortState<S extends string> {
  key: S;
  dir: SortDir;
}

/** A click on a column's header: the same column turns around, another one starts ascending. */
export function toggleSort<S extends string>(current: SortState<S>, key: S): SortState<S> {
  return { key, dir: current.key === key && current.dir === 'asc' ? 'desc' : 'asc' };
}

/** What `aria-sort` says for a column. */
export function ariaSort<S extends string>(current: SortState<S> | undefined, key: S): 'ascending' | 'descending' | 'none' {
  if (!current || current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}

/**
 * The row a key moves to from `current` (null: no row has the focus yet) in a table of `count`
 * rows, `page` rows to a screen; null when the key does not move (or there are no rows).
 */
export function nextRowIndex(key: string, current: number | null, count: number, page: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const at = current ?? -1;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(at + 1);
    case 'ArrowUp':
      return current === null ? 0 : clamp(at - 1);
    case 'PageDown':
      return clamp(at + Math.max(1, page));
    case 'PageUp':
      return clamp(at - Math.max(1, page));
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** Tables longer than this render only the rows in view (plus a margin). */
export const VIRTUALIZE_ABOVE = 300;
