// The pure parts of automatic backups: how a backup file is named, which ones retention keeps,
// and when the next one is due. No Node imports: the renderer may show the same names.

/** `qaygi-backup-20261201T121145Z.age`: the moment it was taken, in UTC, sortable as text. */
const NAME = /^qaygi-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.age$/;

/** Where a backup is written until it is whole: never listed, never restored, removed when found. */
export const PARTIAL_SUFFIX = '.partial';

export function backupFileName(at: Date): string {
  const s = at.toISOString(); // 2026-12-01T12:11:45.123Z
  return `qaygi-backup-${s.slice(0, 4)}${s.slice(5, 7)}${s.slice(8, 10)}T${s.slice(11, 13)}${s.slice(14, 16)}${s.slice(17, 19)}Z.age`;
}

/** The moment in a backup's file name (ISO 8601), or null for any other file. */
export function backupTimeOf(fileName: string): string | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) || t.toISOString() !== iso ? null : iso;
}

export interface RetentionPolicy {
  daily: number;
  monthly: number;
}

/** Kept: the newest backup of each of the 14 latest days that have one, and of the 12 latest months. */
export const RETENTION: RetentionPolicy = { daily: 14, monthly: 12 };

/**
 * Which backups retention removes, from the file names in the folder (other files are never
 * touched). For each of the `daily` most recent days that have a backup, the newest of that day is
 * kept; likewise for the `monthly` most recent months; everything else goes.
 */
export function backupsToRemove(fileNames: readonly string[], policy: RetentionPolicy = RETENTION): string[] {
  const dated = fileNames
    .map((name) => ({ name, at: backupTimeOf(name) }))
    .filter((b): b is { name: string; at: string } => b.at !== null)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)); // newest first
  const keep = new Set<string>();
  const pick = (bucket: (at: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of dated) {
      const k = bucket(b.at);
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(b.name);
    }
  };
  pick((at) => at.slice(0, 10), policy.daily);
  pick((at) => at.slice(0, 7), policy.monthly);
  return dated.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/** One automatic backup a day: due when the last one was taken on an earlier day (UTC), or never. */
export function backupDue(now: Date, lastSuccess: string | null): boolean {
  if (lastSuccess === null) return true;
  return lastSuccess.slice(0, 10) < now.toISOString().slice(0, 10);
}

/** The dashboard's `backup_stale`: no backup, or the newest is more than this many days old. */
export const STALE_AFTER_DAYS = 2;

/** Whole days from the last backup to now; null when there was none. */
export function daysSince(now: Date, lastSuccess: string | null): number | null {
  if (lastSuccess === null) return null;
  return Math.floor((now.getTime() - new Date(lastSuccess).getTime()) / 86_400_000);
}

export function backupStale(now: Date, lastSuccess: string | null): boolean {
  const d = daysSince(now, lastSuccess);
  return d === null || d >= STALE_AFTER_DAYS;
}
