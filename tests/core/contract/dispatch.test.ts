import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { contract } from '../../../src-main/core/contract/calls';
import { handlers } from '../../../src-main/core/contract/handlers';
import { translate } from '../../../src-main/core/i18n/index';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

describe('dispatcher', () => {
  it('has exactly one handler per contract call', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses a call the role lacks before looking at the input, and writes nothing', async () => {
    const ctx = await testCtx({ role: 'caregiver' });
    const r = await dispatch(ctx, 'residents.create', { garbage: true });
    expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: 'errors.forbidden', params: { permission: 'residents.write' } } });
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM residents').pluck().get()).toBe(0);
  });

  it('answers unknown calls and bad input with codes, never throwing', async () => {
    const ctx = await testCtx();
    expect(await dispatch(ctx, 'residents.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(await dispatch(ctx, 'residents.get', null)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await dispatch(ctx, 'residents.get', { id: 'none' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('app.info tells the renderer who is acting and what they may do', async () => {
    const ctx = await testCtx({ role: 'medical' });
    const r = await dispatch(ctx, 'app.info', {});
    expect(r).toMatchObject({ ok: true, value: { actor: { role: 'medical' }, today: '2026-11-26' } });
    expect(r.ok && r.value.permissions).toContain('residents.medical');
    expect(r.ok && r.value.permissions).not.toContain('residents.write');
  });

  it('a created child answers in every locale', async () => {
    const ctx = await testCtx();
    await dispatch(ctx, 'residents.create', childInput());
    const dup = await dispatch(ctx, 'residents.create', childInput());
    expect(dup.ok).toBe(false);
    if (dup.ok) return;
    expect(translate('az', dup.error.message, dup.error.params)).toContain('1 oxşar qeyd');
    expect(translate('en', dup.error.message, dup.error.params)).toContain('1 similar');
    expect(translate('ru', dup.error.message, dup.error.params)).toContain('похожих записей: 1');
  });
});
