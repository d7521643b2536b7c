import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personFields } from '../../src-main/core/person/schema';
import { residentFields } from '../../src-main/core/residents/schema';
import { staffFields } from '../../src-main/core/staff/schema';

// The person fields both registers (and their forms) validate with: one fragment, a child's date
// of birth required, a staff member's optional.

const child = z.object(personFields());
const adult = z.object(personFields({ birthDate: 'optional' }));
const base = { lastName: '  Məmmədov ', firstName: 'Elçin', sex: 'M' };

describe('personFields', () => {
  it('cleans the names and the FIN as documents write them', () => {
    const v = child.parse({ ...base, patronymic: 'Rəşid   oğlu', dateOfBirth: '2012-07-30', fin: ' 5abc12d ' });
    expect(v).toEqual({ lastName: 'Məmmədov', firstName: 'Elçin', patronymic: 'Rəşid oğlu', sex: 'M', dateOfBirth: '2012-07-30', fin: '5ABC12D' });
  });

  it('requires a child’s date of birth and lets a staff member’s be unknown', () => {
    expect(child.safeParse(base).success).toBe(false);
    expect(adult.parse(base).dateOfBirth).toBeNull();
    expect(adult.parse({ ...base, dateOfBirth: '' }).dateOfBirth).toBeNull();
  });

  it('names the field and the rule it breaks', () => {
    const r = child.safeParse({ ...base, firstName: ' ', dateOfBirth: '2012-02-30', fin: 'OOO1111', sex: 'X' });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toEqual({
      firstName: 'validation.required',
      dateOfBirth: 'validation.dateFormat',
      fin: 'validation.finFormat',
      sex: 'validation.choose',
    });
  });

  it('is the one the children’s and the staff registers use', () => {
    expect(Object.keys(residentFields).slice(0, 7)).toEqual(['fin', 'birthCertificate', 'lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth']);
    expect(Object.keys(staffFields).slice(0, 6)).toEqual(['fin', 'lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth']);
    expect(residentFields.sex).toBe(staffFields.sex);
  });
});
