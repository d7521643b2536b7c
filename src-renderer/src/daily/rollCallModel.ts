import { ATTENDANCE_STATUSES, type AttendanceStatus, type RollCallRow } from '@core/daily/schema';

// The roll call grid's keyboard and draft, pure (tests/renderer/rollCallModel.test.ts): which key
// does what, and what a save sends. Keys are read by their physical position (`code`), so the
// same keys work on the Azerbaijani, Russian and English layouts.

export interface Mark {
  status: AttendanceStatus | null;
  note: string;
}
export type Draft = Readonly<Record<string, Mark>>;

/** 1–6 on the top row or the number pad: the statuses in the order the screen lists them. */
export function statusOfKey(code: string): AttendanceStatus | null {
  const m = /^(?:Digit|Numpad)([1-6])$/.exec(code);
  return m ? ATTENDANCE_STATUSES[Number(m[1]) - 1]! : null;
}

export const STATUS_DIGIT: Record<AttendanceStatus, number> = Object.fromEntries(
  ATTENDANCE_STATUSES.map((s, i) => [s, i + 1]),
) as Record<AttendanceStatus, number>;

export type GridAction =
  | { type: 'move'; to: 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' }
  | { type: 'status'; status: AttendanceStatus }
  | { type: 'clear' }
  | { type: 'allPresent' }
  | { type: 'note' }
  | { type: 'save' };

export function gridAction(e: { key: string; code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): GridAction | null {
  if ((e.ctrlKey || e.metaKey) && e.code === 'KeyS') return { type: 'save' };
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowDown':
      return { type: 'move', to: 'down' };
    case 'ArrowUp':
      return { type: 'move', to: 'up' };
    case 'PageDown':
      return { type: 'move', to: 'pageDown' };
    case 'PageUp':
      return { type: 'move', to: 'pageUp' };
    case 'Home':
      return { type: 'move', to: 'first' };
    case 'End':
      return { type: 'move', to: 'last' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
    case 'Enter':
      return { type: 'note' };
  }
  if (e.code === 'KeyP') return { type: 'allPresent' };
  if (e.code === 'KeyN') return { type: 'note' };
  const status = statusOfKey(e.code);
  return status ? { type: 'status', status } : null;
}

export const PAGE_ROWS = 10;

export function moveTo(index: number, to: Extract<GridAction, { type: 'move' }>['to'], count: number): number {
  if (count === 0) return 0;
  const next = { up: index - 1, down: index + 1, pageUp: index - PAGE_ROWS, pageDown: index + PAGE_ROWS, first: 0, last: count - 1 }[to];
  return Math.min(count - 1, Math.max(0, next));
}

/** The saved day as a draft. */
export function draftOf(rows: readonly RollCallRow[]): Draft {
  return Object.fromEntries(rows.map((r) => [r.residentId, { status: r.status, note: r.note }]));
}

/** Every child still unmarked becomes present; the marked ones stay as they are. */
export function markAllPresent(draft: Draft, rows: readonly RollCallRow[]): Draft {
  const next: Record<string, Mark> = { ...draft };
  for (const r of rows) {
    const m = next[r.residentId];
    if (!m?.status) next[r.residentId] = { status: 'present', note: m?.note ?? '' };
  }
  return next;
}

/** What differs from the saved day. */
export function changedCount(draft: Draft, rows: readonly RollCallRow[]): number {
  let n = 0;
  for (const r of rows) {
    const m = draft[r.residentId];
    if (m && (m.status !== r.status || m.note.trim() !== r.note)) n++;
  }
  return n;
}

/** The marks a save sends: every marked child of the group (the core writes only the changes). */
export function marksToSave(draft: Draft, rows: readonly RollCallRow[]) {
  return rows.flatMap((r) => {
    const m = draft[r.residentId];
    return m?.status ? [{ residentId: r.residentId, status: m.status, note: m.note.trim() }] : [];
  });
}

export function markedCount(draft: Draft, rows: readonly RollCallRow[]): number {
  return rows.filter((r) => draft[r.residentId]?.status).length;
}
