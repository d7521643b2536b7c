import {
  ADMISSION_BASES,
  DISABILITY_DEGREES,
  isoDate,
  LEGAL_STATUSES,
  ResidentCreateInput,
  residentDateIssues,
  type ResidentCreateRaw,
  type ResidentDto,
  type ResidentStatus,
} from '@core/residents/schema';
import { issuesToErrors, zodFieldErrors } from '../ui/fieldIssues';

// The resident form's values (strings while typing) and the way they become the contract's
// input. Validation runs the core's own schema and date rules on that input.

export interface ResidentFormValues {
  fin: string;
  birthCertificate: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: '' | 'M' | 'F';
  dateOfBirth: string;
  placeOfBirth: string;
  citizenship: string;
  legalStatus: '' | (typeof LEGAL_STATUSES)[number];
  disability: boolean;
  disabilityDegree: '' | (typeof DISABILITY_DEGREES)[number];
  disabilityDiagnosis: string;
  status: ResidentStatus;
  groupName: string;
  room: string;
  keyWorker: string;
  admissionDate: string;
  admissionBasis: (typeof ADMISSION_BASES)[number];
  admissionDecisionNumber: string;
  admissionDecisionDate: string;
  admissionAuthority: string;
  notes: string;
}

export function emptyResidentValues(today: string): ResidentFormValues {
  return {
    fin: '',
    birthCertificate: '',
    lastName: '',
    firstName: '',
    patronymic: '',
    sex: '',
    dateOfBirth: '',
    placeOfBirth: '',
    citizenship: '',
    legalStatus: '',
    disability: false,
    disabilityDegree: '',
    disabilityDiagnosis: '',
    status: 'resident',
    groupName: '',
    room: '',
    keyWorker: '',
    admissionDate: today,
    admissionBasis: 'commission',
    admissionDecisionNumber: '',
    admissionDecisionDate: '',
    admissionAuthority: '',
    notes: '',
  };
}

export function valuesFromResident(r: ResidentDto): ResidentFormValues {
  return {
    fin: r.fin ?? '',
    birthCertificate: r.birthCertificate ?? '',
    lastName: r.lastName,
    firstName: r.firstName,
    patronymic: r.patronymic,
    sex: r.sex,
    dateOfBirth: r.dateOfBirth,
    placeOfBirth: r.placeOfBirth,
    citizenship: r.citizenship,
    legalStatus: r.legalStatus,
    disability: r.disability,
    disabilityDegree: r.disabilityDegree ?? '',
    disabilityDiagnosis: r.disabilityDiagnosis ?? '',
    status: r.status,
    groupName: r.groupName,
    room: r.room,
    keyWorker: r.keyWorker,
    admissionDate: r.admissionDate,
    admissionBasis: r.admissionBasis,
    admissionDecisionNumber: r.admissionDecisionNumber,
    admissionDecisionDate: r.admissionDecisionDate ?? '',
    admissionAuthority: r.admissionAuthority,
    notes: r.notes,
  };
}

/**
 * The contract input for these values. Empty choices are passed as they are, so that the schema
 * (not the form) says "choose from the list". A reader who may not see medical details never had
 * the diagnosis in the form, so it is left out of the input rather than sent as a blank.
 */
export function residentInput(v: ResidentFormValues, opts: { withDiagnosis?: boolean } = {}): ResidentCreateRaw {
  const input: ResidentCreateRaw = {
    ...v,
    sex: v.sex as ResidentCreateRaw['sex'],
    legalStatus: v.legalStatus as ResidentCreateRaw['legalStatus'],
    disabilityDegree: v.disability && v.disabilityDegree ? v.disabilityDegree : null,
    disabilityDiagnosis: v.disability ? v.disabilityDiagnosis : '',
    admissionDecisionDate: v.admissionDecisionDate || null,
  };
  if (opts.withDiagnosis === false) delete input.disabilityDiagnosis;
  return input;
}

const validDate = (s: string) => isoDate.safeParse(s).success;

/** Field path → encoded i18n error, from the core's schema and date rules. */
export function validateResident(v: ResidentFormValues, today: string): Record<string, string> {
  const parsed = ResidentCreateInput.safeParse(residentInput(v));
  const errors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  // The date rules compare dates, so they only speak about dates that are real dates.
  const ok = {
    dateOfBirth: validDate(v.dateOfBirth),
    admissionDate: validDate(v.admissionDate),
    admissionDecisionDate: validDate(v.admissionDecisionDate),
  };
  const issues = residentDateIssues(
    {
      dateOfBirth: ok.dateOfBirth ? v.dateOfBirth : today,
      admissionDate: ok.admissionDate ? v.admissionDate : '9999-12-31',
      admissionDecisionDate: ok.admissionDecisionDate ? v.admissionDecisionDate : null,
    },
    today,
  ).filter((i) => ok[i.path as keyof typeof ok] && !errors[i.path]);
  // An empty required date is "required", not "enter a valid date".
  for (const path of ['dateOfBirth', 'admissionDate'] as const) if (!v[path].trim()) errors[path] = 'validation.required';
  return { ...errors, ...issuesToErrors(issues) };
}
