import type { DefaultOptions } from '@tanstack/query-core';
import { shouldRetry } from './callError';

// How every query and mutation behaves unless a screen says otherwise. Pure (no React).
export const queryDefaults = {
  queries: {
    retry: shouldRetry,
    // A desktop window: focus and network changes are not reasons to reload a screen.
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  },
  mutations: { retry: false },
} satisfies DefaultOptions;
