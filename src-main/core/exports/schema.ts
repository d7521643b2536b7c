import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { ResidentListInput } from '../residents/schema';
import { StaffListInput } from '../staff/schema';
import { PeriodInput } from '../reports/schema';
import type { ResidentDto } from '../residents/schema';
import type { EpisodeDto, PlanDto as CarePlanDto, RelativeDto } from '../care/schema';
import type { PlanListItem, SchoolingDto } from '../education/schema';

// The exports' inputs and outputs (see docs/DESIGN.md, "Exports and printed files"). Isomorphic.

const Lang = z.enum(LOCALES, { error: 'validation.choose' }).optional().default('az');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.dateFormat' });

/** The indicator report of a period; `outside`: for use outside the institution (small counts suppressed). */
export const IndicatorsXlsxInput = z.strictObject({ period: PeriodInput, outside: z.boolean().optional().default(false), lang: Lang });

/** The children list exactly as the screen filters and sorts it (no paging: every row). */
export const ChildrenXlsxInput = ResidentListInput.omit({ offset: true, limit: true }).extend({ lang: Lang }).strict();
export const StaffXlsxInput = StaffListInput.omit({ offset: true, limit: true }).extend({ lang: Lang }).strict();

/** The register of children: admissions and exits between two days (both included; default all). */
export const RegisterInput = z.strictObject({ from: Day.optional(), to: Day.optional() });
export const RegisterXlsxInput = RegisterInput.extend({ lang: Lang }).strict();

export const PersonalFileInput = z.strictObject({ id: z.string().min(1).max(64) });

/** A file made in the core for the renderer (or the CLI) to save. */
export interface ExportFileDto {
  fileName: string;
  mime: string;
  base64: string;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One line of the register of children: one stay, its admission and (when it ended) its exit. */
export interface RegisterRow {
  /** The stay's number in the whole register (admission order since the records began). */
  no: number;
  residentId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  dateOfBirth: string;
  admittedOn: string;
  admissionType: string | null;
  decidingBody: string | null;
  legalBasis: string;
  decisionNumber: string;
  decisionDate: string | null;
  exitedOn: string | null;
  destination: string | null;
  exitReason: string | null;
  exitDecisionNumber: string;
  exitDecisionDate: string | null;
}

export interface RegisterDto {
  from: string | null;
  to: string | null;
  rows: RegisterRow[];
}

/**
 * A child's personal file for the case file: identity and legal status, family, stays, plans and
 * schooling. `medical` is null for a role that may not see medical details (residents.medical),
 * and `identity.disabilityDiagnosis` with it; a restricted address is null for a role that may
 * not know it (care.write), as on the child's page.
 */
export interface PersonalFileDto {
  identity: ResidentDto;
  relatives: RelativeDto[];
  episodes: EpisodeDto[];
  casePlans: CarePlanDto[];
  schooling: SchoolingDto[];
  educationPlans: PlanListItem[];
  medical: { allergies: { allergen: string; reaction: string; severity: string; notedDate: string | null }[] } | null;
}
