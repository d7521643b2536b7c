import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { translate } from '../../src-main/core/i18n/index';
import {
  emptyResidentValues,
  residentInput,
  validateResident,
  valuesFromResident,
  type ResidentFormValues,
} from '../../src-renderer/src/residents/formModel';
import { decodeIssue } from '../../src-renderer/src/ui/fieldIssues';
import { testCtx } from '../helpers/db';

// The resident form's model: it validates with the core's own schema and date rules, so what the
// form accepts the core accepts, and what it refuses it refuses with the same message keys.

const TODAY = '2026-11-26';
const filled = (over: Partial<ResidentFormValues> = {}): ResidentFormValues => ({
  ...emptyResidentValues(TODAY),
  lastName: 'Məmmədov',
  firstName: 'Elçin',
  patronymic: 'Rəşid oğlu',
  sex: 'M',
  dateOfBirth: '2015-03-14',
  legalStatus: 'parents_deprived',
  admissionDate: '2022-09-01',
  ...over,
});
const keys = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, decodeIssue(v).key]));

describe('resident form model', () => {
  it('an empty form: names and dates required, choices to be made; admission defaults to today', () => {
    const v = emptyResidentValues(TODAY);
    expect(v.admissionDate).toBe(TODAY);
    expect(keys(validateResident(v, TODAY))).toEqual({
      lastName: 'validation.required',
      firstName: 'validation.required',
      sex: 'validation.choose',
      legalStatus: 'validation.choose',
      dateOfBirth: 'validation.required',
    });
  });

  it('a complete form has no errors, and the core registers exactly what it sends', async () => {
    expect(validateResident(filled(), TODAY)).toEqual({});
    const ctx = await testCtx({ now: `${TODAY}T10:00:00Z` });
    const r = await dispatch(ctx, 'residents.create', residentInput(filled({ fin: 'aa12bc3', groupName: ' Günəş ' })));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.fin, r.value.groupName, r.value.legalStatus]).toEqual(['AA12BC3', 'Günəş', 'parents_deprived']);
    // And the edit form starts from the saved record.
    expect(valuesFromResident(r.value)).toMatchObject({ fin: 'AA12BC3', admissionDecisionDate: '', disabilityDegree: '' });
  });

  it('the same messages as the core: FIN with O, dates in the future, birth after admission, typing errors', () => {
    expect(keys(validateResident(filled({ fin: 'AB1O234' }), TODAY))).toEqual({ fin: 'validation.finFormat' });
    expect(keys(validateResident(filled({ dateOfBirth: '2031-03-14' }), TODAY))).toEqual({ dateOfBirth: 'validation.dobFuture' });
    expect(keys(validateResident(filled({ dateOfBirth: '2023-01-01' }), TODAY))).toEqual({
      dateOfBirth: 'validation.dobAfterAdmission',
    });
    expect(keys(validateResident(filled({ admissionDecisionDate: '2027-01-01' }), TODAY))).toEqual({
      admissionDecisionDate: 'validation.dateFuture',
    });
    // Half-typed dates: "enter a valid date", and no comparison made with them.
    expect(keys(validateResident(filled({ admissionDate: '01.09.20' }), TODAY))).toEqual({ admissionDate: 'validation.dateFormat' });
    expect(translate('az', 'validation.finFormat')).toContain('I və O');
  });

  it('keeps the limits as parameters for the message', () => {
    const e = validateResident(filled({ lastName: 'Ə'.repeat(81) }), TODAY);
    expect(decodeIssue(e.lastName!)).toEqual({ key: 'validation.tooLong', params: { max: 80 } });
    expect(translate('az', 'validation.tooLong', { max: 80 })).toBe('Çox uzundur (ən çoxu 80 simvol).');
  });

  it('without a disability, degree and diagnosis are not sent; an empty decision date is none', () => {
    const input = residentInput(filled({ disability: false, disabilityDegree: 'II', disabilityDiagnosis: 'x' }));
    expect([input.disabilityDegree, input.disabilityDiagnosis, input.admissionDecisionDate]).toEqual([null, '', null]);
    const withIt = residentInput(filled({ disability: true, disabilityDegree: 'II', disabilityDiagnosis: 'x' }));
    expect([withIt.disabilityDegree, withIt.disabilityDiagnosis]).toEqual(['II', 'x']);
  });
});
