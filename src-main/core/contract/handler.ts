import type { z } from 'zod';
import type { Ctx } from '../context';
import type { CallFragment } from './define';

// The core side of a domain's calls: the services that answer them. Not isomorphic (handlers
// reach the database), so it lives apart from define.ts, which the renderer imports.

/** The services that answer one domain's calls, typed from its fragment. */
export type HandlersOf<F extends CallFragment> = {
  [K in keyof F]: (ctx: Ctx, input: z.output<F[K]['input']>) => Promise<NonNullable<F[K]['output']>>;
};

/** Every declared call has exactly one handler, and no handler answers an undeclared call. */
export function checkHandlers(calls: object, handlers: object): void {
  const missing = Object.keys(calls).filter((n) => !Object.prototype.hasOwnProperty.call(handlers, n));
  if (missing.length) throw new Error(`calls without a handler: ${missing.join(', ')}`);
  const extra = Object.keys(handlers).filter((n) => !Object.prototype.hasOwnProperty.call(calls, n));
  if (extra.length) throw new Error(`handlers for undeclared calls: ${extra.join(', ')}`);
}
