import {
  StaffCreateInput,
  staffDateIssues,
  type EducationLevel,
  type EmploymentType,
  type Position,
  type StaffCreateRaw,
  type StaffDto,
} from '@core/staff/schema';
import { isoDate } from '@core/residents/schema';
import { encodeIssue, issuesToErrors, zodFieldErrors } from '../ui/fieldIssues';

// The staff form's values (strings while typing) and the way they become the contract's input.
// Validation runs the core's own schema and date rules, as the resident form does.

export interface StaffFormValues {
  fin: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: '' | 'M' | 'F';
  dateOfBirth: string;
  position: '' | Position;
  department: string;
  employmentType: EmploymentType;
  hiredDate: string;
  leftDate: string;
  education: '' | EducationLevel;
  qualification: string;
  phone: string;
  email: string;
  notes: string;
}

export function emptyStaffValues(today: string): StaffFormValues {
  return {
    fin: '',
    lastName: '',
    firstName: '',
    patronymic: '',
    sex: '',
    dateOfBirth: '',
    position: '',
    department: '',
    employmentType: 'full_time',
    hiredDate: today,
    leftDate: '',
    education: '',
    qualification: '',
    phone: '',
    email: '',
    notes: '',
  };
}

export function valuesFromStaff(s: StaffDto): StaffFormValues {
  return {
    fin: s.fin ?? '',
    lastName: s.lastName,
    firstName: s.firstName,
    patronymic: s.patronymic,
    sex: s.sex,
    dateOfBirth: s.dateOfBirth ?? '',
    position: s.position,
    department: s.department,
    employmentType: s.employmentType,
    hiredDate: s.hiredDate,
    leftDate: s.leftDate ?? '',
    education: s.education ?? '',
    qualification: s.qualification,
    phone: s.phone,
    email: s.email,
    notes: s.notes,
  };
}

/** The contract input; empty choices are passed as they are so that the schema says "choose". */
export function staffInput(v: StaffFormValues): StaffCreateRaw {
  return {
    ...v,
    sex: v.sex as StaffCreateRaw['sex'],
    position: v.position as StaffCreateRaw['position'],
    dateOfBirth: v.dateOfBirth || null,
    leftDate: v.leftDate || null,
    education: v.education || null,
  };
}

const validDate = (s: string) => isoDate.safeParse(s).success;

/** Field path → encoded i18n error, from the core's schema and date rules. */
export function validateStaff(v: StaffFormValues, today: string): Record<string, string> {
  const parsed = StaffCreateInput.safeParse(staffInput(v));
  const errors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  // The date rules compare dates, so they only speak about dates that are real dates.
  const ok = { dateOfBirth: validDate(v.dateOfBirth), hiredDate: validDate(v.hiredDate), leftDate: validDate(v.leftDate) };
  const issues = staffDateIssues(
    {
      dateOfBirth: ok.dateOfBirth ? v.dateOfBirth : null,
      hiredDate: ok.hiredDate ? v.hiredDate : today,
      leftDate: ok.leftDate ? v.leftDate : null,
    },
    today,
  ).filter((i) => ok[i.path as keyof typeof ok] && !errors[i.path]);
  if (!v.hiredDate.trim()) errors.hiredDate = encodeIssue({ message: 'validation.required' });
  return { ...errors, ...issuesToErrors(issues) };
}
