import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Ctx } from '../../../src-main/core/context';
import type { CallInput, CallName, CallOutput } from '../../../src-main/core/contract/calls';
import { actor, testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { tinyPdf } from '../../helpers/documents';

// The children list's "documents missing" filter: the same children as the dashboard's
// documents_missing signal, combined with the list's other filters; only for documents.read.

async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('children list: documents missing', () => {
  it('lists the children whose file lacks a required document, as the dashboard counts them', async () => {
    const ctx = await testCtx();
    const full = await ok(ctx, 'residents.create', childInput({ fin: '' }));
    const lacking = await ok(ctx, 'residents.create', childInput({ lastName: 'Əliyeva', firstName: 'Aygün', sex: 'F', fin: '', confirmDuplicate: true }));
    const girl2 = await ok(ctx, 'residents.create', childInput({ lastName: 'Quliyeva', firstName: 'Nərgiz', sex: 'F', fin: '', confirmDuplicate: true }));
    let n = 0;
    for (const docType of ['admission_decision', 'birth_certificate', 'medical'] as const) {
      await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: full.id, docType, dataBase64: tinyPdf(`d${n++}`).toString('base64') });
    }
    await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: lacking.id, docType: 'birth_certificate', dataBase64: tinyPdf('x').toString('base64') });
    const page = await ok(ctx, 'residents.list', { documentsMissing: true });
    expect(page.rows.map((r) => r.id).sort()).toEqual([lacking.id, girl2.id].sort());
    expect(page.total).toBe(2);
    const dash = await ok(ctx, 'dashboard.get', {});
    const signal = dash.signals.find((s: { kind: string }) => s.kind === 'documents_missing') as { count: number } | undefined;
    expect(signal?.count).toBe(2);
    // With the other filters: the girls lacking a document, without the filter: everyone.
    expect((await ok(ctx, 'residents.list', { documentsMissing: true, sex: 'F', query: 'Quliyeva' })).rows.map((r) => r.id)).toEqual([girl2.id]);
    expect((await ok(ctx, 'residents.list', {})).total).toBe(3);
    // A caregiver reads the register, not who lacks which document.
    const caregiver = { ...ctx, actor: actor('caregiver') };
    expect(await dispatch(caregiver, 'residents.list', { documentsMissing: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await dispatch(caregiver, 'residents.list', {})).ok).toBe(true);
  });
});
