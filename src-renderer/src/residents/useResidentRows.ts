import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { CallError } from '@core/contract/errors';
import type { CallInput } from '@core/contract/calls';
import type { ResidentListItem } from '@core/residents/schema';
import { api } from '../api';

// Pages of the children list, fetched as the table scrolls to them. While a new query is on its
// way the old rows stay on screen, so typing in the search box does not make the table flicker.

export const PAGE_SIZE = 200;
type Query = Omit<CallInput<'residents.list'>, 'offset' | 'limit'>;

export interface ResidentRows {
  /** Rows matching the query; null before the first answer. */
  total: number | null;
  rowAt(index: number): ResidentListItem | undefined;
  /** Asks for the pages covering rows start..end (inclusive). */
  ensureRange(start: number, end: number): void;
  error: CallError | null;
  /** Changes whenever the query's first page arrives: the table scrolls back to the top. */
  generation: number;
}

export function useResidentRows(query: Query): ResidentRows {
  const key = JSON.stringify(query);
  const pages = useRef(new Map<number, ResidentListItem[]>());
  const pending = useRef(new Set<number>());
  const currentKey = useRef(key);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [generation, setGeneration] = useState(0);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const fetchPage = useCallback(
    (page: number, forKey: string, fresh: boolean) => {
      if (!fresh && (pages.current.has(page) || pending.current.has(page))) return;
      if (!fresh) pending.current.add(page);
      const q = JSON.parse(forKey) as Query;
      void api()
        .call('residents.list', { ...q, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        .then((r) => {
          if (forKey !== currentKey.current) return; // an answer to a query no longer shown
          if (!fresh) pending.current.delete(page);
          if (!r.ok) {
            setError(r.error);
            return;
          }
          setError(null);
          if (fresh) {
            pages.current = new Map([[page, r.value.rows]]);
            pending.current = new Set();
            setGeneration((g) => g + 1);
          } else pages.current.set(page, r.value.rows);
          setTotal(r.value.total);
          rerender();
        });
    },
    [],
  );

  useEffect(() => {
    currentKey.current = key;
    fetchPage(0, key, true);
  }, [key, fetchPage]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) {
        fetchPage(p, currentKey.current, false);
      }
    },
    [fetchPage],
  );

  const rowAt = (i: number) => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];
  return { total, rowAt, ensureRange, error, generation };
}
