import type { Locale } from '../../../src-main/core/i18n';
import { formatDate } from '../format';

// How each staff field (and training field) is labelled and its value shown: on the staff page
// and in the audit trail.

export const STAFF_FIELD_ORDER = [
  'lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth', 'fin', 'position', 'department',
  'employmentType', 'hiredDate', 'leftDate', 'education', 'qualification', 'phone', 'email', 'notes',
] as const;
export type StaffFieldName = (typeof STAFF_FIELD_ORDER)[number];

export const TRAINING_FIELD_ORDER = ['title', 'provider', 'date', 'hours', 'certificateNumber'] as const;
export type TrainingFieldName = (typeof TRAINING_FIELD_ORDER)[number];

const ENUMS: Partial<Record<string, string>> = {
  sex: 'staff.sex',
  position: 'staff.position',
  employmentType: 'staff.employment',
  education: 'staff.education',
};
const DATES = new Set(['dateOfBirth', 'hiredDate', 'leftDate', 'date']);

export function isStaffField(k: string): k is StaffFieldName {
  return (STAFF_FIELD_ORDER as readonly string[]).includes(k);
}

export function isTrainingField(k: string): k is TrainingFieldName {
  return (TRAINING_FIELD_ORDER as readonly string[]).includes(k);
}

export function staffFieldLabelKey(field: string): string {
  return isTrainingField(field) ? `staff.training.fields.${field}` : `staff.fields.${field}`;
}

/** The value as words; '' for nothing. */
export function staffDisplayValue(field: string, value: unknown, tk: (key: string) => string, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return tk(value ? 'common.yes' : 'common.no');
  const e = ENUMS[field];
  if (e) return tk(`${e}.${String(value)}`);
  if (DATES.has(field)) return formatDate(String(value), locale);
  return typeof value === 'string' ? value : String(value);
}
