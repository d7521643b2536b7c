import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { translate } from '../../../src-main/core/i18n/index';
import { testCtx } from '../../helpers/db';
import { staffInput } from '../../helpers/staff';

type Ctx = Awaited<ReturnType<typeof testCtx>>;

async function create(ctx: Ctx, over: Parameters<typeof staffInput>[0] = {}) {
  const r = await dispatch(ctx, 'staff.create', staffInput(over));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const count = (ctx: Ctx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('staff registry', () => {
  it('creates a staff member with the resident FIN rules, audited', async () => {
    const ctx = await testCtx();
    const s = await create(ctx, { fin: ' 5zk7p2r ' });
    expect(s).toMatchObject({
      fin: '5ZK7P2R', lastName: 'Quliyeva', firstName: 'Səbinə', position: 'caregiver', current: true, version: 1, trainings: [], account: null,
    });
    const log = ctx.conn.sqlite.prepare('SELECT action, entity, entity_id, after FROM audit_log').all() as Array<Record<string, string>>;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: 'staff.create', entity: 'staff', entity_id: s.id });
    expect(JSON.parse(log[0]!.after!)).toMatchObject({ fin: '5ZK7P2R', hiredDate: '2015-09-01', email: 'sabina.quliyeva@mail.az' });

    const badFin = await dispatch(ctx, 'staff.create', staffInput({ fin: 'IO12345' }));
    expect(badFin).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'fin', message: 'validation.finFormat' }] } });
    const taken = await dispatch(ctx, 'staff.create', staffInput({ fin: '5zk7p2r', firstName: 'Nərmin' }));
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'staff.finTaken', params: { fin: '5ZK7P2R' }, fields: [{ path: 'fin', message: 'staff.finTakenField' }] },
    });
    expect(translate('az', 'staff.finTaken', { fin: '5ZK7P2R' })).toBe('FİN 5ZK7P2R artıq başqa əməkdaşın qeydindədir.');
    // No FIN is allowed (and two without one do not clash).
    await create(ctx, { fin: null, firstName: 'Nərmin' });
    await create(ctx, { fin: '', firstName: 'Leyla' });
    expect(count(ctx, 'staff')).toBe(3);
  });

  it('refuses bad fields with translated messages naming them, writing nothing', async () => {
    const ctx = await testCtx();
    const r = await dispatch(ctx, 'staff.create', staffInput({ phone: 'zəng edin', email: 'sabina@', position: 'pilot' as never, lastName: '  ' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields?.map((f) => [f.path, f.message]).sort()).toEqual([
      ['email', 'staff.emailFormat'],
      ['lastName', 'validation.required'],
      ['phone', 'staff.phoneFormat'],
      ['position', 'validation.choose'],
    ]);
    const dates = await dispatch(ctx, 'staff.create', staffInput({ dateOfBirth: '2005-01-01', hiredDate: '2020-01-01', leftDate: '2019-05-01' }));
    expect(dates).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        fields: [
          { path: 'dateOfBirth', message: 'staff.tooYoung', params: { min: 16 } },
          { path: 'leftDate', message: 'staff.leftBeforeHired' },
        ],
      },
    });
    const future = await dispatch(ctx, 'staff.create', staffInput({ hiredDate: '2027-01-01' }));
    expect(future).toMatchObject({ ok: false, error: { fields: [{ path: 'hiredDate', message: 'validation.dateFuture' }] } });
    expect(count(ctx, 'staff')).toBe(0);
    expect(count(ctx, 'audit_log')).toBe(0);
    for (const l of ['az', 'en', 'ru'] as const) expect(translate(l, 'staff.tooYoung', { min: 16 })).toContain('16');
  });

  it('lists with folded prefix search, position and current/former filters, in Azerbaijani order', async () => {
    const ctx = await testCtx();
    await create(ctx, { fin: null, lastName: 'Şükürova', firstName: 'Ülviyyə', position: 'teacher' });
    await create(ctx, { fin: null, lastName: 'Çələbiyev', firstName: 'İlkin', sex: 'M', position: 'psychologist', patronymic: 'Oqtay oğlu' });
    await create(ctx, { fin: null, lastName: 'Zeynalova', firstName: 'Günay', position: 'teacher', leftDate: '2024-06-30' });
    await create(ctx, { fin: null, lastName: 'Abbasova', firstName: 'Nərgiz', position: 'nurse', leftDate: '2027-01-31' });
    await create(ctx);
    const list = async (input: object) => {
      const r = await dispatch(ctx, 'staff.list', input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return { total: r.value.total, names: r.value.rows.map((x) => x.lastName) };
    };
    // Current by default: Zeynalova left; Abbasova leaves next year, so still here. az order: Ç after C, Ş after S.
    expect(await list({})).toEqual({ total: 4, names: ['Abbasova', 'Çələbiyev', 'Quliyeva', 'Şükürova'] });
    expect(await list({ status: 'former' })).toEqual({ total: 1, names: ['Zeynalova'] });
    expect(await list({ status: 'all', position: 'teacher' })).toEqual({ total: 2, names: ['Şükürova', 'Zeynalova'] });
    expect(await list({ query: 'sukurova ulv' })).toEqual({ total: 1, names: ['Şükürova'] });
    expect(await list({ query: 'ILKIN celeb' })).toEqual({ total: 1, names: ['Çələbiyev'] });
    expect(await list({ query: 'oğlu' })).toEqual({ total: 1, names: ['Çələbiyev'] });
    expect(await list({ query: 'xyz' })).toEqual({ total: 0, names: [] });
    expect(await list({ status: 'all', limit: 2, offset: 2 })).toEqual({ total: 5, names: ['Quliyeva', 'Şükürova'] });
    const zey = await dispatch(ctx, 'staff.list', { status: 'all', query: 'zeyn' });
    expect(zey.ok && zey.value.rows[0]).toMatchObject({ current: false, leftDate: '2024-06-30' });

    const s = await dispatch(ctx, 'staff.search', { query: 'gunay' });
    expect(s.ok && s.value.map((x) => x.lastName)).toEqual(['Zeynalova']);
  });

  it('updates with optimistic versions, auditing only the fields that changed', async () => {
    const ctx = await testCtx();
    const s = await create(ctx);
    const u = await dispatch(ctx, 'staff.update', { ...staffInput({ position: 'social_worker', leftDate: '2026-10-31' }), id: s.id, version: 1 });
    expect(u).toMatchObject({ ok: true, value: { version: 2, position: 'social_worker', current: false } });
    const same = await dispatch(ctx, 'staff.update', { ...staffInput({ position: 'social_worker', leftDate: '2026-10-31' }), id: s.id, version: 2 });
    expect(same).toMatchObject({ ok: true, value: { version: 2 } });
    const stale = await dispatch(ctx, 'staff.update', { ...staffInput(), id: s.id, version: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: 'errors.staleVersion' } });
    const missing = await dispatch(ctx, 'staff.update', { ...staffInput(), id: 'nope', version: 1 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: 'staff.notFound' } });
    const h = await dispatch(ctx, 'staff.history', { id: s.id });
    if (!h.ok) throw new Error('history');
    expect(h.value.map((e) => e.action)).toEqual(['staff.update', 'staff.create']);
    expect(h.value[0]!.changes).toEqual([
      { field: 'position', before: 'caregiver', after: 'social_worker' },
      { field: 'leftDate', before: null, after: '2026-10-31' },
    ]);
  });

  it('adds and corrects trainings, shown newest first and in the staff member’s history', async () => {
    const ctx = await testCtx();
    const s = await create(ctx);
    const a = await dispatch(ctx, 'staff.trainingAdd', { staffId: s.id, title: ' İlk  tibbi yardım ', provider: 'Qızıl Aypara', date: '2023-05-10', hours: 8 });
    expect(a).toMatchObject({ ok: true, value: { title: 'İlk tibbi yardım', hours: 8, version: 1, certificateNumber: '' } });
    const b = await dispatch(ctx, 'staff.trainingAdd', { staffId: s.id, title: 'İnklüziv təhsil', date: '2025-02-01', certificateNumber: 'TI-2025/114' });
    expect(b.ok).toBe(true);
    const bad = await dispatch(ctx, 'staff.trainingAdd', { staffId: s.id, title: '', date: '2027-01-01', hours: -1 });
    expect(bad.ok || bad.error.fields?.map((f) => [f.path, f.message])).toEqual([
      ['title', 'validation.required'],
      ['hours', 'staff.hoursRange'],
    ]);
    const future = await dispatch(ctx, 'staff.trainingAdd', { staffId: s.id, title: 'X', date: '2027-01-01' });
    expect(future).toMatchObject({ ok: false, error: { fields: [{ path: 'date', message: 'validation.dateFuture' }] } });
    const nobody = await dispatch(ctx, 'staff.trainingAdd', { staffId: 'nope', title: 'X', date: '2024-01-01' });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'not_found', message: 'staff.notFound' } });
    if (!a.ok) return;
    const fix = await dispatch(ctx, 'staff.trainingUpdate', { id: a.value.id, version: 1, title: 'İlk tibbi yardım', provider: 'Qızıl Aypara', date: '2023-05-10', hours: 16 });
    expect(fix).toMatchObject({ ok: true, value: { hours: 16, version: 2 } });
    const staleFix = await dispatch(ctx, 'staff.trainingUpdate', { id: a.value.id, version: 1, title: 'X', date: '2023-05-10' });
    expect(staleFix).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const page = await dispatch(ctx, 'staff.get', { id: s.id });
    expect(page.ok && page.value.trainings.map((t) => [t.title, t.date, t.hours])).toEqual([
      ['İnklüziv təhsil', '2025-02-01', null],
      ['İlk tibbi yardım', '2023-05-10', 16],
    ]);
    const h = await dispatch(ctx, 'staff.history', { id: s.id });
    if (!h.ok) throw new Error('history');
    expect(h.value.map((e) => e.action)).toEqual(['staff.trainingUpdate', 'staff.trainingAdd', 'staff.trainingAdd', 'staff.create']);
    expect(h.value[0]!.changes).toEqual([{ field: 'hours', before: 8, after: 16 }]);
    expect(count(ctx, 'staff_trainings')).toBe(2);
  });
});
