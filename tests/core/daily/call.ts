import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../src-main/core/contract/calls';
import type { Ctx } from '../../../src-main/core/context';

/** A call through the dispatcher that must succeed: its value, or the refusal as the test's error. */
export async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}
