import type { CallInput } from '../../src-main/core/contract/calls';

/** A valid new staff member; override any field. */
export function staffInput(over: Partial<CallInput<'staff.create'>> = {}): CallInput<'staff.create'> {
  return {
    fin: '5ZK7P2R',
    lastName: 'Quliyeva',
    firstName: 'Səbinə',
    patronymic: 'Arif qızı',
    sex: 'F',
    dateOfBirth: '1985-04-12',
    position: 'caregiver',
    department: 'Günəş qrupu',
    employmentType: 'full_time',
    hiredDate: '2015-09-01',
    education: 'bachelor',
    qualification: 'Məktəbəqədər təhsil',
    phone: '+994 50 123 45 67',
    email: 'sabina.quliyeva@mail.az',
    ...over,
  };
}
