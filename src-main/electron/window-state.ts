import { readFileSync, renameSync, writeFileSync } from 'node:fs';

// The window's size and position between runs, kept in userData/window-state.json. Pure but for
// the two file helpers; no 'electron' import, so tests run it under Node.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };

function isRect(v: unknown): v is Rect {
  const r = v as Rect;
  return !!r && [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n));
}

/**
 * Where to open the window: the saved place when enough of it (a title bar's worth) is on a screen
 * that is still attached, at least the minimum size and at most that screen's size; otherwise the
 * default size, centred by the system. A monitor unplugged since last time never hides the window.
 */
export function restoreState(saved: unknown, workAreas: readonly Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const s = saved as Partial<WindowState> | null;
  const fallback = { bounds: { ...DEFAULT_SIZE }, maximized: s?.maximized === true };
  if (!s || !isRect(s.bounds)) return fallback;
  const b = s.bounds;
  const area = workAreas.find((a) => {
    const overlapX = Math.min(b.x + b.width, a.x + a.width) - Math.max(b.x, a.x);
    const titleBarVisible = b.y >= a.y && b.y + 40 <= a.y + a.height;
    return overlapX >= 100 && titleBarVisible;
  });
  if (!area) return fallback;
  const width = Math.min(Math.max(b.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(b.height, MIN_SIZE.height), area.height);
  return { bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(width), height: Math.round(height) }, maximized: s.maximized === true };
}

export function readWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Written whole, then renamed: a crash mid-write leaves the last good file. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  } catch {
    // Losing the window's place is never worth an error.
  }
}
