import type { Locale } from '../i18n/locales';
import { pdfFileName } from '../print/schema';
import type { PlanListItem } from './schema';

// The printed plan's route and file name, shared by the renderer (its route and its "save as PDF"),
// the CLI (`qaygi education print`) and the app's print window. Isomorphic.

export const EDUCATION_PLAN_PRINT_ROUTE = '/print/education-plan/:id/:lang';

export const educationPrintPath = (id: string, lang: Locale) => `/print/education-plan/${encodeURIComponent(id)}/${lang}`;

/** `Fərdi-təhsil-planı_Ağakişiyeva_Gülçöhrə_2026-2027_az.pdf` (the title in the sheet's language). */
export function educationPlanFileName(plan: Pick<PlanListItem, 'child' | 'academicYear'>, title: string, lang: Locale): string {
  return pdfFileName([title, plan.child.lastName, plan.child.firstName, plan.academicYear, lang]);
}
