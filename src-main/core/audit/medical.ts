// Which audited fields are medical details, per audited entity: readers without the
// `residents.medical` permission see that such a field changed, never its values.
// A domain that audits a new medical field adds it here (a test checks the resident's).
export const MEDICAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  resident: ['disabilityDiagnosis', 'allergen', 'reaction', 'medicine', 'dose', 'treatment', 'injuryDetail', 'injuryTreatment', 'whatHappened', 'voidReason', 'stopReason'],
  // A document's title and file name can name a diagnosis (the type alone does not).
  attachment: ['title', 'fileName'],
};

export function isMedicalField(entity: string, field: string): boolean {
  return MEDICAL_FIELDS[entity]?.includes(field) ?? false;
}
