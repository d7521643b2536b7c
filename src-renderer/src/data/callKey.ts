import type { CallInput, CallName } from '@core/contract/calls';

/**
 * A call's cache key: its name split at the dot, then its input — `['residents', 'get', { id }]`.
 * So every call of a domain falls under the domain's prefix (`['residents']`), and every call of
 * one kind under `['residents', 'list']`, for invalidation. Pure.
 */
export function callKey<K extends CallName>(name: K, input: CallInput<K>) {
  return [...(name.split('.') as [string, string]), input] as const;
}
