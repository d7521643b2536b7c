import { z } from 'zod';
import type { FieldIssue } from '../contract/errors';
import { addYears, isoDate, optionalIsoDate, optionalText, personFields, type Sex } from '../person/schema';

// Zod schemas and DTOs for the staff registry. Isomorphic: the forms validate with the same rules.
// Field messages are i18n keys ("validation.*" shared with residents, "staff.*" our own).

export const POSITIONS = [
  'director',
  'deputy_director',
  'social_worker',
  'caregiver',
  'assistant_caregiver',
  'teacher',
  'special_educator',
  'speech_therapist',
  'psychologist',
  'doctor',
  'nurse',
  'methodologist',
  'accountant',
  'cook',
  'technical',
  'security',
  'other',
] as const;
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'volunteer'] as const;
export const EDUCATION_LEVELS = ['secondary', 'vocational', 'bachelor', 'master', 'doctorate'] as const;
export const STAFF_STATUSES = ['current', 'former', 'all'] as const;

export type Position = (typeof POSITIONS)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Youngest age at which someone can be on the staff (the Labour Code's general minimum is 15). */
export const MIN_STAFF_AGE = 16;

const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,23}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const optionalPattern = (pattern: RegExp, max: number, message: string) =>
  optionalText(max).refine((v) => v === '' || pattern.test(v), { error: message });

export const staffFields = {
  // A staff member's date of birth may be unknown.
  ...personFields({ birthDate: 'optional' }),
  position: z.enum(POSITIONS, { error: 'validation.choose' }),
  department: optionalText(120),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'validation.choose' }).default('full_time'),
  hiredDate: isoDate,
  leftDate: optionalIsoDate,
  education: z.enum(EDUCATION_LEVELS, { error: 'validation.choose' }).nullable().optional().default(null),
  qualification: optionalText(200),
  phone: optionalPattern(PHONE_PATTERN, 24, 'staff.phoneFormat'),
  email: optionalPattern(EMAIL_PATTERN, 120, 'staff.emailFormat'),
  notes: optionalText(2000),
};

export const StaffCreateInput = z.object(staffFields).strict();
export const StaffUpdateInput = z
  .object({ id: z.string().min(1).max(64), version: z.number().int().positive(), ...staffFields })
  .strict();

export type StaffFields = z.output<typeof StaffCreateInput>;
export type StaffCreateRaw = z.input<typeof StaffCreateInput>;
export type StaffUpdate = z.output<typeof StaffUpdateInput>;

/** Rules across fields and against today's date; the form runs them too. One message per field. */
export function staffDateIssues(
  v: { dateOfBirth: string | null; hiredDate: string; leftDate: string | null },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.dateOfBirth && v.dateOfBirth > today) issues.push({ path: 'dateOfBirth', message: 'validation.dobFuture' });
  else if (v.dateOfBirth && v.dateOfBirth > addYears(v.hiredDate, -MIN_STAFF_AGE))
    issues.push({ path: 'dateOfBirth', message: 'staff.tooYoung', params: { min: MIN_STAFF_AGE } });
  if (v.hiredDate > today) issues.push({ path: 'hiredDate', message: 'validation.dateFuture' });
  if (v.leftDate && v.leftDate < v.hiredDate) issues.push({ path: 'leftDate', message: 'staff.leftBeforeHired' });
  return issues;
}

const trainingFields = {
  title: z
    .string({ error: 'validation.required' })
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' })),
  provider: optionalText(200),
  date: isoDate,
  hours: z
    .number({ error: 'validation.invalid_type' })
    .positive({ error: 'staff.hoursRange' })
    .max(2000, { error: 'staff.hoursRange' })
    .nullable()
    .optional()
    .default(null),
  certificateNumber: optionalText(60),
};

export const TrainingAddInput = z.object({ staffId: z.string().min(1).max(64), ...trainingFields }).strict();
export const TrainingUpdateInput = z
  .object({ id: z.string().min(1).max(64), version: z.number().int().positive(), ...trainingFields })
  .strict();
export type TrainingAdd = z.output<typeof TrainingAddInput>;
export type TrainingUpdate = z.output<typeof TrainingUpdateInput>;
export type TrainingFields = Omit<TrainingAdd, 'staffId'>;

export const StaffListInput = z
  .object({
    query: z.string().max(200).optional().default(''),
    position: z.enum(POSITIONS).optional(),
    status: z.enum(STAFF_STATUSES).optional().default('current'),
    offset: z.number().int().min(0).optional().default(0),
    limit: z.number().int().min(1).max(1000).optional().default(100),
  })
  .strict();
export type StaffListQuery = z.output<typeof StaffListInput>;

export interface StaffListItem {
  id: string;
  fin: string | null;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: Sex;
  position: Position;
  department: string;
  employmentType: EmploymentType;
  hiredDate: string;
  leftDate: string | null;
  phone: string;
  /** Still working here today (no leaving date, or one still ahead). */
  current: boolean;
}

export interface StaffTrainingDto {
  id: string;
  staffId: string;
  version: number;
  title: string;
  provider: string;
  date: string;
  hours: number | null;
  certificateNumber: string;
}

/** The account linked to a staff member, as the staff page shows it (never a hash). */
export interface StaffAccountSummary {
  userId: string;
  username: string;
  role: string;
  active: boolean;
}

export interface StaffDto extends StaffListItem {
  version: number;
  dateOfBirth: string | null;
  education: EducationLevel | null;
  qualification: string;
  email: string;
  notes: string;
  trainings: StaffTrainingDto[];
  account: StaffAccountSummary | null;
  createdAt: string;
  updatedAt: string;
}

export interface StaffPage {
  total: number;
  rows: StaffListItem[];
}

export const StaffSearchInput = z
  .object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional().default(20) })
  .strict();
