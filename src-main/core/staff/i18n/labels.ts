import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum or each field, written out so that no key is built at run time
// (the keys test and the typed t() see every one).

export const STAFF_SEX_LABEL = {
  M: 'staff.sex.M',
  F: 'staff.sex.F',
} as const satisfies Record<string, MessageKey>;

export const POSITION_LABEL = {
  director: 'staff.position.director',
  deputy_director: 'staff.position.deputy_director',
  social_worker: 'staff.position.social_worker',
  caregiver: 'staff.position.caregiver',
  assistant_caregiver: 'staff.position.assistant_caregiver',
  teacher: 'staff.position.teacher',
  special_educator: 'staff.position.special_educator',
  speech_therapist: 'staff.position.speech_therapist',
  psychologist: 'staff.position.psychologist',
  doctor: 'staff.position.doctor',
  nurse: 'staff.position.nurse',
  methodologist: 'staff.position.methodologist',
  accountant: 'staff.position.accountant',
  cook: 'staff.position.cook',
  technical: 'staff.position.technical',
  security: 'staff.position.security',
  other: 'staff.position.other',
} as const satisfies Record<string, MessageKey>;

export const EMPLOYMENT_LABEL = {
  full_time: 'staff.employment.full_time',
  part_time: 'staff.employment.part_time',
  contract: 'staff.employment.contract',
  volunteer: 'staff.employment.volunteer',
} as const satisfies Record<string, MessageKey>;

export const EDUCATION_LABEL = {
  secondary: 'staff.education.secondary',
  vocational: 'staff.education.vocational',
  bachelor: 'staff.education.bachelor',
  master: 'staff.education.master',
  doctorate: 'staff.education.doctorate',
} as const satisfies Record<string, MessageKey>;

export const STAFF_FIELD_LABEL = {
  fin: 'staff.fields.fin',
  lastName: 'staff.fields.lastName',
  firstName: 'staff.fields.firstName',
  patronymic: 'staff.fields.patronymic',
  sex: 'staff.fields.sex',
  dateOfBirth: 'staff.fields.dateOfBirth',
  position: 'staff.fields.position',
  department: 'staff.fields.department',
  employmentType: 'staff.fields.employmentType',
  hiredDate: 'staff.fields.hiredDate',
  leftDate: 'staff.fields.leftDate',
  education: 'staff.fields.education',
  qualification: 'staff.fields.qualification',
  phone: 'staff.fields.phone',
  email: 'staff.fields.email',
  notes: 'staff.fields.notes',
} as const satisfies Record<string, MessageKey>;

export const TRAINING_FIELD_LABEL = {
  title: 'staff.training.fields.title',
  provider: 'staff.training.fields.provider',
  date: 'staff.training.fields.date',
  hours: 'staff.training.fields.hours',
  certificateNumber: 'staff.training.fields.certificateNumber',
} as const satisfies Record<string, MessageKey>;
