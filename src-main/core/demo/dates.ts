import { addYears } from '../residents/schema';

// Calendar days as whole numbers (days since 1970-01-01, UTC), for date arithmetic in the demo.

const DAY_MS = 86_400_000;

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayStartMs = (day: number): number => day * DAY_MS;

/** The first and last possible birthdays of a child who is `age` whole years old on `today`. */
export function birthRangeForAge(today: string, age: number): [number, number] {
  return [dayOf(addYears(today, -(age + 1))) + 1, dayOf(addYears(today, -age))];
}
