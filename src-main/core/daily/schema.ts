import { z } from 'zod';
import { isoDate } from '../person/schema';
import type { Sex } from '../person/schema';
import type { MeasureCounts } from '../safeguarding/schema';

// Daily care records: the roll call, care notes, the day and the month. Isomorphic: the screens
// validate with the same schemas. Messages are i18n keys.

export const ATTENDANCE_STATUSES = ['present', 'home_leave', 'hospital', 'school_trip', 'missing', 'other'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const CARE_NOTE_KINDS = ['health', 'meal', 'sleep', 'behaviour', 'activity', 'education', 'general'] as const;
export type CareNoteKind = (typeof CARE_NOTE_KINDS)[number];

const groupName = z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(60, { error: 'validation.tooLong' });
const residentId = z.string().min(1).max(64);
const note = z.string().trim().max(500, { error: 'validation.tooLong' }).optional().default('');

export const RollCallGetInput = z.object({ date: isoDate, group: groupName }).strict();
export type RollCallQuery = z.output<typeof RollCallGetInput>;

export const RollCallMark = z
  .object({
    residentId,
    status: z.enum(ATTENDANCE_STATUSES, { error: 'validation.choose' }),
    note,
  })
  .strict();

export const RollCallSaveInput = z
  .object({
    date: isoDate,
    group: groupName,
    // A group of 300 children is the issue's largest; 2,000 leaves room without inviting abuse.
    marks: z.array(RollCallMark).min(1, { error: 'daily.errors.noMarks' }).max(2000),
  })
  .strict();
export type RollCallSave = z.output<typeof RollCallSaveInput>;

/** One child of a roll call: who, and what was saved for the day (null: not marked yet). */
export interface RollCallRow {
  residentId: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  sex: Sex;
  dateOfBirth: string;
  status: AttendanceStatus | null;
  note: string;
}

export interface RollCallDto {
  date: string;
  group: string;
  /** The saved roll call, or null when nobody has saved this group's day yet. */
  saved: { at: string; by: string; marked: number; children: number } | null;
  rows: RollCallRow[];
}

export interface RollCallSaved extends RollCallDto {
  /** How many marks this save changed (each one audited). */
  changed: number;
}

const time = z.string({ error: 'validation.required' }).regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'daily.errors.timeFormat' });

export const CareNoteAddInput = z
  .object({
    residentIds: z.array(residentId).min(1, { error: 'daily.errors.noChild' }).max(500),
    date: isoDate,
    time,
    kind: z.enum(CARE_NOTE_KINDS, { error: 'validation.choose' }),
    text: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(4000, { error: 'validation.tooLong' }),
  })
  .strict();
export type CareNoteAdd = z.output<typeof CareNoteAddInput>;

export interface CareNoteDto {
  id: string;
  residentId: string;
  lastName: string;
  firstName: string;
  date: string;
  time: string;
  kind: CareNoteKind;
  text: string;
  author: string;
  createdAt: string;
}

export const ChildLogInput = z
  .object({
    residentId,
    /** The last day shown (default: today) and how many days back from it. */
    to: isoDate.optional(),
    days: z.number().int().min(1).max(366).optional().default(31),
  })
  .strict();

/** One day of a child's daily log: the roll call's mark and the notes, newest day first. */
export interface ChildLogDay {
  date: string;
  status: AttendanceStatus | null;
  statusNote: string;
  notes: CareNoteDto[];
}

export const DayInput = z.object({ date: isoDate }).strict();

export type StatusCounts = Record<AttendanceStatus, number>;

export interface DayGroupSummary {
  group: string;
  children: number;
  saved: boolean;
  counts: StatusCounts;
  unmarked: number;
}

export interface DaySummaryDto {
  date: string;
  groups: DayGroupSummary[];
  totals: StatusCounts & { children: number; unmarked: number };
  notes: CareNoteDto[];
  notesByKind: Record<CareNoteKind, number>;
  /** Incidents of that date (not voided), and how many of them are high or critical. */
  incidents: { total: number; serious: number };
  /** Scheduled doses that day: due, and as recorded (numbers only: the detail is medical). */
  doses: { due: number; given: number; refused: number; missed: number };
  /** Measures of control that date (core/safeguarding), by measure: numbers only. */
  measures: { total: number; byMeasure: MeasureCounts };
}

export const MonthInput = z
  .object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'daily.errors.monthFormat' }) })
  .strict();

export interface MonthDay {
  date: string;
  /** Groups whose roll call is saved that day. */
  saved: string[];
  /** Groups with children in care that day and no saved roll call (past and today only). */
  missing: string[];
}

export interface MonthCalendarDto {
  month: string;
  groups: string[];
  days: MonthDay[];
}

export function emptyCounts(): StatusCounts {
  return { present: 0, home_leave: 0, hospital: 0, school_trip: 0, missing: 0, other: 0 };
}

/** The days of a month, 'YYYY-MM-DD'. */
export function daysOfMonth(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** The date n days from a date (n may be negative). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// —— Incidents (issue 11 §5) ——

export const INCIDENT_KINDS = [
  'injury', 'illness', 'missing_from_care', 'abducted', 'violence_bullying', 'abuse_allegation', 'allegation_against_staff',
  'self_harm', 'sexual_exploitation', 'offence', 'pregnancy', 'death', 'property', 'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const NOTIFY_PARTIES = ['family', 'police', 'health_service', 'guardianship_authority', 'ministry'] as const;
export type NotifyParty = (typeof NOTIFY_PARTIES)[number];

/**
 * Who must be told without delay (the issue: death, abuse allegation, allegation against staff,
 * sexual exploitation, a serious police incident): until each of these is recorded the incident
 * is overdue. A "serious police incident" is any incident the police are involved in at high or
 * critical severity.
 */
export function requiredParties(kind: IncidentKind, severity: Severity, policeInvolved: boolean): NotifyParty[] {
  const out = new Set<NotifyParty>();
  if (kind === 'death') ['family', 'police', 'health_service', 'guardianship_authority', 'ministry'].forEach((p) => out.add(p as NotifyParty));
  if (kind === 'abuse_allegation' || kind === 'allegation_against_staff' || kind === 'sexual_exploitation')
    ['police', 'guardianship_authority', 'ministry'].forEach((p) => out.add(p as NotifyParty));
  if (policeInvolved && (severity === 'high' || severity === 'critical')) ['police', 'ministry'].forEach((p) => out.add(p as NotifyParty));
  return NOTIFY_PARTIES.filter((p) => out.has(p));
}

const isoInstant = z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), { error: 'validation.dateFormat' });
const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' }).optional().default('');

export const IncidentNotificationInput = z
  .object({
    party: z.enum(NOTIFY_PARTIES, { error: 'validation.choose' }),
    notifiedAt: isoInstant,
    contact: text(200),
    note: text(1000),
  })
  .strict();

export const IncidentCreateInput = z
  .object({
    date: isoDate,
    time,
    place: text(200),
    kind: z.enum(INCIDENT_KINDS, { error: 'validation.choose' }),
    severity: z.enum(SEVERITIES, { error: 'validation.choose' }),
    policeInvolved: z.boolean().optional().default(false),
    residentIds: z.array(residentId).min(1, { error: 'daily.errors.noChild' }).max(100),
    whatHappened: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(8000, { error: 'validation.tooLong' }),
    actionsTaken: text(8000),
    notifications: z.array(IncidentNotificationInput).max(NOTIFY_PARTIES.length).optional().default([]),
  })
  .strict();
export type IncidentCreate = z.output<typeof IncidentCreateInput>;

export const IncidentNotifyInput = IncidentNotificationInput.extend({ incidentId: residentId }).strict();
export type IncidentNotify = z.output<typeof IncidentNotifyInput>;

export const IncidentCloseInput = z
  .object({
    id: residentId,
    version: z.number().int().positive(),
    outcome: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(4000, { error: 'validation.tooLong' }),
  })
  .strict();

export const IncidentListInput = z
  .object({ status: z.enum(['open', 'closed', 'all']).optional().default('open'), limit: z.number().int().min(1).max(1000).optional().default(200) })
  .strict();

export const IncidentIdInput = z.object({ id: residentId }).strict();

export interface IncidentNotificationDto {
  party: NotifyParty;
  required: boolean;
  notifiedAt: string | null;
  notifiedBy: string | null;
  contact: string;
  note: string;
}

export interface IncidentDto {
  id: string;
  version: number;
  date: string;
  time: string;
  place: string;
  kind: IncidentKind;
  severity: Severity;
  policeInvolved: boolean;
  whatHappened: string;
  actionsTaken: string;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedBy: string | null;
  outcome: string;
  reportedBy: string;
  children: Array<{ residentId: string; lastName: string; firstName: string; patronymic: string }>;
  notifications: IncidentNotificationDto[];
  /** A required notification is not recorded yet. */
  overdue: boolean;
  createdAt: string;
}

// —— Medication (issue 11 §4): prescriptions and doses ——

export const ROUTES = ['oral', 'sublingual', 'topical', 'inhaled', 'injection', 'rectal', 'eye', 'ear', 'nasal', 'other'] as const;
export type Route = (typeof ROUTES)[number];
export const DOSE_OUTCOMES = ['given', 'refused', 'missed'] as const;
export type DoseOutcome = (typeof DOSE_OUTCOMES)[number];

export const PrescriptionCreateInput = z
  .object({
    residentId,
    medicine: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    dose: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(100, { error: 'validation.tooLong' }),
    route: z.enum(ROUTES, { error: 'validation.choose' }),
    times: z.array(time).max(12).optional().default([]),
    asNeeded: z.boolean().optional().default(false),
    asNeededReason: text(500),
    startDate: isoDate,
    endDate: isoDate.nullable().optional().default(null),
    prescriber: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    note: text(2000),
    /** The prescriber knows the child is allergic to this medicine and prescribes it all the same. */
    allergyConfirmed: z.boolean().optional().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.asNeeded && !v.asNeededReason) ctx.addIssue({ code: 'custom', path: ['asNeededReason'], message: 'validation.required' });
    if (!v.asNeeded && v.times.length === 0) ctx.addIssue({ code: 'custom', path: ['times'], message: 'daily.errors.noTimes' });
    if (v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'daily.errors.endBeforeStart' });
  });
export type PrescriptionCreate = z.output<typeof PrescriptionCreateInput>;

export const DoseRecordInput = z
  .object({
    medicationId: residentId,
    date: isoDate,
    /** The prescription's time this dose answers; null for an as-needed dose. */
    scheduledTime: time.nullable(),
    outcome: z.enum(DOSE_OUTCOMES, { error: 'validation.choose' }),
    givenAt: isoInstant.optional(),
    dose: text(100),
    reason: text(1000),
  })
  .strict();
export type DoseRecord = z.output<typeof DoseRecordInput>;

export interface MedicationDose {
  id: string;
  scheduledTime: string | null;
  outcome: DoseOutcome;
  givenAt: string | null;
  dose: string;
  reason: string;
  recordedBy: string;
}

export interface MedicationTodayRow {
  medicationId: string;
  residentId: string;
  lastName: string;
  firstName: string;
  groupName: string;
  medicine: string;
  dose: string;
  route: Route;
  asNeeded: boolean;
  asNeededReason: string;
  /** The doses due that day (the prescription's times), each with what was recorded. */
  due: Array<{ time: string; recorded: MedicationDose | null }>;
  /** As-needed doses recorded that day. */
  extra: MedicationDose[];
  /** The child's allergies (every kind), shown beside each medicine. */
  allergies: Array<{ allergen: string; kind: AllergyKind; severity: AllergySeverity }>;
}

export interface MedicationDayDto {
  date: string;
  rows: MedicationTodayRow[];
  counts: { due: number; given: number; refused: number; missed: number; pending: number };
}

// —— Family contact (issue 11 §3): rows, not a note kind ——

export const CONTACT_KINDS = ['visit_institution', 'home_visit', 'phone_call', 'video_call', 'letter'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

const contactFields = {
  /** The relative (care's relatives of this child) the contact was with. */
  relativeId: residentId,
  date: isoDate,
  time: time.nullable().optional().transform((v) => v ?? null),
  kind: z.enum(CONTACT_KINDS, { error: 'validation.choose' }),
  supervised: z.boolean().optional().default(false),
  howItWent: text(2000),
  childReaction: text(2000),
  notes: text(4000),
};

export const FamilyContactAddInput = z.object({ residentId, ...contactFields }).strict();
export type FamilyContactAdd = z.output<typeof FamilyContactAddInput>;
export const FamilyContactUpdateInput = z.object({ id: residentId, version: z.number().int().positive(), ...contactFields }).strict();
export type FamilyContactUpdate = z.output<typeof FamilyContactUpdateInput>;
export const FamilyContactVoidInput = z
  .object({
    id: residentId,
    version: z.number().int().positive(),
    reason: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' }),
  })
  .strict();
export type FamilyContactVoid = z.output<typeof FamilyContactVoidInput>;
export const FamilyContactListInput = z
  .object({ residentId, limit: z.number().int().min(1).max(1000).optional().default(200) })
  .strict();

export interface FamilyContactDto {
  id: string;
  version: number;
  residentId: string;
  relativeId: string | null;
  /** The relative's name as the record shows it (or the name written before 0011). */
  relativeName: string;
  relation: string | null;
  date: string;
  time: string | null;
  kind: ContactKind;
  supervised: boolean;
  howItWent: string;
  childReaction: string;
  notes: string;
  recordedBy: string;
  createdAt: string;
}

// —— Missing from care, from the roll call (issue 11 §1): care's missing episode and the incident at once ——

export const MissingFromCareInput = z
  .object({
    /** The roll call's date, and when (the PC's time) the child was found missing. */
    date: isoDate,
    time,
    /** The same moment as an instant (care's missing episode records it). */
    noticedAt: isoInstant,
    residentIds: z.array(residentId).min(1, { error: 'daily.errors.noChild' }).max(100),
    severity: z.enum(SEVERITIES, { error: 'validation.choose' }).optional().default('high'),
    /** Where the child was last seen (the incident's place). */
    place: text(200),
    whatHappened: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(8000, { error: 'validation.tooLong' }),
    actionsTaken: text(8000),
    policeInvolved: z.boolean().optional().default(false),
    /** Whom the missing child was reported to (police, family), if already. */
    reportedTo: text(200),
  })
  .strict();
export type MissingFromCare = z.output<typeof MissingFromCareInput>;

export interface MissingOpened {
  incident: IncidentDto;
  /** Care's missing episode of each child, in the order given. */
  episodeIds: string[];
}

// —— Medication extras (issue 11 §4): allergies, stock received and disposed of, first aid ——

export const ALLERGY_KINDS = ['medicine', 'food', 'environmental', 'insect', 'other'] as const;
export type AllergyKind = (typeof ALLERGY_KINDS)[number];
export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe', 'life_threatening'] as const;
export type AllergySeverity = (typeof ALLERGY_SEVERITIES)[number];

export const AllergyAddInput = z
  .object({
    residentId,
    allergen: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    kind: z.enum(ALLERGY_KINDS, { error: 'validation.choose' }),
    reaction: text(1000),
    severity: z.enum(ALLERGY_SEVERITIES, { error: 'validation.choose' }),
    notedDate: isoDate.nullable().optional().default(null),
  })
  .strict();
export type AllergyAdd = z.output<typeof AllergyAddInput>;

export const AllergiesInput = z.object({ residentId: residentId.optional() }).strict();

export interface AllergyDto {
  id: string;
  version: number;
  residentId: string;
  lastName: string;
  firstName: string;
  allergen: string;
  kind: AllergyKind;
  reaction: string;
  severity: AllergySeverity;
  notedDate: string | null;
}

/** Stock comes in (received) and goes out (disposed of, returned to the pharmacy): who, and why. */
export const STOCK_MOVEMENTS = ['received', 'disposed', 'returned'] as const;
export type StockMovement = (typeof STOCK_MOVEMENTS)[number];

export const StockRecordInput = z
  .object({
    medicine: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    movement: z.enum(STOCK_MOVEMENTS, { error: 'validation.choose' }),
    quantity: z.number({ error: 'daily.errors.quantity' }).positive({ error: 'daily.errors.quantity' }).max(1_000_000, { error: 'daily.errors.quantity' }),
    unit: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(40, { error: 'validation.tooLong' }),
    date: isoDate,
    batch: text(100),
    expiryDate: isoDate.nullable().optional().default(null),
    /** Why it goes out (needed for disposed and returned), or where it came from. */
    reason: text(1000),
    /** The second person who saw it go out (needed for disposed and returned). */
    witnessedBy: text(200),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.movement !== 'received' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.required' });
    if (v.movement !== 'received' && !v.witnessedBy) ctx.addIssue({ code: 'custom', path: ['witnessedBy'], message: 'validation.required' });
  });
export type StockRecord = z.output<typeof StockRecordInput>;

export interface StockMovementDto {
  id: string;
  movement: StockMovement;
  quantity: number;
  date: string;
  batch: string;
  expiryDate: string | null;
  reason: string;
  witnessedBy: string;
  recordedBy: string;
}

/** One medicine in one unit: what came in, what went out, what is on hand (doses given are not counted off: a dose is free text). */
export interface StockDto {
  medicine: string;
  unit: string;
  received: number;
  out: number;
  onHand: number;
  movements: StockMovementDto[];
}

export const FirstAidInput = z
  .object({
    residentId,
    date: isoDate,
    time,
    whatHappened: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(4000, { error: 'validation.tooLong' }),
    treatment: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(4000, { error: 'validation.tooLong' }),
    givenBy: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    incidentId: residentId.nullable().optional().default(null),
  })
  .strict();
export type FirstAidRecord = z.output<typeof FirstAidInput>;

export const FirstAidListInput = z.object({ residentId: residentId.optional(), limit: z.number().int().min(1).max(1000).optional().default(100) }).strict();

export interface FirstAidDto {
  id: string;
  residentId: string;
  lastName: string;
  firstName: string;
  date: string;
  time: string;
  whatHappened: string;
  treatment: string;
  givenBy: string;
  incidentId: string | null;
  recordedBy: string;
}

// —— Correcting medical records: a mistaken entry is voided with a reason (kept, never deleted);
// a medicine the doctor stops gets its end date. Stock is corrected by its own movements. ——

const voidReason = z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' });
/** The version the screen showed: a record changed since is refused (errors.staleVersion). */
const seenVersion = z.number().int().positive().optional();

export const AllergyVoidInput = z.object({ id: residentId, version: seenVersion, reason: voidReason }).strict();
export type AllergyVoid = z.output<typeof AllergyVoidInput>;

export const PrescriptionsInput = z.object({ residentId }).strict();

/** The doctor stopped the medicine: its last day (today or a past day, not before it started, not after its end). */
export const PrescriptionStopInput = z.object({ id: residentId, version: seenVersion, endDate: isoDate, reason: voidReason }).strict();
export type PrescriptionStop = z.output<typeof PrescriptionStopInput>;

export const PrescriptionVoidInput = z.object({ id: residentId, version: seenVersion, reason: voidReason }).strict();
export type PrescriptionVoid = z.output<typeof PrescriptionVoidInput>;

export const FirstAidVoidInput = z.object({ id: residentId, reason: voidReason }).strict();
export type FirstAidVoid = z.output<typeof FirstAidVoidInput>;

/** One of a child's prescriptions (voided ones are left out), with how many doses were recorded for it. */
export interface PrescriptionDto {
  id: string;
  version: number;
  residentId: string;
  medicine: string;
  dose: string;
  route: Route;
  times: string[];
  asNeeded: boolean;
  asNeededReason: string;
  startDate: string;
  endDate: string | null;
  prescriber: string;
  note: string;
  createdBy: string;
  /** Doses given, refused or missed recorded against it (a prescription with doses is stopped, never voided). */
  dosesRecorded: number;
}
