import { z } from 'zod';
import { isoDate } from '../person/schema';
import type { Sex } from '../person/schema';

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
    // A group of 300 children is the largest; 2,000 leaves room without inviting abuse.
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
