// Days missed at school per month, from the daily roll call (daily's `attendance`) where it exists,
// typed otherwise. Pure: queries.ts counts the roll call's rows, this file decides.
//
// What counts as a day missed: a school day (Monday to Friday) on which the roll call marked the
// child `hospital` or `missing` — the two marks under which a child cannot have been at school.
// `present` (in the institution's care that day, going to school from it) and `school_trip` (at
// school or on a school trip) are days at school; `home_leave` and `other` say nothing about school
// and are not counted. A month "has a roll call" for the child when the roll call marked them on
// any day of it inside the schooling's dates: that month's number is then the roll call's, and a
// typed number for it is kept but not shown; a month without one shows the typed number, if any.

/** The roll call's marks meaning the child was not at school that day. */
export const NOT_AT_SCHOOL_STATUSES = ['hospital', 'missing'] as const;

export interface Absence {
  month: string;
  daysMissed: number;
  source: 'typed' | 'roll_call';
}

/** The days a schooling record's roll call is read over: its year, narrowed by its dates, up to today. */
export function schoolingSpan(s: { academicYear: string; startDate: string | null; endDate: string | null }, today: string): { from: string; to: string } | null {
  const first = Number(s.academicYear.slice(0, 4));
  const from = [`${first}-09-01`, s.startDate ?? ''].sort().at(-1)!;
  const to = [`${first + 1}-08-31`, s.endDate ?? '9999-12-31', today].sort()[0]!;
  return from <= to ? { from, to } : null;
}

/** The months shown: every month the roll call covered (its count), and the typed ones of other months. */
export function mergeAbsences(rollCall: Array<{ month: string; missed: number }>, typed: Array<{ month: string; daysMissed: number }>): Absence[] {
  const out = new Map<string, Absence>();
  for (const t of typed) out.set(t.month, { month: t.month, daysMissed: t.daysMissed, source: 'typed' });
  for (const r of rollCall) out.set(r.month, { month: r.month, daysMissed: r.missed, source: 'roll_call' });
  return [...out.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Total days missed over the months shown. */
export const totalDaysMissed = (absences: Absence[]) => absences.reduce((n, a) => n + a.daysMissed, 0);
