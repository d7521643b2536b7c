import { z } from 'zod';
import type { CallPermission } from './permissions';

// The pieces a domain declares its calls with. Isomorphic (no Node imports): the renderer derives
// its types from the merged contract, so a domain's calls.ts must stay free of Node imports too.

export interface CallDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** The permission the caller's role needs, or 'public' for the few calls made before sign-in. */
  permission: CallPermission;
  /** Phantom: carries the output type only. */
  output?: O;
}

/** `call<Output>()(inputSchema, permission)`: the output is named, the input inferred. */
export function call<O>() {
  return <I extends z.ZodType>(input: I, permission: CallPermission): CallDef<I, O> => ({ input, permission });
}

/** The input of calls that take none: `{}` and nothing else. */
export const Empty = z.object({}).strict();

/** One domain's calls: `'<domain>.<verb>'` → definition. */
export type CallFragment = Record<string, CallDef>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Merged<T extends readonly object[]> = { [K in keyof UnionToIntersection<T[number]>]: UnionToIntersection<T[number]>[K] };

/**
 * Merges the domains' fragments into one map. A name declared by two fragments is refused at
 * start (the second would silently replace the first).
 */
export function mergeFragments<T extends readonly object[]>(what: string, fragments: T): Merged<T> {
  const out: Record<string, unknown> = {};
  for (const fragment of fragments) {
    for (const [name, value] of Object.entries(fragment)) {
      if (Object.prototype.hasOwnProperty.call(out, name)) throw new Error(`${what} "${name}" is declared twice`);
      out[name] = value;
    }
  }
  return out as Merged<T>;
}
