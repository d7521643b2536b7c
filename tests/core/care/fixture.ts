import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Ctx } from '../../../src-main/core/context';
import type { CallInput, CallName, CallOutput } from '../../../src-main/core/contract/calls';

/** A call that must succeed. */
export async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A call that must fail: its error. */
export async function refused<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>) {
  const r = await dispatch(ctx, name, input);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r.error;
}

export function referralInput(over: Partial<CallInput<'care.referralCreate'>> = {}): CallInput<'care.referralCreate'> {
  return {
    lastName: 'Hüseynova',
    firstName: 'Nərmin',
    patronymic: 'Elşən qızı',
    sex: 'F',
    dateOfBirth: '2016-05-10',
    referredOn: '2026-11-02',
    referrer: 'commission',
    reasons: ['poverty', 'parent_illness'],
    riskLevel: 'medium',
    consent: true,
    ...over,
  };
}

export const admission = (over: Partial<CallInput<'care.admit'>> = {}): CallInput<'care.admit'> => ({
  admittedOn: '2026-11-10',
  admissionType: 'new',
  decidingBody: 'commission',
  decisionNumber: 'K-112',
  decisionDate: '2026-11-09',
  groupName: 'Günəş',
  ...over,
});

export const discharge = (residentId: string, over: Partial<CallInput<'care.exit'>> = {}): CallInput<'care.exit'> => ({
  residentId,
  exitedOn: '2026-11-20',
  destination: 'biological_family',
  exitReason: 'family_ready',
  decidingBody: 'guardianship',
  decisionNumber: 'Q-45',
  decisionDate: '2026-11-19',
  ...over,
});

/** A referred, assessed and admitted child (clock 2026-11-26). */
export async function admittedChild(ctx: Ctx, over: Partial<CallInput<'care.admit'>> = {}) {
  const ref = await ok(ctx, 'care.referralCreate', referralInput());
  await ok(ctx, 'care.assess', { referralId: ref.id, assessedOn: '2026-11-05', assessedBy: 'Səbinə İsmayılova', recommendation: 'admit_resident', needs: { family: 'Ana xəstədir' } });
  const a = await ok(ctx, 'care.admit', admission({ referralId: ref.id, ...over }));
  return { referralId: ref.id, residentId: a.residentId, admissionId: a.episode.id };
}
