import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { translate } from '../../src-main/core/i18n/index';
import { emptyStaffValues, staffInput, validateStaff, valuesFromStaff, type StaffFormValues } from '../../src-renderer/src/staff/staffFormModel';
import { emptyTrainingValues, trainingInput, validateTraining } from '../../src-renderer/src/staff/trainingModel';
import { decodeIssue } from '../../src-renderer/src/ui/fieldIssues';
import { testCtx } from '../helpers/db';

// The staff and training forms validate with the core's own schemas and date rules: what the form
// accepts the core stores, and what it refuses it refuses with the core's message keys.

const TODAY = '2026-11-26';
const keys = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, decodeIssue(v).key]));
const filled = (over: Partial<StaffFormValues> = {}): StaffFormValues => ({
  ...emptyStaffValues(TODAY),
  lastName: 'Quliyeva',
  firstName: 'Səbinə',
  patronymic: 'Arif qızı',
  sex: 'F',
  dateOfBirth: '1985-04-12',
  position: 'caregiver',
  hiredDate: '2015-09-01',
  ...over,
});

describe('staff form model', () => {
  it('an empty form: names required, sex and position to choose; hired today by default', () => {
    const v = emptyStaffValues(TODAY);
    expect(v.hiredDate).toBe(TODAY);
    expect(keys(validateStaff(v, TODAY))).toEqual({
      lastName: 'validation.required',
      firstName: 'validation.required',
      sex: 'validation.choose',
      position: 'validation.choose',
    });
  });

  it('speaks the staff rules with their own keys: phone, e-mail, FIN, dates', () => {
    const errors = keys(
      validateStaff(filled({ phone: 'zəng edin', email: 'ad@', fin: 'AB1O234', leftDate: '2010-01-01', dateOfBirth: '2005-01-01' }), TODAY),
    );
    expect(errors).toEqual({
      phone: 'staff.phoneFormat',
      email: 'staff.emailFormat',
      fin: 'validation.finFormat',
      leftDate: 'staff.leftBeforeHired',
      dateOfBirth: 'staff.tooYoung',
    });
    // Each key has words in every language (no raw key shown to anyone).
    for (const k of Object.values(errors)) for (const l of ['az', 'en', 'ru'] as const) expect(translate(l, k, { min: 16 })).not.toBe(k);
    expect(keys(validateStaff(filled({ hiredDate: '' }), TODAY))).toEqual({ hiredDate: 'validation.required' });
    expect(keys(validateStaff(filled({ hiredDate: '31.02.2020' }), TODAY))).toEqual({ hiredDate: 'validation.dateFormat' });
    expect(keys(validateStaff(filled({ hiredDate: '2027-01-01' }), TODAY))).toEqual({ hiredDate: 'validation.dateFuture' });
  });

  it('what the form accepts the core stores, and it loads back into the same values', async () => {
    const ctx = await testCtx();
    const v = filled({ fin: '5ZK7P2R', education: 'master', phone: '+994 50 123 45 67', email: 'sabina@mail.az', department: 'Günəş qrupu' });
    expect(validateStaff(v, TODAY)).toEqual({});
    const r = await dispatch(ctx, 'staff.create', staffInput(v));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(valuesFromStaff(r.value)).toEqual(v);
    // Empty optional choices and dates go as null, not as ''.
    const input = staffInput(filled());
    expect([input.education, input.leftDate]).toEqual([null, null]);
  });
});

describe('training form model', () => {
  it('requires a title and a date, refuses a future date and impossible hours; the core takes the rest', async () => {
    expect(keys(validateTraining(emptyTrainingValues(), TODAY))).toEqual({ title: 'validation.required', date: 'validation.required' });
    const v = { ...emptyTrainingValues(), title: 'Travma almış uşaqlarla iş', date: '2027-01-05', hours: 0 as const };
    expect(keys(validateTraining(v, TODAY))).toEqual({ date: 'validation.dateFuture', hours: 'staff.hoursRange' });

    const ctx = await testCtx();
    const staff = await dispatch(ctx, 'staff.create', staffInput(filled()));
    if (!staff.ok) throw new Error('staff');
    const ok = { ...v, date: '2025-03-15', hours: 24 as const };
    expect(validateTraining(ok, TODAY)).toEqual({});
    const r = await dispatch(ctx, 'staff.trainingAdd', { staffId: staff.value.id, ...trainingInput(ok) });
    expect(r.ok && [r.value.title, r.value.hours]).toEqual(['Travma almış uşaqlarla iş', 24]);
    expect(trainingInput({ ...ok, hours: '' }).hours).toBeNull();
  });
});
