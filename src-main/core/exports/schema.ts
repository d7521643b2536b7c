import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { ResidentListInput } from '../residents/schema';
import { StaffListInput } from '../staff/schema';
import { PeriodInput } from '../reports/schema';

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
