// Field-by-field differences between two flat records (before → after). Isomorphic.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** The values are medical details the reader may not see: both are null. */
  hidden?: true;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only the fields that differ, as two partial records; null when nothing changed. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } | null {
  const keys = Object.keys(after).filter((k) => !same(before[k], after[k]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])) as Partial<T>,
    after: Object.fromEntries(keys.map((k) => [k, after[k]])) as Partial<T>,
  };
}

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * What one audit entry changed, field by field, in the order the fields were written. A created
 * record shows every field (before null); values equal on both sides are left out.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => !same(b[k], a[k]))
    .map((k) => ({ field: k, before: k in b ? b[k] : null, after: k in a ? a[k] : null }));
}
