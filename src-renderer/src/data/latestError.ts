// A panel with several actions shows one refusal: that of the action tried last (an older
// action's error is stale once another one was tried). Pure.

export interface MutationAttempt {
  error: unknown;
  /** react-query's `submittedAt` (0 before the first try). */
  submittedAt: number;
}

export function latestError(...attempts: MutationAttempt[]): unknown {
  let last: MutationAttempt | undefined;
  for (const a of attempts) if (a.submittedAt > 0 && (!last || a.submittedAt >= last.submittedAt)) last = a;
  return last?.error ?? null;
}
