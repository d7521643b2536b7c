import { z } from 'zod';
import { optionalText } from '../residents/schema';
import { IDLE_LOCK_RANGE, SignInInput, usernameField } from '../auth/schema';
import type { SessionInfo } from '../auth/schema';

// The institution, first-run set-up and settings. Isomorphic: the wizard validates with the same rules.

export const INSTITUTION_TYPES = [
  'childrens_home',
  'boarding_school',
  'day_care_centre',
  'rehabilitation_centre',
  'small_group_home',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

/** The ministry's code of the institution: it names the data packages, so Latin letters, digits, dashes. */
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' }));

export const institutionFields = {
  code: z
    .string({ error: 'validation.required' })
    .transform((s) => s.trim().toUpperCase())
    .refine((s) => CODE_PATTERN.test(s), { error: 'institution.codeFormat' }),
  nameAz: requiredText(200),
  nameEn: optionalText(200),
  type: z.enum(INSTITUTION_TYPES, { error: 'validation.choose' }),
  region: requiredText(80),
  address: optionalText(300),
  capacity: z
    .number({ error: 'validation.invalid_type' })
    .int({ error: 'validation.invalid_type' })
    .min(1, { error: 'validation.too_small' })
    .max(5000, { error: 'validation.too_big' }),
};

export const InstitutionInput = z.object(institutionFields).strict();
export type InstitutionFields = z.output<typeof InstitutionInput>;

export const SetupCreateInput = z
  .object({
    institution: InstitutionInput,
    director: z
      .object({
        username: usernameField,
        displayName: requiredText(120),
        password: SignInInput.shape.password,
      })
      .strict(),
  })
  .strict();
export type SetupCreate = z.output<typeof SetupCreateInput>;

export interface InstitutionDto {
  code: string;
  nameAz: string;
  nameEn: string;
  type: InstitutionType;
  region: string;
  address: string;
  capacity: number;
  updatedAt: string;
}

export interface SetupStatus {
  hasInstitution: boolean;
  hasDirector: boolean;
  /** True until the first account exists: the wizard is the only screen. */
  needed: boolean;
  /** The institution already on file (written by the demo generator), to fill the wizard in. */
  institution: InstitutionDto | null;
}

export interface SetupResult {
  institution: InstitutionDto;
  session: SessionInfo;
}

export const SettingsUpdateInput = z
  .object({
    idleLockMinutes: z
      .number({ error: 'validation.invalid_type' })
      .int({ error: 'validation.invalid_type' })
      .min(IDLE_LOCK_RANGE.min, { error: 'validation.too_small' })
      .max(IDLE_LOCK_RANGE.max, { error: 'validation.too_big' })
      .optional(),
  })
  .strict();
export type SettingsUpdate = z.output<typeof SettingsUpdateInput>;

export interface SettingsDto {
  idleLockMinutes: number;
}
