import { z } from 'zod';
import { isoDate, optionalIsoDate, optionalText, requiredName, SEX, type Sex } from '../person/schema';

// Care and placement: referrals (gatekeeping), assessments, care episodes, relatives. Zod inputs
// and DTOs, isomorphic (the forms validate with them). Messages are i18n keys.

export const REFERRERS = ['commission', 'guardianship', 'police', 'health', 'school', 'family', 'other'] as const;
export const REFERRAL_REASONS = [
  'poverty', 'abuse_neglect', 'abandonment', 'disability', 'parent_illness', 'parent_prison', 'orphaned', 'street',
  'school_access', 'other',
] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const REFERRAL_STATUSES = ['referred', 'accepted', 'rejected'] as const;
export const OUTCOMES = ['admitted_resident', 'admitted_day_care', 'diverted_family_support', 'diverted_community', 'not_admitted'] as const;
export const RECOMMENDATIONS = ['admit_resident', 'admit_day_care', 'family_support', 'community_service', 'no_placement'] as const;
/** The well-being domains: needs are assessed, and plan goals set, per domain. */
export const WELLBEING_DOMAINS = ['health', 'education', 'family', 'emotional', 'self_care', 'safety', 'economic'] as const;
export const ADMISSION_TYPES = ['new', 'readmission', 'transfer_in'] as const;
export const PLACEMENTS = ['resident', 'day_care'] as const;
export const DECIDING_BODIES = ['court', 'commission', 'guardianship', 'labour_ministry', 'other'] as const;
export const LEAVE_REASONS = ['family_visit', 'holiday', 'medical', 'education', 'other'] as const;
export const DESTINATIONS = [
  'biological_family', 'kinship', 'guardianship', 'foster_family', 'domestic_adoption', 'international_adoption',
  'other_institution', 'independent_living', 'death', 'other',
] as const;
/** Destinations that are a family: the share the ministry watches. */
export const FAMILY_DESTINATIONS: readonly Destination[] = ['biological_family', 'kinship', 'guardianship', 'foster_family', 'domestic_adoption', 'international_adoption'];
export const EXIT_REASONS = ['family_ready', 'aged_out', 'further_education', 'transfer', 'adoption', 'death', 'other'] as const;
export const EPISODE_KINDS = ['admission', 'leave', 'missing', 'exit'] as const;
/** The child's status, derived from the episodes; never typed. */
export const CARE_STATUSES = ['referred', 'resident', 'day_attendee', 'on_leave', 'missing', 'discharged'] as const;
export const RELATIONS = ['mother', 'father', 'sibling', 'grandmother', 'grandfather', 'aunt', 'uncle', 'stepmother', 'stepfather', 'other'] as const;
export const PARENTAL_RIGHTS = ['intact', 'restricted', 'deprived'] as const;
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export const CONTACT_FREQUENCIES = ['none', 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular'] as const;
export const PLAN_KINDS = ['care', 'reintegration', 'transition'] as const;
export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export const APPROVALS = ['requested', 'approved', 'rejected'] as const;
/** The transition plan's readiness checklist (from age 16). */
export const READINESS_ITEMS = ['documents', 'housing', 'income', 'skills', 'contact'] as const;
export const PLACEMENT_STATUSES = ['going_well', 'concerns', 'at_risk'] as const;
export const SERVICES = ['family_support', 'counselling', 'education', 'economic_help'] as const;
export const FOLLOW_UP_OUTCOMES = ['stable', 'breakdown', 'reentered'] as const;
/** Placement reviews at least every 3 months (UN Guidelines for the Alternative Care of Children, §67). */
export const DEFAULT_REVIEW_MONTHS = 3;
/** The youngest age of a transition-to-independence plan. */
export const TRANSITION_FROM_AGE = 16;

export type Referrer = (typeof REFERRERS)[number];
export type ReferralReason = (typeof REFERRAL_REASONS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export type WellbeingDomain = (typeof WELLBEING_DOMAINS)[number];
export type AdmissionType = (typeof ADMISSION_TYPES)[number];
export type Placement = (typeof PLACEMENTS)[number];
export type DecidingBody = (typeof DECIDING_BODIES)[number];
export type LeaveReason = (typeof LEAVE_REASONS)[number];
export type Destination = (typeof DESTINATIONS)[number];
export type ExitReason = (typeof EXIT_REASONS)[number];
export type EpisodeKind = (typeof EPISODE_KINDS)[number];
export type CareStatus = (typeof CARE_STATUSES)[number];
export type Relation = (typeof RELATIONS)[number];
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];
export type PlanKind = (typeof PLAN_KINDS)[number];
export type Approval = (typeof APPROVALS)[number];

/** Days an emergency admission may wait for its assessment (settings key `care.assessmentDays`). */
export const DEFAULT_ASSESSMENT_DAYS = 7;

const choose = { error: 'validation.choose' } as const;
const id = z.string().min(1).max(64);
const optionalId = z.union([z.null(), z.literal('').transform(() => null), id]).optional().transform((v) => v ?? null);
/** An ISO 8601 instant ("2026-11-26T08:30:00.000Z"); a local "2026-11-26T08:30" is read as UTC. */
export const isoInstant = z
  .string({ error: 'validation.required' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(new Date(s.length === 16 ? `${s}Z` : s).getTime()), {
    error: 'validation.dateFormat',
  })
  .transform((s) => new Date(s.length === 16 ? `${s}Z` : s).toISOString());
const optionalInstant = z.union([z.null(), z.literal('').transform(() => null), isoInstant]).optional().transform((v) => v ?? null);

export const ResidentIdInput = z.strictObject({ residentId: id });

export const ReferralCreateInput = z.strictObject({
  /** A child already in the register (referred again); null for a child new to the institution. */
  residentId: optionalId,
  lastName: requiredName,
  firstName: requiredName,
  patronymic: optionalText(80),
  sex: z.enum(SEX, choose),
  dateOfBirth: optionalIsoDate,
  referredOn: isoDate,
  referrer: z.enum(REFERRERS, choose),
  referrerName: optionalText(200),
  reasons: z.array(z.enum(REFERRAL_REASONS, choose)).min(1, { error: 'validation.required' }).max(REFERRAL_REASONS.length),
  childSituation: optionalText(4000),
  familySituation: optionalText(4000),
  consent: z.boolean().default(false),
  riskLevel: z.enum(RISK_LEVELS, choose),
  notes: optionalText(4000),
});
export type ReferralCreate = z.output<typeof ReferralCreateInput>;

export const AssessmentInput = z.strictObject({
  /** The referral assessed; or, for an emergency admission without one, the admission. */
  referralId: optionalId,
  episodeId: optionalId,
  assessedOn: isoDate,
  assessedBy: requiredName,
  needs: z.partialRecord(z.enum(WELLBEING_DOMAINS), z.string().trim().max(2000, { error: 'validation.tooLong' })).default({}),
  recommendation: z.enum(RECOMMENDATIONS, choose),
  notes: optionalText(4000),
});
export type AssessmentCreate = z.output<typeof AssessmentInput>;

export const ReferralOutcomeInput = z.strictObject({
  id,
  version: z.number().int().positive(),
  /** The outcomes that are not an admission (the admission itself records those). */
  outcome: z.enum(['diverted_family_support', 'diverted_community', 'not_admitted'], choose),
  outcomeOn: isoDate,
  outcomeService: optionalText(200),
  outcomePlace: optionalText(200),
  outcomeReason: optionalText(2000),
});
export type ReferralOutcome = z.output<typeof ReferralOutcomeInput>;

export const ReferralListInput = z.strictObject({
  status: z.enum(['open', 'all', ...REFERRAL_STATUSES]).optional().default('open'),
});

export const AdmitInput = z.strictObject({
  /** The referral the child came by; null only for an emergency admission of a registered child. */
  referralId: optionalId,
  /** For a re-admission without a referral: the child in the register. */
  residentId: optionalId,
  admittedOn: isoDate,
  admissionType: z.enum(ADMISSION_TYPES, choose),
  emergency: z.boolean().default(false),
  placement: z.enum(PLACEMENTS, choose).default('resident'),
  legalBasis: optionalText(200),
  decidingBody: z.enum(DECIDING_BODIES, choose),
  decisionNumber: optionalText(60),
  decisionDate: optionalIsoDate,
  cameFrom: optionalText(200),
  orderMonths: z.number().int().min(1).max(240).nullable().optional().transform((v) => v ?? null),
  orderExpiresOn: optionalIsoDate,
  groupName: optionalText(60),
  notes: optionalText(4000),
});
export type Admit = z.output<typeof AdmitInput>;

export const LeaveInput = z.strictObject({
  residentId: id,
  startedOn: isoDate,
  leaveReason: z.enum(LEAVE_REASONS, choose),
  risk: optionalText(2000),
  expectedReturnOn: optionalIsoDate,
  notes: optionalText(4000),
});
export type Leave = z.output<typeof LeaveInput>;

export const ReturnInput = z.strictObject({ episodeId: id, endedOn: isoDate, foundWhere: optionalText(200) });
export type Return = z.output<typeof ReturnInput>;

export const MissingInput = z.strictObject({
  residentId: id,
  noticedAt: isoInstant,
  authorised: z.boolean().default(false),
  reportedTo: optionalText(200),
  reportedAt: optionalInstant,
  notes: optionalText(4000),
});
export type Missing = z.output<typeof MissingInput>;

export const MissingReportInput = z.strictObject({ episodeId: id, reportedTo: requiredName, reportedAt: isoInstant });
export type MissingReport = z.output<typeof MissingReportInput>;

export const ExitInput = z.strictObject({
  residentId: id,
  exitedOn: isoDate,
  destination: z.enum(DESTINATIONS, choose),
  exitReason: z.enum(EXIT_REASONS, choose),
  destinationAddress: optionalText(300),
  homeKind: optionalText(120),
  decidingBody: z.enum(DECIDING_BODIES, choose),
  decisionNumber: z
    .string({ error: 'validation.required' })
    .trim()
    .pipe(z.string().min(1, { error: 'validation.required' }).max(60, { error: 'validation.tooLong' })),
  decisionDate: isoDate,
  /** Ask the director to approve the exit (pending on the dashboard until decided). */
  requestApproval: z.boolean().default(false),
  notes: optionalText(4000),
});
export type Exit = z.output<typeof ExitInput>;

/** Why a mistaken entry is corrected or voided (required; it goes into the audit trail). */
const correctionReason = z
  .string({ error: 'validation.required' })
  .trim()
  .pipe(z.string().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' }));

/**
 * A correction of an episode: the fields of its kind as they should be (the form sends them all,
 * prefilled); the rest are ignored. `startedOn` is the admission, leave or exit day (a missing
 * episode's day comes from `noticedAt`).
 */
export const EpisodeUpdateInput = z.strictObject({
  id,
  version: z.number().int().positive(),
  reason: correctionReason,
  startedOn: isoDate,
  endedOn: optionalIsoDate,
  admissionType: z.enum(ADMISSION_TYPES, choose).nullable().optional().transform((v) => v ?? null),
  emergency: z.boolean().default(false),
  placement: z.enum(PLACEMENTS, choose).nullable().optional().transform((v) => v ?? null),
  legalBasis: optionalText(200),
  decidingBody: z.enum(DECIDING_BODIES, choose).nullable().optional().transform((v) => v ?? null),
  decisionNumber: optionalText(60),
  decisionDate: optionalIsoDate,
  cameFrom: optionalText(200),
  orderExpiresOn: optionalIsoDate,
  leaveReason: z.enum(LEAVE_REASONS, choose).nullable().optional().transform((v) => v ?? null),
  risk: optionalText(2000),
  expectedReturnOn: optionalIsoDate,
  noticedAt: optionalInstant,
  authorised: z.boolean().default(false),
  reportedTo: optionalText(200),
  reportedAt: optionalInstant,
  foundWhere: optionalText(200),
  destination: z.enum(DESTINATIONS, choose).nullable().optional().transform((v) => v ?? null),
  exitReason: z.enum(EXIT_REASONS, choose).nullable().optional().transform((v) => v ?? null),
  destinationAddress: optionalText(300),
  homeKind: optionalText(120),
  notes: optionalText(4000),
});
export type EpisodeUpdate = z.output<typeof EpisodeUpdateInput>;

export const EpisodeVoidInput = z.strictObject({ id, version: z.number().int().positive(), reason: correctionReason });
export type EpisodeVoid = z.output<typeof EpisodeVoidInput>;

const relativeFields = {
  relation: z.enum(RELATIONS, choose),
  lastName: requiredName,
  firstName: requiredName,
  patronymic: optionalText(80),
  sex: z.enum(SEX, choose).nullable().optional().transform((v) => v ?? null),
  dateOfBirth: optionalIsoDate,
  alive: z.enum(YES_NO_UNKNOWN, choose).default('unknown'),
  parentalRights: z.enum(PARENTAL_RIGHTS, choose).nullable().optional().transform((v) => v ?? null),
  address: optionalText(300),
  phone: optionalText(40),
  addressRestricted: z.boolean().default(false),
  isCaregiver: z.boolean().default(false),
  willingToCare: z.enum(YES_NO_UNKNOWN, choose).default('unknown'),
  ableToCare: z.enum(YES_NO_UNKNOWN, choose).default('unknown'),
  barriers: optionalText(2000),
  contactFrequency: z.enum(CONTACT_FREQUENCIES, choose).default('none'),
  lastContactOn: optionalIsoDate,
  childKnows: z.enum(YES_NO_UNKNOWN, choose).default('unknown'),
  childWantsToLive: z.enum(YES_NO_UNKNOWN, choose).default('unknown'),
  /** A sibling who is also in the register: linked both ways. */
  siblingResidentId: optionalId,
  notes: optionalText(4000),
  /** Contact with this relative restricted by a decision (number, date, deciding body): daily care refuses a contact with them. */
  contactRestricted: z.boolean().default(false),
  restrictionDecisionNumber: optionalText(60),
  restrictionDecisionDate: optionalIsoDate,
  restrictionDecidedBy: z.enum(DECIDING_BODIES, choose).nullable().optional().transform((v) => v ?? null),
};
export const RelativeCreateInput = z.strictObject({ residentId: id, ...relativeFields });
export const RelativeUpdateInput = z.strictObject({ id, version: z.number().int().positive(), ...relativeFields });
export type RelativeCreate = z.output<typeof RelativeCreateInput>;
export type RelativeUpdate = z.output<typeof RelativeUpdateInput>;

export const PlanCreateInput = z.strictObject({
  residentId: id,
  kind: z.enum(PLAN_KINDS, choose),
  startedOn: isoDate,
  responsible: optionalText(120),
  reviewMonths: z.number().int().min(1).max(12).default(DEFAULT_REVIEW_MONTHS),
  goals: z
    .array(
      z.strictObject({
        domain: z.enum(WELLBEING_DOMAINS, choose),
        goal: z.string({ error: 'validation.required' }).trim().pipe(z.string().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' })),
        target: optionalText(500),
        responsible: optionalText(120),
        dueOn: optionalIsoDate,
      }),
    )
    .max(50)
    .default([]),
  readiness: z.partialRecord(z.enum(READINESS_ITEMS), z.boolean()).default({}),
  /** Ask the director to approve it (shown as pending on the dashboard). */
  requestApproval: z.boolean().default(false),
  notes: optionalText(4000),
});
export type PlanCreate = z.output<typeof PlanCreateInput>;

export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;

/** A plan's goal added (no goalId) or changed; a goal is removed by dropping it (kept, struck through). */
export const GoalSaveInput = z.strictObject({
  planId: id,
  goalId: optionalId,
  domain: z.enum(WELLBEING_DOMAINS, choose),
  goal: z.string({ error: 'validation.required' }).trim().pipe(z.string().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' })),
  target: optionalText(500),
  responsible: optionalText(120),
  dueOn: optionalIsoDate,
  status: z.enum(GOAL_STATUSES, choose).default('open'),
});
export type GoalSave = z.output<typeof GoalSaveInput>;

/** The transition plan's readiness checklist, item by item. */
export const ReadinessInput = z.strictObject({
  planId: id,
  readiness: z.partialRecord(z.enum(READINESS_ITEMS), z.boolean()).default({}),
});
export type ReadinessSave = z.output<typeof ReadinessInput>;

export const ReviewInput = z.strictObject({
  planId: id,
  reviewedOn: isoDate,
  participants: optionalText(500),
  /** goal id → progress in words. */
  progress: z.record(z.string().max(64), z.string().trim().max(2000, { error: 'validation.tooLong' })).default({}),
  childView: optionalText(4000),
  decision: optionalText(4000),
  /** Empty: the plan's interval (3 months unless set) after this review. */
  nextReviewOn: optionalIsoDate,
});
export type Review = z.output<typeof ReviewInput>;

export const ApprovalInput = z.strictObject({
  kind: z.enum(['plan', 'exit']),
  id,
  decision: z.enum(['approved', 'rejected'], choose),
});
export type ApprovalDecision = z.output<typeof ApprovalInput>;

export const VisitInput = z.strictObject({
  visitId: id,
  visitedOn: isoDate,
  seen: z.boolean().default(true),
  notSeenReason: optionalText(1000),
  placementStatus: z.enum(PLACEMENT_STATUSES, choose).nullable().optional().transform((v) => v ?? null),
  services: z.array(z.enum(SERVICES, choose)).max(SERVICES.length).default([]),
  outcome: z.enum(FOLLOW_UP_OUTCOMES, choose).nullable().optional().transform((v) => v ?? null),
  nextVisitOn: optionalIsoDate,
  notes: optionalText(4000),
});
export type Visit = z.output<typeof VisitInput>;

// ---- DTOs

export interface GoalDto {
  id: string;
  domain: WellbeingDomain;
  goal: string;
  target: string;
  responsible: string;
  dueOn: string | null;
  status: (typeof GOAL_STATUSES)[number];
}

export interface ReviewDto {
  id: string;
  planId: string;
  reviewedOn: string;
  participants: string;
  progress: Record<string, string>;
  childView: string;
  decision: string;
  nextReviewOn: string | null;
}

export interface PlanDto {
  id: string;
  version: number;
  residentId: string;
  kind: PlanKind;
  startedOn: string;
  status: (typeof PLAN_STATUSES)[number];
  responsible: string;
  reviewMonths: number;
  nextReviewOn: string | null;
  readiness: Partial<Record<(typeof READINESS_ITEMS)[number], boolean>>;
  approval: Approval | null;
  notes: string;
  goals: GoalDto[];
  reviews: ReviewDto[];
}

export interface VisitDto {
  id: string;
  exitId: string;
  dueOn: string;
  monthOffset: number | null;
  visitedOn: string | null;
  seen: boolean | null;
  notSeenReason: string;
  placementStatus: (typeof PLACEMENT_STATUSES)[number] | null;
  services: Array<(typeof SERVICES)[number]>;
  outcome: (typeof FOLLOW_UP_OUTCOMES)[number] | null;
  nextVisitOn: string | null;
  notes: string;
}


export interface AssessmentDto {
  id: string;
  referralId: string | null;
  episodeId: string | null;
  assessedOn: string;
  assessedBy: string;
  needs: Partial<Record<WellbeingDomain, string>>;
  recommendation: Recommendation;
  notes: string;
}

export interface ReferralDto {
  id: string;
  version: number;
  residentId: string | null;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: Sex;
  dateOfBirth: string | null;
  referredOn: string;
  referrer: Referrer;
  referrerName: string;
  reasons: ReferralReason[];
  childSituation: string;
  familySituation: string;
  consent: boolean;
  riskLevel: (typeof RISK_LEVELS)[number];
  status: (typeof REFERRAL_STATUSES)[number];
  outcome: Outcome | null;
  outcomeOn: string | null;
  outcomeService: string;
  outcomePlace: string;
  outcomeReason: string;
  notes: string;
  assessments: AssessmentDto[];
}

export interface EpisodeDto {
  id: string;
  version: number;
  kind: EpisodeKind;
  startedOn: string;
  endedOn: string | null;
  admissionType: AdmissionType | null;
  emergency: boolean;
  placement: Placement | null;
  referralId: string | null;
  previousExitId: string | null;
  cameFrom: string;
  orderMonths: number | null;
  orderExpiresOn: string | null;
  legalBasis: string;
  decidingBody: DecidingBody | null;
  decisionNumber: string;
  decisionDate: string | null;
  leaveReason: LeaveReason | null;
  risk: string;
  expectedReturnOn: string | null;
  authorised: boolean | null;
  noticedAt: string | null;
  reportedTo: string;
  reportedAt: string | null;
  foundWhere: string;
  destination: Destination | null;
  exitReason: ExitReason | null;
  destinationAddress: string;
  homeKind: string;
  /** An exit's approval by the director, when asked for. */
  approval: Approval | null;
  origin: 'care' | 'register' | 'migration';
  notes: string;
}

export type TimelineKind = 'referral' | 'assessment' | 'admission' | 'plan' | 'review' | 'leave' | 'missing' | 'exit' | 'visit';
export const TIMELINE_KINDS: readonly TimelineKind[] = ['referral', 'assessment', 'admission', 'plan', 'review', 'leave', 'missing', 'exit', 'visit'];

/** One dated event on the child's timeline; `ref` is the record it shows. */
export interface TimelineItem {
  kind: TimelineKind;
  date: string;
  id: string;
}

export interface CareDto {
  residentId: string;
  status: CareStatus;
  /** The open leave or missing episode, if the child is away. */
  away: EpisodeDto | null;
  referrals: ReferralDto[];
  episodes: EpisodeDto[];
  plans: PlanDto[];
  /** Follow-up visits after exits, scheduled and done. */
  visits: VisitDto[];
  /** Everything above in date order, oldest first. */
  timeline: TimelineItem[];
}

export interface ReferralListItem {
  id: string;
  residentId: string | null;
  lastName: string;
  firstName: string;
  patronymic: string;
  referredOn: string;
  referrer: Referrer;
  riskLevel: (typeof RISK_LEVELS)[number];
  status: (typeof REFERRAL_STATUSES)[number];
  outcome: Outcome | null;
  assessed: boolean;
}

export interface AdmitResult {
  residentId: string;
  episode: EpisodeDto;
}

export interface RelativeDto {
  id: string;
  version: number;
  residentId: string;
  relation: Relation;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: Sex | null;
  dateOfBirth: string | null;
  alive: YesNoUnknown;
  parentalRights: (typeof PARENTAL_RIGHTS)[number] | null;
  /** Null when the address is restricted by a decision and the reader's role does not need it. */
  address: string | null;
  phone: string | null;
  addressRestricted: boolean;
  isCaregiver: boolean;
  willingToCare: YesNoUnknown;
  ableToCare: YesNoUnknown;
  barriers: string;
  contactFrequency: (typeof CONTACT_FREQUENCIES)[number];
  lastContactOn: string | null;
  childKnows: YesNoUnknown;
  childWantsToLive: YesNoUnknown;
  siblingResidentId: string | null;
  notes: string;
  contactRestricted: boolean;
  restrictionDecisionNumber: string;
  restrictionDecisionDate: string | null;
  restrictionDecidedBy: DecidingBody | null;
}

/** The same day `months` later; the 31st in a shorter month becomes its last day. */
export function addMonths(isoDay: string, months: number): string {
  // The reports call this for every plan, review and child of ten years (~20 ms a report through
  // two `Date`s and toISOString each): plain arithmetic for an ordinary day, `Date` for anything
  // else, so that the answers — and the errors — are exactly addMonthsByDate's (a test compares them).
  const y = Number(isoDay.slice(0, 4));
  const mo = Number(isoDay.slice(5, 7));
  const d = Number(isoDay.slice(8, 10));
  const t = y * 12 + mo - 1 + months;
  const ny = Math.floor(t / 12);
  if (!(Number.isInteger(t) && y >= 1000 && ny >= 1000 && ny <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && Number.isInteger(d))) {
    return addMonthsByDate(isoDay, months);
  }
  const nm = t - ny * 12;
  const last = nm === 1 ? ((ny % 4 === 0 && ny % 100 !== 0) || ny % 400 === 0 ? 29 : 28) : MONTH_DAYS[nm]!;
  const nd = d < last ? d : last;
  return `${ny}-${nm < 9 ? '0' : ''}${nm + 1}-${nd < 10 ? '0' : ''}${nd}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** addMonths through `Date` (what it always answered; kept for what is not an ordinary day). */
export function addMonthsByDate(isoDay: string, months: number): string {
  const y = Number(isoDay.slice(0, 4));
  const m = Number(isoDay.slice(5, 7)) - 1 + months;
  const d = Number(isoDay.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
