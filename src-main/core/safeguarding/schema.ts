import { z } from 'zod';
import { isoDate } from '../person/schema';

// Safeguarding records (issue 11 §§6–7): restraint and other measures of control, complaints.
// Isomorphic: the screens validate with the same schemas. Messages are i18n keys.

/**
 * The measures of control a record may name. `stop_family_contact` is listed only so that the core
 * can refuse it with its own message: stopping a child's contact with the family is never a
 * sanction (UN Guidelines for the Alternative Care of Children §96; reg. 35 of the Children's
 * Homes Regulations 2015 allows no such measure). The table's CHECK does not accept it either.
 */
export const MEASURES = ['physical_hold', 'separation', 'removal_of_item', 'restriction_of_activity', 'other'] as const;
export type Measure = (typeof MEASURES)[number];
export const REFUSED_MEASURES = ['stop_family_contact'] as const;

export const COMPLAINT_ABOUT = ['care', 'staff', 'another_child', 'food', 'health', 'education', 'family_contact', 'placement', 'other'] as const;
export type ComplaintAbout = (typeof COMPLAINT_ABOUT)[number];

/** Hours after the measure by which the record is made, and by which the director signs it off. */
export const RECORD_HOURS = 24;
export const SIGN_OFF_HOURS = 48;
/** Days after the measure by which someone has spoken with the child about it. */
export const TALK_DAYS = 5;
/** Days a complaint may stay open before the dashboard shows it (settings `safeguarding.complaintDays`). */
export const COMPLAINT_DAYS_DEFAULT = 30;
export const COMPLAINT_DAYS_KEY = 'safeguarding.complaintDays';

const id = z.string().min(1).max(64);
const time = z.string({ error: 'validation.required' }).regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'safeguarding.errors.timeFormat' });
const required = (max: number) =>
  z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(max, { error: 'validation.tooLong' });
const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' }).optional().default('');

export const RestraintCreateInput = z
  .object({
    residentId: id,
    date: isoDate,
    time,
    place: required(200),
    /** What led to it. */
    antecedent: required(4000),
    measure: z.enum([...MEASURES, ...REFUSED_MEASURES], { error: 'validation.choose' }),
    measureDetail: text(1000),
    durationMinutes: z
      .number({ error: 'safeguarding.errors.durationRequired' })
      .int({ error: 'safeguarding.errors.durationRequired' })
      .min(1, { error: 'safeguarding.errors.durationRequired' })
      .max(24 * 60, { error: 'safeguarding.errors.durationTooLong' }),
    triedFirst: required(2000),
    usedBy: required(200),
    witnessedBy: z.string({ error: 'safeguarding.errors.witnessRequired' }).trim().min(1, { error: 'safeguarding.errors.witnessRequired' }).max(200, { error: 'validation.tooLong' }),
    effect: required(2000),
    injury: z.boolean().optional().default(false),
    injuryDetail: text(2000),
    injuryTreatment: text(2000),
    /** Why the record is made more than 24 hours after the measure (needed then, '' otherwise). */
    lateReason: text(1000),
    incidentId: id.nullable().optional().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.injury && !v.injuryDetail) ctx.addIssue({ code: 'custom', path: ['injuryDetail'], message: 'validation.required' });
    if (v.injury && !v.injuryTreatment) ctx.addIssue({ code: 'custom', path: ['injuryTreatment'], message: 'validation.required' });
  });
export type RestraintCreate = z.output<typeof RestraintCreateInput>;

export const RestraintSignOffInput = z.object({ id, version: z.number().int().positive(), note: text(2000) }).strict();
export type RestraintSignOff = z.output<typeof RestraintSignOffInput>;

export const RestraintTalkInput = z
  .object({
    id,
    version: z.number().int().positive(),
    date: isoDate,
    /** Who spoke with the child (a name: the key worker, the psychologist…). */
    talkedBy: required(200),
    /** What the child said about it. */
    note: required(4000),
  })
  .strict();
export type RestraintTalk = z.output<typeof RestraintTalkInput>;

export const RestraintListInput = z
  .object({ status: z.enum(['pending', 'all']).optional().default('pending'), residentId: id.optional(), limit: z.number().int().min(1).max(1000).optional().default(200) })
  .strict();
export type RestraintList = z.output<typeof RestraintListInput>;

export const IdInput = z.object({ id }).strict();

/** A mistaken record voided with its reason (kept, never deleted; the director's). */
export const VoidInput = z.object({ id, version: z.number().int().positive(), reason: required(1000) }).strict();
export type VoidRecord = z.output<typeof VoidInput>;

export interface ChildRef {
  residentId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  groupName: string;
}

export interface RestraintDto {
  id: string;
  version: number;
  child: ChildRef;
  date: string;
  time: string;
  place: string;
  antecedent: string;
  measure: Measure;
  measureDetail: string;
  durationMinutes: number;
  triedFirst: string;
  usedBy: string;
  witnessedBy: string;
  effect: string;
  injury: boolean;
  injuryDetail: string;
  injuryTreatment: string;
  lateReason: string;
  incidentId: string | null;
  recordedBy: string;
  createdAt: string;
  signedOffAt: string | null;
  signedOffBy: string | null;
  signOffNote: string;
  talkedDate: string | null;
  talkedBy: string | null;
  talkNote: string;
  /**
   * The deadlines: the sign-off by this date and time of day ('YYYY-MM-DDTHH:MM', the institution's
   * wall clock like the measure's own time: 48 hours after it), the talk by this date (included).
   */
  signOffDue: string;
  talkDueDate: string;
  recordedLate: boolean;
  signOffOverdue: boolean;
  talkOverdue: boolean;
}

export const ComplaintCreateInput = z
  .object({
    residentId: id,
    /** By the child (true) or about the child by someone else (false: a relative, a teacher…). */
    byChild: z.boolean().optional().default(true),
    complainant: required(200),
    receivedDate: isoDate,
    about: z.enum(COMPLAINT_ABOUT, { error: 'validation.choose' }),
    details: required(8000),
    /** The person the child chose to trust with it ('' when the child chose nobody). */
    personOfTrust: text(200),
    actions: text(8000),
  })
  .strict();
export type ComplaintCreate = z.output<typeof ComplaintCreateInput>;

export const ComplaintUpdateInput = z
  .object({
    id,
    version: z.number().int().positive(),
    actions: text(8000),
    outcome: text(8000),
    /** Set to close the complaint (needs its outcome). */
    closedDate: isoDate.nullable().optional().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.closedDate && !v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'safeguarding.errors.outcomeRequired' });
  });
export type ComplaintUpdate = z.output<typeof ComplaintUpdateInput>;

export const ComplaintListInput = z
  .object({ status: z.enum(['open', 'all']).optional().default('open'), residentId: id.optional(), limit: z.number().int().min(1).max(1000).optional().default(200) })
  .strict();
export type ComplaintList = z.output<typeof ComplaintListInput>;

export interface ComplaintDto {
  id: string;
  version: number;
  child: ChildRef;
  byChild: boolean;
  complainant: string;
  receivedDate: string;
  about: ComplaintAbout;
  details: string;
  personOfTrust: string;
  actions: string;
  outcome: string;
  closedDate: string | null;
  recordedBy: string;
  createdAt: string;
  /** Days since it was received (to its closing day, or today). */
  daysOpen: number;
  /** Open for more than the set days (settings `safeguarding.complaintDays`). */
  overdue: boolean;
}

/** A date's measures of control, by measure (the day summary: numbers only). */
export type MeasureCounts = Record<Measure, number>;
export const emptyMeasureCounts = (): MeasureCounts => ({ physical_hold: 0, separation: 0, removal_of_item: 0, restriction_of_activity: 0, other: 0 });

/** The instant a date and a time of day name ('YYYY-MM-DDTHH:MM:00.000Z': the core's clock is UTC). */
export const instantOf = (date: string, time: string): string => `${date}T${time}:00.000Z`;
export const addHours = (iso: string, hours: number): string => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
