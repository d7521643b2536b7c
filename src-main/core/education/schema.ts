import { z } from 'zod';
import type { FieldIssue } from '../contract/errors';
import { ageOn, isoDate, optionalIsoDate, optionalText } from '../person/schema';
import type { Sex } from '../person/schema';

// Zod inputs and DTOs of the education domain: schooling per academic year, functioning
// assessments, special-needs supports, individual education plans (fərdi təhsil planı) with their
// goals and reviews. Isomorphic: the forms validate with the same rules. Messages are i18n keys.

export const SCHOOL_TYPES = ['mainstream', 'special', 'home', 'in_institution', 'preschool', 'none'] as const;
export const NONE_REASONS = ['below_school_age', 'disability', 'exclusion', 'care_duties', 'child_choice', 'other'] as const;
export const FUNCTIONING_DOMAINS = ['learning', 'communication', 'mobility', 'self_care', 'relationships', 'behaviour'] as const;
/** The screening scale: 1 no difficulty, 2 some, 3 a lot, 4 cannot do at all. */
export const SCORES = [1, 2, 3, 4] as const;
export const BARRIERS = ['access', 'support', 'attitudes', 'transport'] as const;
export const SUPPORT_KINDS = ['referral', 'assessment', 'service'] as const;
export const SERVICES = ['speech_therapy', 'physiotherapy', 'psychologist', 'teaching_assistant', 'assistive_devices', 'other'] as const;
export const FREQUENCY_UNITS = ['day', 'week', 'month', 'term', 'year'] as const;
export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export const GOAL_DOMAINS = ['academic', 'communication', 'self_care', 'social_emotional', 'motor'] as const;
export const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'discontinued'] as const;
/** The inclusion checklist of a review, in the order the form and the print show it. */
export const CHECKLIST_ITEMS = [
  'schoolAccessible', 'teacherAware', 'inclusiveTeaching', 'noStigma', 'attendanceOk', 'safeRoute', 'materialsAvailable',
] as const;

export type SchoolType = (typeof SCHOOL_TYPES)[number];
export type NoneReason = (typeof NONE_REASONS)[number];
export type FunctioningDomain = (typeof FUNCTIONING_DOMAINS)[number];
export type Score = (typeof SCORES)[number];
export type Barrier = (typeof BARRIERS)[number];
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export type Service = (typeof SERVICES)[number];
export type FrequencyUnit = (typeof FREQUENCY_UNITS)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type GoalDomain = (typeof GOAL_DOMAINS)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** School age in Azerbaijan: from 6 (first grade) to 17 (the eleventh grade), on the day. */
export const SCHOOL_AGE = { from: 6, to: 17 } as const;
/** A review due within this many days (or overdue) shows on the dashboard and the plans list. */
export const REVIEW_DUE_DAYS = 30;
/** "At most 5 days missed a month" in the inclusion checklist. */
export const MAX_DAYS_MISSED = 5;

export function isSchoolAge(dateOfBirth: string, day: string): boolean {
  const age = ageOn(dateOfBirth, day);
  return age >= SCHOOL_AGE.from && age <= SCHOOL_AGE.to;
}

/** The academic year a day falls in: from September ('2026-2027' from 2026-09-01 to 2027-08-31). */
export function academicYearOf(day: string): string {
  const y = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) >= 9 ? y : y - 1;
  return `${first}-${first + 1}`;
}

/** The usual dates of a year's plan: 15 September to 31 May. */
export function academicYearDates(year: string): { start: string; end: string } {
  const first = Number(year.slice(0, 4));
  return { start: `${first}-09-15`, end: `${first + 1}-05-31` };
}

export function nextAcademicYear(year: string): string {
  const first = Number(year.slice(0, 4)) + 1;
  return `${first}-${first + 1}`;
}

/** `day` plus n days, as `YYYY-MM-DD`. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const id = z.string().min(1).max(64);
const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .transform((s) => s.trim().replace(/[ \t]+/g, ' '))
    .pipe(z.string().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' }));
/** Free text over several lines (strengths, accommodations): lines kept, ends trimmed. */
const longText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .transform((s) => s.trim())
    .pipe(z.string().max(max, { error: 'validation.tooLong' }))
    .optional()
    .default('');

export const academicYear = z
  .string({ error: 'validation.required' })
  .refine((s) => /^\d{4}-\d{4}$/.test(s) && Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, {
    error: 'education.errors.academicYearFormat',
  });

// ── schooling ────────────────────────────────────────────────────────────────────────────────

export const AbsenceInput = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'education.errors.monthFormat' }),
  daysMissed: z.number({ error: 'validation.invalid_type' }).int().min(0, { error: 'education.errors.daysMissedRange' }).max(31, { error: 'education.errors.daysMissedRange' }),
});

const schoolingFields = {
  residentId: id,
  academicYear,
  schoolType: z.enum(SCHOOL_TYPES, { error: 'validation.choose' }),
  noneReason: z.enum(NONE_REASONS, { error: 'validation.choose' }).nullable().optional().default(null),
  schoolName: optionalText(200),
  outsideInstitution: z.boolean().optional().default(false),
  withChildrenNotInCare: z.boolean().optional().default(false),
  grade: optionalText(40),
  inclusive: z.boolean().optional().default(false),
  startDate: optionalIsoDate,
  endDate: optionalIsoDate,
  contactTeacher: optionalText(120),
  contactPhone: optionalText(24),
  notes: longText(2000),
  /** Days missed per month, typed (until the daily roll call gives them). */
  absences: z.array(AbsenceInput).max(12).optional().default([]),
};

export const SchoolingSaveInput = z.strictObject({
  id: id.optional(),
  version: z.number().int().positive().optional(),
  ...schoolingFields,
});
export type SchoolingSave = z.output<typeof SchoolingSaveInput>;

/** Rules across the schooling fields; the form runs them too. */
export function schoolingIssues(v: Pick<SchoolingSave, 'schoolType' | 'noneReason' | 'schoolName' | 'startDate' | 'endDate' | 'absences'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.schoolType === 'none' && !v.noneReason) issues.push({ path: 'noneReason', message: 'education.errors.noneReasonRequired' });
  if (v.schoolType !== 'none' && v.schoolType !== 'home' && v.schoolName === '') issues.push({ path: 'schoolName', message: 'validation.required' });
  if (v.startDate && v.endDate && v.endDate < v.startDate) issues.push({ path: 'endDate', message: 'education.errors.endBeforeStart' });
  const months = new Set<string>();
  v.absences.forEach((a, i) => {
    if (months.has(a.month)) issues.push({ path: `absences.${i}.month`, message: 'education.errors.monthTwice' });
    months.add(a.month);
  });
  return issues;
}

export interface SchoolingDto {
  id: string;
  residentId: string;
  version: number;
  academicYear: string;
  schoolType: SchoolType;
  noneReason: NoneReason | null;
  schoolName: string;
  outsideInstitution: boolean;
  withChildrenNotInCare: boolean;
  grade: string;
  inclusive: boolean;
  startDate: string | null;
  endDate: string | null;
  contactTeacher: string;
  contactPhone: string;
  notes: string;
  /** Days missed per month: from the daily roll call where it marked the child, typed otherwise (absences.ts). */
  absences: Array<{ month: string; daysMissed: number; source: 'typed' | 'roll_call' }>;
  /** This month's entry of `absences`, if any. */
  daysMissedThisMonth: { month: string; daysMissed: number; source: 'typed' | 'roll_call' } | null;
  /** Over the months of `absences`. */
  daysMissedTotal: number;
}

// ── functioning assessment ───────────────────────────────────────────────────────────────────

const scoreField = z
  .number({ error: 'education.errors.scoreScale' })
  .int({ error: 'education.errors.scoreScale' })
  .min(1, { error: 'education.errors.scoreScale' })
  .max(4, { error: 'education.errors.scoreScale' });

export const AssessmentAddInput = z.strictObject({
  residentId: id,
  assessedOn: isoDate,
  assessedBy: requiredText(120),
  notes: longText(2000),
  scores: z.strictObject(Object.fromEntries(FUNCTIONING_DOMAINS.map((d) => [d, scoreField])) as Record<FunctioningDomain, typeof scoreField>),
  barriers: z
    .array(z.strictObject({ barrier: z.enum(BARRIERS, { error: 'validation.choose' }), note: optionalText(500) }))
    .max(BARRIERS.length)
    .optional()
    .default([]),
});
export type AssessmentAdd = z.output<typeof AssessmentAddInput>;

/** A correction of an assessment: every field again, with its version (audited field by field). */
export const AssessmentUpdateInput = z.strictObject({ id, version: z.number().int().positive(), ...AssessmentAddInput.shape });
export type AssessmentUpdate = z.output<typeof AssessmentUpdateInput>;

export interface AssessmentDto {
  id: string;
  residentId: string;
  version: number;
  /** A closed plan names it: read-only, as the plan. */
  readOnly: boolean;
  assessedOn: string;
  assessedBy: string;
  notes: string;
  scores: Record<FunctioningDomain, Score>;
  barriers: Array<{ barrier: Barrier; note: string }>;
}

// ── special-needs supports ───────────────────────────────────────────────────────────────────

export const SupportSaveInput = z.strictObject({
  id: id.optional(),
  version: z.number().int().positive().optional(),
  residentId: id,
  planId: id.nullable().optional().default(null),
  kind: z.enum(SUPPORT_KINDS, { error: 'validation.choose' }),
  service: z.enum(SERVICES, { error: 'validation.choose' }).nullable().optional().default(null),
  description: optionalText(500),
  provider: optionalText(200),
  frequencyCount: z.number({ error: 'validation.invalid_type' }).int().min(1, { error: 'education.errors.frequencyRange' }).max(100, { error: 'education.errors.frequencyRange' }).nullable().optional().default(null),
  frequencyUnit: z.enum(FREQUENCY_UNITS, { error: 'validation.choose' }).nullable().optional().default(null),
  startDate: isoDate,
  endDate: optionalIsoDate,
});
export type SupportSave = z.output<typeof SupportSaveInput>;

export function supportIssues(v: Pick<SupportSave, 'kind' | 'service' | 'frequencyCount' | 'frequencyUnit' | 'startDate' | 'endDate'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.kind === 'service' && !v.service) issues.push({ path: 'service', message: 'education.errors.serviceRequired' });
  if (v.frequencyCount !== null && !v.frequencyUnit) issues.push({ path: 'frequencyUnit', message: 'validation.required' });
  if (v.frequencyCount === null && v.frequencyUnit) issues.push({ path: 'frequencyCount', message: 'validation.required' });
  if (v.endDate && v.endDate < v.startDate) issues.push({ path: 'endDate', message: 'education.errors.endBeforeStart' });
  return issues;
}

export interface SupportDto {
  id: string;
  residentId: string;
  planId: string | null;
  version: number;
  kind: SupportKind;
  service: Service | null;
  description: string;
  provider: string;
  frequencyCount: number | null;
  frequencyUnit: FrequencyUnit | null;
  startDate: string;
  endDate: string | null;
  /** Part of a closed plan: read-only, as the plan. */
  readOnly: boolean;
}

// ── plans and goals ──────────────────────────────────────────────────────────────────────────

const planFields = {
  startDate: isoDate,
  endDate: isoDate,
  responsibleTeacher: requiredText(120),
  team: longText(1000),
  strengths: longText(4000),
  needs: longText(4000),
  accommodations: longText(4000),
};

export const PlanCreateInput = z.strictObject({
  residentId: id,
  academicYear,
  ...planFields,
  schoolingId: id.nullable().optional().default(null),
  assessmentId: id.nullable().optional().default(null),
  /** Next year's plan from the last one: its fields as the start, and these of its goals carried over. */
  fromPlanId: id.nullable().optional().default(null),
  carryGoalIds: z.array(id).max(100).optional().default([]),
});
export type PlanCreate = z.output<typeof PlanCreateInput>;

export const PlanUpdateInput = z.strictObject({ id, version: z.number().int().positive(), ...planFields });
export type PlanUpdate = z.output<typeof PlanUpdateInput>;

export function planDateIssues(v: { startDate: string; endDate: string }): FieldIssue[] {
  return v.endDate < v.startDate ? [{ path: 'endDate', message: 'education.errors.endBeforeStart' }] : [];
}

export const PlanApproveInput = z.strictObject({ id, version: z.number().int().positive(), nextReviewDate: isoDate });
export const PlanCloseInput = z.strictObject({ id, version: z.number().int().positive() });

export const GoalSaveInput = z.strictObject({
  planId: id,
  id: id.optional(),
  version: z.number().int().positive().optional(),
  domain: z.enum(GOAL_DOMAINS, { error: 'validation.choose' }),
  description: requiredText(500),
  baseline: longText(1000),
  target: requiredText(500),
  targetDate: isoDate,
  status: z.enum(GOAL_STATUSES, { error: 'validation.choose' }).optional().default('not_started'),
});
export type GoalSave = z.output<typeof GoalSaveInput>;

/** A goal's target date falls inside its plan (not before it starts). */
export function goalIssues(v: { targetDate: string }, plan: { startDate: string }): FieldIssue[] {
  return v.targetDate < plan.startDate ? [{ path: 'targetDate', message: 'education.errors.targetBeforeStart' }] : [];
}

export interface GoalDto {
  id: string;
  planId: string;
  version: number;
  position: number;
  domain: GoalDomain;
  description: string;
  baseline: string;
  target: string;
  targetDate: string;
  status: GoalStatus;
  carriedFromGoalId: string | null;
}

// ── reviews ──────────────────────────────────────────────────────────────────────────────────

const answer = z.boolean().nullable().optional().default(null);

export const ReviewAddInput = z.strictObject({
  planId: id,
  reviewDate: isoDate,
  participants: longText(1000),
  summary: longText(4000),
  nextReviewDate: optionalIsoDate,
  checklist: z.strictObject(Object.fromEntries(CHECKLIST_ITEMS.map((c) => [c, answer])) as Record<ChecklistItem, typeof answer>).optional().default({
    schoolAccessible: null, teacherAware: null, inclusiveTeaching: null, noStigma: null, attendanceOk: null, safeRoute: null, materialsAvailable: null,
  }),
  progress: z
    .array(z.strictObject({ goalId: id, status: z.enum(GOAL_STATUSES, { error: 'validation.choose' }), note: optionalText(1000) }))
    .max(100)
    .optional()
    .default([]),
});
export type ReviewAdd = z.output<typeof ReviewAddInput>;

export function reviewDateIssues(v: { reviewDate: string; nextReviewDate: string | null }, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.reviewDate > today) issues.push({ path: 'reviewDate', message: 'validation.dateFuture' });
  if (v.nextReviewDate && v.nextReviewDate <= v.reviewDate) issues.push({ path: 'nextReviewDate', message: 'education.errors.nextReviewBeforeReview' });
  return issues;
}

export interface ReviewDto {
  id: string;
  planId: string;
  reviewDate: string;
  participants: string;
  summary: string;
  nextReviewDate: string | null;
  checklist: Record<ChecklistItem, boolean | null>;
  progress: Array<{ goalId: string; status: GoalStatus; note: string }>;
  createdBy: string;
  createdAt: string;
}

// ── lists and pages ──────────────────────────────────────────────────────────────────────────

export const PlanListInput = z.strictObject({
  academicYear: academicYear.optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  /** Only plans whose next review is within REVIEW_DUE_DAYS or overdue. */
  reviewDue: z.boolean().optional(),
  /** The plan's school placement: inclusive or not, outside the institution or inside. */
  inclusive: z.boolean().optional(),
  outside: z.boolean().optional(),
  offset: z.number().int().min(0).optional().default(0),
  limit: z.number().int().min(1).max(1000).optional().default(200),
});
export type PlanListQuery = z.output<typeof PlanListInput>;

export const ResidentIdInput = z.strictObject({ residentId: id });

export interface ChildName {
  lastName: string;
  firstName: string;
  patronymic: string;
}

export interface PlanListItem {
  id: string;
  residentId: string;
  child: ChildName;
  academicYear: string;
  status: PlanStatus;
  startDate: string;
  endDate: string;
  responsibleTeacher: string;
  nextReviewDate: string | null;
  /** Active, and its next review within REVIEW_DUE_DAYS or overdue. */
  reviewDue: boolean;
  /** The school the plan names (null when it names none). */
  inclusive: boolean | null;
  outside: boolean | null;
  goalCount: number;
}

export interface PlanDto extends PlanListItem {
  version: number;
  team: string;
  strengths: string;
  needs: string;
  accommodations: string;
  schoolingId: string | null;
  assessmentId: string | null;
  previousPlanId: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  /** The child as the printed plan names them. */
  identity: ChildName & { fin: string | null; dateOfBirth: string; sex: Sex; groupName: string };
  schooling: SchoolingDto | null;
  goals: GoalDto[];
  supports: SupportDto[];
  reviews: ReviewDto[];
}

export interface PlanPage {
  total: number;
  rows: PlanListItem[];
}

export interface ChildEducationDto {
  residentId: string;
  schooling: SchoolingDto[];
  assessments: AssessmentDto[];
  supports: SupportDto[];
  plans: PlanListItem[];
}
