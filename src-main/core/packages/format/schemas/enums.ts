// The code lists of package schema version 1, frozen here: a test checks they still cover the
// app's own lists, so a new value in the app forces a new package schema version, never a silent
// change of version 1.

export const V1_SEX = ['M', 'F'];
export const V1_LEGAL_STATUS = [
  'orphan',
  'parents_deprived',
  'parents_unknown',
  'parents_unable',
  'parents_request_poverty',
  'other',
];
export const V1_DISABILITY_DEGREE = ['I', 'II', 'III', 'IV'];
export const V1_RESIDENT_STATUS = ['resident', 'day_attendee', 'discharged'];
export const V1_ADMISSION_BASIS = ['commission', 'court', 'parents_request', 'other'];
export const V1_EPISODE_KIND = ['admission', 'transfer', 'temporary_absence', 'exit'];
export const V1_EXIT_DESTINATION = [
  'biological_family',
  'kinship',
  'guardianship',
  'foster_family',
  'domestic_adoption',
  'international_adoption',
  'other_institution',
  'independent_living',
  'education',
  'death',
  'other',
];
