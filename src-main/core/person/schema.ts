import { z } from 'zod';

// What every register of people (children, staff) asks the same way: the name as documents write
// it, sex, date of birth and FIN, with the field rules both forms and the core run. Isomorphic
// (no Node imports). Messages are i18n keys (i18n/*.ts, section "validation").

export const SEX = ['M', 'F'] as const;
export type Sex = (typeof SEX)[number];

/** FIN: 7 characters, uppercase Latin letters and digits, never I or O. */
export const FIN_PATTERN = /^[A-HJ-NP-Z0-9]{7}$/;

const collapseSpaces = (s: string) => s.trim().replace(/\s+/g, ' ');

export const requiredName = z
  .string({ error: 'validation.required' })
  .transform(collapseSpaces)
  .pipe(z.string().min(1, { error: 'validation.required' }).max(80, { error: 'validation.tooLong' }));

export const optionalText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .transform(collapseSpaces)
    .pipe(z.string().max(max, { error: 'validation.tooLong' }))
    .optional()
    .default('');

function validIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const isoDate = z
  .string({ error: 'validation.required' })
  .refine(validIsoDate, { error: 'validation.dateFormat' });

export const optionalIsoDate = z
  .union([z.literal('').transform(() => null), z.null(), isoDate])
  .optional()
  .transform((v) => v ?? null);

/** Empty means "no FIN" (a child without documents); otherwise stored upper-case. */
export const finField = z
  .union([z.null(), z.string()])
  .optional()
  .transform((v) => (v == null ? '' : v.trim().toUpperCase()))
  .refine((v) => v === '' || FIN_PATTERN.test(v), { error: 'validation.finFormat' })
  .transform((v) => (v === '' ? null : v));

const sexField = z.enum(SEX, { error: 'validation.choose' });
const patronymicField = optionalText(80);

/**
 * The person fields of a register's record, to spread into its zod object. A child's date of
 * birth is required; a staff member's may be unknown (`{ birthDate: 'optional' }`).
 */
export function personFields<B extends 'required' | 'optional' = 'required'>(opts?: { birthDate: B }) {
  return {
    fin: finField,
    lastName: requiredName,
    firstName: requiredName,
    patronymic: patronymicField,
    sex: sexField,
    dateOfBirth: (opts?.birthDate === 'optional' ? optionalIsoDate : isoDate) as B extends 'optional' ? typeof optionalIsoDate : typeof isoDate,
  };
}

/** The same day `years` later (or earlier); 29 February in a year without it becomes 28 February. */
export function addYears(isoDay: string, years: number): string {
  const y = Number(isoDay.slice(0, 4)) + years;
  const md = isoDay.slice(5);
  const fixed = md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '02-28' : md;
  return `${String(y).padStart(4, '0')}-${fixed}`;
}

/** Whole years of age on a given day. */
export function ageOn(dateOfBirth: string, day: string): number {
  let age = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  if (day.slice(5) < dateOfBirth.slice(5)) age--;
  return age;
}
