import type { CallInput } from '../../src-main/core/contract/calls';

/** A valid new-child input; override any field. */
export function childInput(over: Partial<CallInput<'residents.create'>> = {}): CallInput<'residents.create'> {
  return {
    lastName: 'Məmmədov',
    firstName: 'Elçin',
    patronymic: 'Rəşid oğlu',
    sex: 'M',
    dateOfBirth: '2015-03-14',
    admissionDate: '2022-09-01',
    legalStatus: 'parents_deprived',
    groupName: 'Günəş',
    ...over,
  };
}
