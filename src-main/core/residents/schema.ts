import { z } from 'zod';
import type { FieldIssue } from '../contract/errors';
import { addYears, isoDate, optionalIsoDate, optionalText, personFields, SEX, type Sex } from '../person/schema';

// Zod schemas and DTOs for residents. Isomorphic: the form validates with the same rules as the
// core. Messages are i18n keys (see i18n/*.ts, section "validation"). The person fields (names,
// sex, date of birth, FIN) and their rules are person/schema.ts's, re-exported here for the code
// that imports them from residents.
export { addYears, ageOn, FIN_PATTERN, finField, isoDate, optionalIsoDate, optionalText, requiredName, SEX, type Sex } from '../person/schema';

export const LEGAL_STATUSES = [
  'orphan',
  'parents_deprived',
  'parents_unknown',
  'parents_unable',
  'parents_request_poverty',
  'other',
] as const;
export const DISABILITY_DEGREES = ['I', 'II', 'III', 'IV'] as const;
export const RESIDENT_STATUSES = ['resident', 'day_attendee', 'discharged'] as const;
export const ADMISSION_BASES = ['commission', 'court', 'parents_request', 'other'] as const;

export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

const birthCertificateField = z
  .union([z.null(), z.string()])
  .optional()
  .transform((v) => (v == null ? '' : v.trim().toUpperCase().replace(/\s+/g, ' ')))
  .refine((v) => v.length <= 32, { error: 'validation.tooLong' })
  .transform((v) => (v === '' ? null : v));

const { fin, ...person } = personFields();
export const residentFields = {
  // The FIN and the birth certificate first, as the record has always listed them.
  fin,
  birthCertificate: birthCertificateField,
  ...person,
  placeOfBirth: optionalText(120),
  citizenship: optionalText(60),
  legalStatus: z.enum(LEGAL_STATUSES, { error: 'validation.choose' }).default('other'),
  disability: z.boolean().default(false),
  disabilityDegree: z.enum(DISABILITY_DEGREES, { error: 'validation.choose' }).nullable().optional().default(null),
  disabilityDiagnosis: optionalText(500),
  groupName: optionalText(60),
  room: optionalText(30),
  keyWorker: optionalText(120),
  status: z.enum(RESIDENT_STATUSES, { error: 'validation.choose' }).default('resident'),
  admissionDate: isoDate,
  admissionBasis: z.enum(ADMISSION_BASES, { error: 'validation.choose' }).default('commission'),
  admissionDecisionNumber: optionalText(60),
  admissionDecisionDate: optionalIsoDate,
  admissionAuthority: optionalText(200),
  notes: optionalText(4000),
};

/** Why a record dated in a closed period (its package exported) is added or changed; required then. */
const closedPeriodReason = z.string().trim().max(2000, { error: 'validation.tooLong' }).optional();

export const ResidentCreateInput = z
  .object({ ...residentFields, confirmDuplicate: z.boolean().optional().default(false), reason: closedPeriodReason })
  .strict();

export const ResidentUpdateInput = z
  .object({
    id: z.string().min(1),
    version: z.number().int().positive(),
    ...residentFields,
    confirmDuplicate: z.boolean().optional().default(false),
    reason: closedPeriodReason,
  })
  .strict();

export type ResidentCreate = z.output<typeof ResidentCreateInput>;
export type ResidentCreateRaw = z.input<typeof ResidentCreateInput>;
export type ResidentUpdate = z.output<typeof ResidentUpdateInput>;
export type ResidentFields = Omit<ResidentCreate, 'confirmDuplicate' | 'reason'>;

/** Rules that depend on today's date and on two fields together; the form runs them too. */
export function residentDateIssues(
  v: { dateOfBirth: string; admissionDate: string; admissionDecisionDate?: string | null },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // One message per field: the first rule it breaks.
  if (v.dateOfBirth > today) issues.push({ path: 'dateOfBirth', message: 'validation.dobFuture' });
  else if (v.dateOfBirth < addYears(today, -19))
    issues.push({ path: 'dateOfBirth', message: 'validation.dobTooOld' });
  else if (v.dateOfBirth > v.admissionDate)
    issues.push({ path: 'dateOfBirth', message: 'validation.dobAfterAdmission' });
  if (v.admissionDate > today) issues.push({ path: 'admissionDate', message: 'validation.dateFuture' });
  if (v.admissionDecisionDate && v.admissionDecisionDate > today)
    issues.push({ path: 'admissionDecisionDate', message: 'validation.dateFuture' });
  return issues;
}

export const ResidentListInput = z
  .object({
    query: z.string().max(200).optional().default(''),
    status: z.enum(['current', 'all', ...RESIDENT_STATUSES]).optional().default('current'),
    groupName: z.string().max(60).optional(),
    sex: z.enum(SEX).optional(),
    ageMin: z.number().int().min(0).max(30).optional(),
    ageMax: z.number().int().min(0).max(30).optional(),
    disability: z.boolean().optional(),
    /** Only children whose file lacks a required document (documents/rules.ts); needs documents.read. */
    documentsMissing: z.boolean().optional(),
    sort: z.enum(['name', 'dateOfBirth', 'admissionDate']).optional().default('name'),
    dir: z.enum(['asc', 'desc']).optional().default('asc'),
    offset: z.number().int().min(0).optional().default(0),
    limit: z.number().int().min(1).max(1000).optional().default(100),
  })
  .strict();
export type ResidentListQuery = z.output<typeof ResidentListInput>;

export const ResidentSearchInput = z
  .object({
    query: z.string().max(200),
    limit: z.number().int().min(1).max(200).optional().default(20),
    includeFormer: z.boolean().optional().default(true),
  })
  .strict();

export const IdInput = z.object({ id: z.string().min(1).max(64) }).strict();

/** A resident as the contract returns it. Medical fields are null when the caller may not see them. */
export interface ResidentDto {
  id: string;
  version: number;
  fin: string | null;
  birthCertificate: string | null;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: Sex;
  dateOfBirth: string;
  placeOfBirth: string;
  citizenship: string;
  legalStatus: LegalStatus;
  disability: boolean;
  disabilityDegree: (typeof DISABILITY_DEGREES)[number] | null;
  disabilityDiagnosis: string | null;
  groupName: string;
  room: string;
  keyWorker: string;
  status: ResidentStatus;
  admissionDate: string;
  admissionBasis: (typeof ADMISSION_BASES)[number];
  admissionDecisionNumber: string;
  admissionDecisionDate: string | null;
  admissionAuthority: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ResidentListItem {
  id: string;
  fin: string | null;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: Sex;
  dateOfBirth: string;
  groupName: string;
  status: ResidentStatus;
  admissionDate: string;
  disability: boolean;
}

export interface ResidentPage {
  total: number;
  rows: ResidentListItem[];
}

export interface DuplicateCandidate {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  dateOfBirth: string;
  birthCertificate: string | null;
  reason: 'name_and_birth_date' | 'birth_certificate';
}
