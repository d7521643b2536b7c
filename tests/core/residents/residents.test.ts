import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Ctx } from '../../../src-main/core/context';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { translate } from '../../../src-main/core/i18n/index';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

async function create(ctx: Ctx, over: Partial<CallInput<'residents.create'>> = {}) {
  const r = await dispatch(ctx, 'residents.create', childInput(over));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const count = (ctx: Ctx & { conn: { sqlite: { prepare(s: string): { pluck(): { get(): unknown } } } } }, table: string) =>
  ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('residents: create and validation', () => {
  it('creates a child with the FIN stored upper-case and reads it back', async () => {
    const ctx = await testCtx();
    const c = await create(ctx, { fin: ' 5ab7k2m ' });
    expect(c.fin).toBe('5AB7K2M');
    expect(c.version).toBe(1);
    const got = await dispatch(ctx, 'residents.get', { id: c.id });
    expect(got).toEqual({ ok: true, value: c });
  });

  it('accepts a child without documents: no FIN', async () => {
    const ctx = await testCtx();
    const c = await create(ctx, { fin: '' });
    expect(c.fin).toBeNull();
  });

  it.each(['5AB7K2', '5AB7K2MM', '5AB7KIM', '5AB7KOM', '5AB-K2M', 'ŞAB7K2M'])(
    'rejects the FIN %s with a translated message, writing nothing',
    async (fin) => {
      const ctx = await testCtx();
      const r = await dispatch(ctx, 'residents.create', childInput({ fin }));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('invalid');
      expect(r.error.fields).toEqual([{ path: 'fin', message: 'validation.finFormat' }]);
      expect(translate('az', r.error.fields![0]!.message)).toMatch(/FİN 7 simvoldur/);
      expect(count(ctx as never, 'residents')).toBe(0);
      expect(count(ctx as never, 'audit_log')).toBe(0);
    },
  );

  it('refuses a FIN already on another child (conflict on the field)', async () => {
    const ctx = await testCtx();
    await create(ctx, { fin: '5AB7K2M' });
    const r = await dispatch(ctx, 'residents.create', childInput({ fin: '5ab7k2m', firstName: 'Tural' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', fields: [{ path: 'fin', message: 'residents.finTakenField' }] } });
    expect(count(ctx as never, 'residents')).toBe(1);
  });

  it('requires the names and checks dates against today and the admission', async () => {
    const ctx = await testCtx();
    const r1 = await dispatch(ctx, 'residents.create', childInput({ lastName: '  ', firstName: '' }));
    expect(r1.ok ? [] : r1.error.fields!.map((f) => `${f.path}:${f.message}`)).toEqual([
      'lastName:validation.required',
      'firstName:validation.required',
    ]);
    const r2 = await dispatch(ctx, 'residents.create', childInput({ dateOfBirth: '2026-11-27', admissionDate: '2026-11-26' }));
    expect(r2.ok ? null : r2.error.fields).toEqual([{ path: 'dateOfBirth', message: 'validation.dobFuture' }]);
    const r3 = await dispatch(ctx, 'residents.create', childInput({ dateOfBirth: '2020-05-01', admissionDate: '2020-04-30' }));
    expect(r3.ok ? null : r3.error.fields).toEqual([{ path: 'dateOfBirth', message: 'validation.dobAfterAdmission' }]);
    const r4 = await dispatch(ctx, 'residents.create', childInput({ dateOfBirth: '2015-02-30' }));
    expect(r4.ok ? null : r4.error.fields).toEqual([{ path: 'dateOfBirth', message: 'validation.dateFormat' }]);
    expect(count(ctx as never, 'residents')).toBe(0);
  });

  it('rejects unknown fields and wrong types at the boundary', async () => {
    const ctx = await testCtx();
    const r = await dispatch(ctx, 'residents.create', { ...childInput(), sex: 'X', hacked: true } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields!.map((f) => f.path).sort()).toEqual(['', 'sex']);
    expect(count(ctx as never, 'residents')).toBe(0);
  });

  it('asks for confirmation of a possible duplicate: same folded name and birth date', async () => {
    const ctx = await testCtx();
    const first = await create(ctx);
    const r = await dispatch(ctx, 'residents.create', childInput({ lastName: 'MEMMEDOV', firstName: 'elcin', patronymic: 'Resid oglu' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('duplicate');
    expect(r.error.details).toEqual([expect.objectContaining({ id: first.id, reason: 'name_and_birth_date' })]);
    expect(count(ctx as never, 'residents')).toBe(1);
    const ok = await dispatch(ctx, 'residents.create', {
      ...childInput({ lastName: 'MEMMEDOV', firstName: 'elcin', patronymic: 'Resid oglu' }),
      confirmDuplicate: true,
    });
    expect(ok.ok).toBe(true);
    expect(count(ctx as never, 'residents')).toBe(2);
  });

  it('asks for confirmation of a possible duplicate: same birth certificate', async () => {
    const ctx = await testCtx();
    await create(ctx, { birthCertificate: 'AZE 1234567' });
    const r = await dispatch(ctx, 'residents.create', childInput({ firstName: 'Orxan', dateOfBirth: '2014-01-01', birthCertificate: 'aze  1234567' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'duplicate', details: [{ reason: 'birth_certificate' }] } });
  });
});

describe('residents: update', () => {
  it('updates with the version, audits only the changed fields, refuses a stale version', async () => {
    const ctx = await testCtx();
    const c = await create(ctx);
    const { id, version, createdAt: _c, updatedAt: _u, ...fields } = c;
    const r = await dispatch(ctx, 'residents.update', { ...fields, disabilityDiagnosis: '', id, version, room: '12' });
    expect(r).toMatchObject({ ok: true, value: { room: '12', version: 2 } });
    const stale = await dispatch(ctx, 'residents.update', { ...fields, disabilityDiagnosis: '', id, version: 1, room: '14' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: 'errors.staleVersion' } });
    const missing = await dispatch(ctx, 'residents.update', { ...fields, disabilityDiagnosis: '', id: 'nope', version: 1 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('residents: list, sort, filter and search', () => {
  async function seeded() {
    const ctx = await testCtx();
    await create(ctx, { lastName: 'Şükürov', firstName: 'Tural', patronymic: 'Vüqar oğlu', dateOfBirth: '2010-01-05', fin: '1AB2C3D' });
    await create(ctx, { lastName: 'Səfərova', firstName: 'Şəbnəm', patronymic: 'Elxan qızı', sex: 'F', dateOfBirth: '2016-06-01', groupName: 'Ulduz', disability: true, disabilityDegree: 'II', disabilityDiagnosis: 'F84' });
    await create(ctx, { lastName: 'İsmayılov', firstName: 'Çingiz', patronymic: 'Ramil oğlu', dateOfBirth: '2012-09-09', birthCertificate: 'AZE 7654321' });
    await create(ctx, { lastName: 'Ağayev', firstName: 'Nicat', patronymic: 'Fuad oğlu', dateOfBirth: '2019-12-31', admissionDate: '2023-01-10' });
    await create(ctx, { lastName: 'Məmmədov', firstName: 'Elçin', patronymic: 'Rəşid oğlu', status: 'discharged' });
    await create(ctx, { lastName: 'Cəfərov', firstName: 'Emin', patronymic: 'Anar oğlu', status: 'day_attendee' });
    return ctx;
  }

  it('lists current children by default, in Azerbaijani order', async () => {
    const ctx = await seeded();
    const r = await dispatch(ctx, 'residents.list', {});
    if (!r.ok) throw new Error();
    expect(r.value.total).toBe(5);
    expect(r.value.rows.map((x) => x.lastName)).toEqual(['Ağayev', 'Cəfərov', 'İsmayılov', 'Səfərova', 'Şükürov']);
    const all = await dispatch(ctx, 'residents.list', { status: 'all', sort: 'name', dir: 'desc' });
    expect(all.ok && all.value.rows.map((x) => x.lastName)).toEqual(['Şükürov', 'Səfərova', 'Məmmədov', 'İsmayılov', 'Cəfərov', 'Ağayev']);
    const former = await dispatch(ctx, 'residents.list', { status: 'discharged' });
    expect(former.ok && former.value.rows.map((x) => x.lastName)).toEqual(['Məmmədov']);
  });

  it('sorts by date of birth and admission date, and pages', async () => {
    const ctx = await seeded();
    const byDob = await dispatch(ctx, 'residents.list', { sort: 'dateOfBirth', limit: 2, offset: 1 });
    expect(byDob.ok && byDob.value).toMatchObject({ total: 5 });
    expect(byDob.ok && byDob.value.rows.map((x) => x.dateOfBirth)).toEqual(['2012-09-09', '2015-03-14']);
    const byAdm = await dispatch(ctx, 'residents.list', { sort: 'admissionDate', dir: 'desc', limit: 1 });
    expect(byAdm.ok && byAdm.value.rows[0]!.lastName).toBe('Ağayev');
  });

  it('filters by group, sex, age range and disability', async () => {
    const ctx = await seeded(); // today is 2026-11-26
    const names = async (f: object) => {
      const r = await dispatch(ctx, 'residents.list', f);
      return r.ok ? r.value.rows.map((x) => x.lastName) : r.error;
    };
    expect(await names({ groupName: 'Ulduz' })).toEqual(['Səfərova']);
    expect(await names({ sex: 'F' })).toEqual(['Səfərova']);
    expect(await names({ disability: true })).toEqual(['Səfərova']);
    expect(await names({ ageMin: 14 })).toEqual(['İsmayılov', 'Şükürov']); // 14 and 16
    expect(await names({ ageMax: 6 })).toEqual(['Ağayev']); // 6
    expect(await names({ ageMin: 10, ageMax: 14 })).toEqual(['Cəfərov', 'İsmayılov', 'Səfərova']);
  });

  it.each([
    ['memmedov', 'Məmmədov'],
    ['ismayilov', 'İsmayılov'],
    ['ISMAYILOV', 'İsmayılov'],
    ['sebnem', 'Səfərova'],
    ['agayev', 'Ağayev'],
    ['cingiz', 'İsmayılov'],
    ['Şəbnəm', 'Səfərova'],
    ['ŞÜKÜROV', 'Şükürov'],
    ['1ab2c3d', 'Şükürov'],
    ['aze7654321', 'İsmayılov'],
    ['vuqar oglu', 'Şükürov'],
    ['çin ism', 'İsmayılov'],
  ])('search %s finds %s', async (q, expected) => {
    const ctx = await seeded();
    const r = await dispatch(ctx, 'residents.search', { query: q });
    expect(r.ok && r.value[0]?.lastName).toBe(expected);
  });

  it('search ranks a whole surname above a prefix, and the list search filters as you type', async () => {
    const ctx = await seeded();
    await create(ctx, { lastName: 'Elçinova', firstName: 'Aynur', sex: 'F', patronymic: 'Rauf qızı', dateOfBirth: '2013-02-02' });
    const r = await dispatch(ctx, 'residents.search', { query: 'elcin' });
    expect(r.ok && r.value.map((x) => x.lastName)).toEqual(['Məmmədov', 'Elçinova']);
    const current = await dispatch(ctx, 'residents.list', { query: 'el' });
    expect(current.ok && current.value.rows.map((x) => x.lastName)).toEqual(['Elçinova', 'Səfərova']);
  });

  it('hides the diagnosis from roles without medical access, and keeps it when they save', async () => {
    const director = await seeded();
    const list = await dispatch(director, 'residents.list', { disability: true });
    const id = list.ok ? list.value.rows[0]!.id : '';
    const caregiver = { ...director, actor: { ...director.actor, role: 'social_worker' as const } };
    const seen = await dispatch(caregiver, 'residents.get', { id });
    if (!seen.ok) throw new Error();
    expect(seen.value.disabilityDiagnosis).toBeNull();
    const { createdAt: _c, updatedAt: _u, ...fields } = seen.value;
    const saved = await dispatch(caregiver, 'residents.update', { ...fields, disabilityDiagnosis: '', room: '7' });
    expect(saved.ok).toBe(true);
    const again = await dispatch(director, 'residents.get', { id });
    expect(again.ok && again.value.disabilityDiagnosis).toBe('F84');
  });
});
