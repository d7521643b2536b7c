import type { Locale } from '@core/i18n';
import { showFieldValue } from '../ui/fieldValue';
import { EDUCATION_LABEL, EMPLOYMENT_LABEL, POSITION_LABEL, STAFF_FIELD_LABEL, STAFF_SEX_LABEL, TRAINING_FIELD_LABEL } from '@core/staff/i18n/labels';
import { keyFor, type MessageKey } from '@core/i18n/keys';

// How each staff field (and training field) is labelled and its value shown: on the staff page
// and in the audit trail.

export const STAFF_FIELD_ORDER = [
  'lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth', 'fin', 'position', 'department',
  'employmentType', 'hiredDate', 'leftDate', 'education', 'qualification', 'phone', 'email', 'notes',
] as const;
export type StaffFieldName = (typeof STAFF_FIELD_ORDER)[number];

export const TRAINING_FIELD_ORDER = ['title', 'provider', 'date', 'hours', 'certificateNumber'] as const;
export type TrainingFieldName = (typeof TRAINING_FIELD_ORDER)[number];

const ENUMS: Partial<Record<string, Readonly<Record<string, MessageKey>>>> = {
  sex: STAFF_SEX_LABEL,
  position: POSITION_LABEL,
  employmentType: EMPLOYMENT_LABEL,
  education: EDUCATION_LABEL,
};
const DATES = new Set(['dateOfBirth', 'hiredDate', 'leftDate', 'date']);

export function isStaffField(k: string): k is StaffFieldName {
  return (STAFF_FIELD_ORDER as readonly string[]).includes(k);
}

export function isTrainingField(k: string): k is TrainingFieldName {
  return (TRAINING_FIELD_ORDER as readonly string[]).includes(k);
}

export function staffFieldLabelKey(field: string): string {
  if (isTrainingField(field)) return TRAINING_FIELD_LABEL[field];
  return keyFor(STAFF_FIELD_LABEL, field) ?? field;
}

/** The value as words; '' for nothing. */
export function staffDisplayValue(field: string, value: unknown, tk: (key: string) => string, locale: Locale): string {
  return showFieldValue({ enums: ENUMS, dates: DATES }, field, value, tk, locale);
}
