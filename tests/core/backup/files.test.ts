import { describe, expect, it } from 'vitest';
import { backupDue, backupFileName, backupStale, backupsToRemove, backupTimeOf } from '../../../src-main/core/backup/files';

// The pure parts of automatic backups: names, retention (14 daily + 12 monthly), the schedule.

const at = (iso: string) => backupFileName(new Date(iso));

describe('backup file names', () => {
  it('carry the moment in UTC and read back; other names are not backups', () => {
    expect(at('2026-12-01T12:11:45.678Z')).toBe('qaygi-backup-20261201T121145Z.age');
    expect(backupTimeOf('qaygi-backup-20261201T121145Z.age')).toBe('2026-12-01T12:11:45.000Z');
    expect(backupTimeOf('qaygi-backup-20261201T121145Z.age.partial')).toBeNull();
    expect(backupTimeOf('qaygi-backup-20261301T121145Z.age')).toBeNull(); // month 13
    expect(backupTimeOf('../qaygi-backup-20261201T121145Z.age')).toBeNull();
    expect(backupTimeOf('notes.txt')).toBeNull();
  });
});

describe('retention', () => {
  it('keeps the newest of each of the 14 latest days and of the 12 latest months, and nothing else', () => {
    // Two backups a day for 400 days, ending 2026-12-01.
    const names: string[] = [];
    const end = Date.parse('2026-12-01T00:00:00Z');
    for (let d = 0; d < 400; d++) {
      names.push(at(new Date(end - d * 86_400_000 + 9 * 3_600_000).toISOString()));
      names.push(at(new Date(end - d * 86_400_000 + 15 * 3_600_000).toISOString()));
    }
    names.push('notes.txt', 'qaygi-backup-20261130T150000Z.age.partial');
    const removed = new Set(backupsToRemove(names));
    const kept = names.filter((n) => !removed.has(n) && backupTimeOf(n));
    expect(removed.has('notes.txt')).toBe(false);
    expect(removed.has('qaygi-backup-20261130T150000Z.age.partial')).toBe(false);
    const days = kept.map((n) => backupTimeOf(n)!.slice(0, 10));
    // 14 daily (2026-11-18 … 2026-12-01, the 15:00 one of each) + the newest of January …
    // October 2026 (December's and November's newest are daily ones already): 12 months in all.
    expect(kept).toHaveLength(14 + 10);
    expect(new Set(days).size).toBe(kept.length);
    expect(kept).toContain('qaygi-backup-20261201T150000Z.age');
    expect(kept).not.toContain('qaygi-backup-20261201T090000Z.age');
    expect(kept).toContain('qaygi-backup-20261118T150000Z.age');
    expect(kept).not.toContain('qaygi-backup-20261117T150000Z.age');
    // Months: the newest of October 2026 is its 31st; the oldest month kept is January 2026.
    expect(kept).toContain('qaygi-backup-20261031T150000Z.age');
    expect(kept).toContain('qaygi-backup-20260131T150000Z.age');
    expect(days.filter((d) => d < '2026-01-01')).toEqual([]);
  });

  it('removes nothing while there are fewer backups than the policy keeps', () => {
    expect(backupsToRemove([at('2026-11-30T10:00:00Z'), at('2026-12-01T10:00:00Z')])).toEqual([]);
  });
});

describe('schedule and staleness', () => {
  const now = new Date('2026-12-01T09:30:00Z');
  it('is due once a (UTC) day', () => {
    expect(backupDue(now, null)).toBe(true);
    expect(backupDue(now, '2026-11-30T23:59:00.000Z')).toBe(true);
    expect(backupDue(now, '2026-12-01T00:01:00.000Z')).toBe(false);
  });
  it('is stale after two whole days, or with none', () => {
    expect(backupStale(now, null)).toBe(true);
    expect(backupStale(now, '2026-11-29T09:31:00.000Z')).toBe(false);
    expect(backupStale(now, '2026-11-29T09:29:00.000Z')).toBe(true);
  });
});
