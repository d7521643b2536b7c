import type { AuditEntryView } from '@core/audit/schema';
import type { FieldChange } from '@core/audit/diff';
import { FIELD_ORDER as RESIDENT_FIELDS } from '../residents/fieldDisplay';
import { STAFF_FIELD_ORDER, TRAINING_FIELD_ORDER } from '../staff/staffDisplay';

// Which fields of an audit entry are shown, in which order, and how its action looks. Pure (no
// React): the audit screen and every record's History tab use it through auditDisplay.ts.

/** Fields that are bookkeeping, not content: never listed. */
// Internal links between records (an exit's visit, a plan's goal) and schedule arithmetic: what the
// entry is about is said by its action and its record, not by these ids.
export const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'trainingId', 'exitId', 'episodeId', 'referralId', 'planId', 'monthOffset']);

export const USER_FIELDS = ['username', 'displayName', 'role', 'staffId', 'active', 'mustChangePassword'];
export const INSTITUTION_FIELDS = ['code', 'nameAz', 'nameEn', 'type', 'region', 'address', 'capacity'];
/** Fields the session's entries record (sign-in attempts, lockouts, refusals). */
export const GENERIC_FIELDS = ['attempt', 'reason', 'lockedUntil', 'permission', 'mustChangePassword'];

export const ORDER: Record<string, readonly string[]> = {
  resident: RESIDENT_FIELDS,
  staff: [...STAFF_FIELD_ORDER, ...TRAINING_FIELD_ORDER],
  user: USER_FIELDS,
  institution: INSTITUTION_FIELDS,
  settings: ['idleLockMinutes'],
};

export type Entry = AuditEntryView;
export type Change = FieldChange;

/** An action's look: created (teal), changed (blue), refused or failed (red), the rest (gray). */
export function actionColor(action: string): string {
  if (/\.create$|\.trainingAdd$/.test(action)) return 'teal';
  if (/Failed$|lockout$|denied$/.test(action)) return 'red';
  if (/\.update$|\.trainingUpdate$/.test(action)) return 'blue';
  return 'gray';
}

/** The entry's changes in the form's order; for a new record only the fields filled in. */
export function visibleChanges(e: Entry): Change[] {
  const isCreate = e.before == null;
  const order = ORDER[e.entity] ?? [];
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return e.changes
    .filter((c) => !BOOKKEEPING.has(c.field))
    .filter((c) => !isCreate || c.hidden || (c.after !== '' && c.after !== null && c.after !== false && !(Array.isArray(c.after) && c.after.length === 0)))
    .sort((a, b) => rank(a.field) - rank(b.field));
}

/**
 * The records the entries on screen are about, whose names the audit screen shows: children,
 * staff members (also those an account's staff link names), and whether any is about an account.
 */
export function subjectsOf(entries: readonly Entry[]): { residents: string[]; staff: string[]; users: boolean } {
  const residents = new Set<string>();
  const staff = new Set<string>();
  let users = false;
  for (const e of entries) {
    if (e.entity === 'resident') residents.add(e.entityId);
    else if (e.entity === 'staff') staff.add(e.entityId);
    else if (e.entity === 'user') users = true;
    for (const v of [e.before, e.after]) {
      const staffId = v && typeof v === 'object' ? (v as Record<string, unknown>).staffId : undefined;
      if (typeof staffId === 'string') staff.add(staffId);
    }
  }
  return { residents: [...residents], staff: [...staff], users };
}
