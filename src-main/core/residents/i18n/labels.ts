import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum or each field, written out so that no key is built at run time
// (the keys test and the typed t() see every one).

export const SEX_LABEL = {
  M: 'residents.enums.sex.M',
  F: 'residents.enums.sex.F',
} as const satisfies Record<string, MessageKey>;

export const LEGAL_STATUS_LABEL = {
  orphan: 'residents.enums.legalStatus.orphan',
  parents_deprived: 'residents.enums.legalStatus.parents_deprived',
  parents_unknown: 'residents.enums.legalStatus.parents_unknown',
  parents_unable: 'residents.enums.legalStatus.parents_unable',
  parents_request_poverty: 'residents.enums.legalStatus.parents_request_poverty',
  other: 'residents.enums.legalStatus.other',
} as const satisfies Record<string, MessageKey>;

export const RESIDENT_STATUS_LABEL = {
  resident: 'residents.enums.status.resident',
  day_attendee: 'residents.enums.status.day_attendee',
  discharged: 'residents.enums.status.discharged',
} as const satisfies Record<string, MessageKey>;

export const ADMISSION_BASIS_LABEL = {
  commission: 'residents.enums.admissionBasis.commission',
  court: 'residents.enums.admissionBasis.court',
  parents_request: 'residents.enums.admissionBasis.parents_request',
  other: 'residents.enums.admissionBasis.other',
} as const satisfies Record<string, MessageKey>;

export const DISABILITY_DEGREE_LABEL = {
  I: 'residents.enums.disabilityDegree.I',
  II: 'residents.enums.disabilityDegree.II',
  III: 'residents.enums.disabilityDegree.III',
  IV: 'residents.enums.disabilityDegree.IV',
} as const satisfies Record<string, MessageKey>;

export const RESIDENT_FIELD_LABEL = {
  lastName: 'residents.form.fields.lastName',
  firstName: 'residents.form.fields.firstName',
  patronymic: 'residents.form.fields.patronymic',
  sex: 'residents.form.fields.sex',
  dateOfBirth: 'residents.form.fields.dateOfBirth',
  placeOfBirth: 'residents.form.fields.placeOfBirth',
  citizenship: 'residents.form.fields.citizenship',
  fin: 'residents.form.fields.fin',
  birthCertificate: 'residents.form.fields.birthCertificate',
  legalStatus: 'residents.form.fields.legalStatus',
  disability: 'residents.form.fields.disability',
  disabilityDegree: 'residents.form.fields.disabilityDegree',
  disabilityDiagnosis: 'residents.form.fields.disabilityDiagnosis',
  status: 'residents.form.fields.status',
  groupName: 'residents.form.fields.groupName',
  room: 'residents.form.fields.room',
  keyWorker: 'residents.form.fields.keyWorker',
  admissionDate: 'residents.form.fields.admissionDate',
  admissionBasis: 'residents.form.fields.admissionBasis',
  admissionDecisionNumber: 'residents.form.fields.admissionDecisionNumber',
  admissionDecisionDate: 'residents.form.fields.admissionDecisionDate',
  admissionAuthority: 'residents.form.fields.admissionAuthority',
  notes: 'residents.form.fields.notes',
} as const satisfies Record<string, MessageKey>;

export const DUPLICATE_REASON_LABEL = {
  name_and_birth_date: 'residents.form.duplicate.reason.name_and_birth_date',
  birth_certificate: 'residents.form.duplicate.reason.birth_certificate',
} as const satisfies Record<string, MessageKey>;
