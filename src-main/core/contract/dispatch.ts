import type { z } from 'zod';
import type { Ctx } from '../context';
import { contract, isCallName, type CallName, type CallOutput } from './calls';
import { handlers } from './handlers';
import { AppError, type CallError, type FieldIssue, type Result } from './errors';
import { PUBLIC, roleCan, type Permission } from './permissions';
import { gateSession } from '../auth/session';
import { writeTx } from '../db/write';
import { issueMessage } from '../i18n/issues';
import { supportLog } from '../log/log';

const I18N_KEY = /^[a-z][A-Za-z]*(\.[A-Za-z_]+)+$/;

/** Zod issues → field issues whose messages are i18n keys. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    // Our schemas give i18n keys as messages ("validation.required", "staff.emailFormat"); zod's
    // own English sentences get a generic key by issue code.
    const message = I18N_KEY.test(i.message) ? i.message : issueMessage(i.code);
    const params: Record<string, string | number> = {};
    if ('maximum' in i && typeof i.maximum === 'number') params.max = i.maximum;
    if ('minimum' in i && typeof i.minimum === 'number') params.min = i.minimum;
    if (i.code === 'unrecognized_keys') params.keys = i.keys.join(', ');
    return Object.keys(params).length ? { path, message, params } : { path, message };
  });
}

/**
 * The one way into the core: the session (signed in, not locked) and the permission first, then
 * the input, then the service. Public calls (set-up, sign-in, app info) skip the first two.
 * Never throws; every failure is a Result with a code and a translatable message.
 */
export async function dispatch<K extends CallName>(ctx: Ctx, name: K, raw: unknown): Promise<Result<CallOutput<K>>>;
export async function dispatch(ctx: Ctx, name: string, raw: unknown): Promise<Result<unknown>>;
export async function dispatch(ctx: Ctx, name: string, raw: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail({ code: 'unknown_call', message: 'errors.unknownCall', params: { name } });
  const def = contract[name];
  try {
    if (def.permission !== PUBLIC) {
      const gate = await gateSession(ctx, name);
      if ('error' in gate) return fail(gate.error);
      ctx = gate.ctx;
      if (!roleCan(ctx.actor.role, def.permission)) {
        await recordDenied(ctx, name, def.permission);
        return fail({ code: 'forbidden', message: 'errors.forbidden', params: { permission: def.permission } });
      }
    }
    const parsed = def.input.safeParse(raw ?? {});
    if (!parsed.success) return fail({ code: 'invalid', message: 'errors.invalid', fields: zodIssues(parsed.error) });
    const handler = handlers[name] as (ctx: Ctx, input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (e) {
    if (e instanceof AppError) return fail(e.toCallError());
    supportLog.error(name, e);
    return fail({ code: 'internal', message: 'errors.internal' });
  }
}

/**
 * A refused call is logged (nothing else is written): the screens never offer what a role may not
 * do, so a refusal means a tampered client or a script, and the director should be able to see it.
 */
async function recordDenied(ctx: Ctx, name: string, permission: Permission): Promise<void> {
  try {
    await writeTx(ctx, (_trx, audit) => audit({ action: 'access.denied', entity: 'call', entityId: name, after: { permission } }));
  } catch (e) {
    supportLog.error('access.denied.unrecorded', e, { call: name });
  }
}

function fail(error: CallError): Result<never> {
  return { ok: false, error };
}
