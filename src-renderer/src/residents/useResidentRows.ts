import { useState } from 'react';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { ResidentListItem } from '@core/residents/schema';
import { PAGE_SIZE, pagesCovering, type ResidentListQuery } from './listState';
import { residentQueries } from './queries';

// Pages of the children list, asked for as the table scrolls to them (one query per page of
// PAGE_SIZE rows). While a new query is on its way the old rows stay on screen, so typing in the
// search box does not make the table flicker.

export interface ResidentRows {
  /** Rows matching the query; null before the first answer. */
  total: number | null;
  rowAt(index: number): ResidentListItem | undefined;
  error: unknown;
  /** Changes whenever the query's first page arrives: the table scrolls back to the top. */
  generation: number;
}

export function useResidentRows(query: ResidentListQuery, visible: { first: number; last: number }): ResidentRows {
  const key = JSON.stringify(query);
  // The first page answers the total; the previous query's stays on screen until it comes.
  const first = useQuery({ ...residentQueries.page(query, 0), placeholderData: keepPreviousData });
  const [shown, setShown] = useState({ key: '', query, generation: 0 });
  if (first.data && !first.isPlaceholderData && shown.key !== key) {
    // Adjusting state while rendering (React's documented pattern): the new query is now shown.
    setShown({ key, query, generation: shown.generation + 1 });
  }
  const total = first.data?.total ?? null;
  const more = pagesCovering(visible.first, visible.last, total ?? 0).filter((p) => p > 0);
  const pages = useQueries({ queries: more.map((p) => residentQueries.page(shown.query, p)) });

  const rowAt = (i: number) => {
    const p = Math.floor(i / PAGE_SIZE);
    const rows = p === 0 ? first.data?.rows : pages[more.indexOf(p)]?.data?.rows;
    return rows?.[i % PAGE_SIZE];
  };
  const error = first.error ?? pages.find((q) => q.error)?.error ?? null;
  return { total, rowAt, error, generation: shown.generation };
}
