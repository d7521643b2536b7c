import type { Locale } from '@core/i18n';
import { showFieldValue } from '../ui/fieldValue';
import type { MessageKey } from '@core/i18n/keys';
import { ADMISSION_BASIS_LABEL, DISABILITY_DEGREE_LABEL, LEGAL_STATUS_LABEL, RESIDENT_STATUS_LABEL, SEX_LABEL } from '@core/residents/i18n/labels';

// How each resident field is labelled and its value shown, on the profile and in the history.

/** The form's order: the profile and the history list fields in it. */
export const FIELD_ORDER = [
  'lastName', 'firstName', 'patronymic', 'sex', 'dateOfBirth', 'placeOfBirth', 'citizenship', 'fin',
  'birthCertificate', 'legalStatus', 'disability', 'disabilityDegree', 'disabilityDiagnosis', 'status',
  'groupName', 'room', 'keyWorker', 'admissionDate', 'admissionBasis', 'admissionDecisionNumber',
  'admissionDecisionDate', 'admissionAuthority', 'notes',
] as const;
export type FieldName = (typeof FIELD_ORDER)[number];

const ENUM_FIELDS: Partial<Record<FieldName, Readonly<Record<string, MessageKey>>>> = {
  sex: SEX_LABEL,
  legalStatus: LEGAL_STATUS_LABEL,
  disabilityDegree: DISABILITY_DEGREE_LABEL,
  status: RESIDENT_STATUS_LABEL,
  admissionBasis: ADMISSION_BASIS_LABEL,
};
const DATE_FIELDS = new Set<FieldName>(['dateOfBirth', 'admissionDate', 'admissionDecisionDate']);

export function isFieldName(k: string): k is FieldName {
  return (FIELD_ORDER as readonly string[]).includes(k);
}

/** The value as words; '' for nothing. */
export function displayValue(field: string, value: unknown, tk: (key: string) => string, locale: Locale): string {
  return showFieldValue({ enums: isFieldName(field) ? ENUM_FIELDS : {}, dates: DATE_FIELDS as ReadonlySet<string> }, field, value, tk, locale);
}
