import { describe, expect, it } from 'vitest';
import type { BackupJobDto, BackupStatusDto } from '@core/backup/schema';
import { BACKUP_POLL_MS, backupPollInterval } from '../../src-renderer/src/backup/polling';
import { formatBytes } from '../../src-renderer/src/backup/format';

// The Backups tab's pure parts: it looks again only while a backup runs; sizes in the reader's units.

const status = (phase: BackupJobDto['phase'] | null): BackupStatusDto => ({
  available: true, folder: '/b', saveDialog: false, passphraseSet: true, passphraseKept: 'memory', backups: [], lastSuccess: null, lastError: null,
  job: phase === null ? null : { jobId: 'j', phase, fraction: 0.5, trigger: 'manual', startedAt: '2026-11-26T10:00:00.000Z', result: null, error: null },
});

describe('Backups tab', () => {
  it('polls while a backup runs and stops when it ends', () => {
    for (const p of ['queued', 'copy', 'encrypt'] as const) expect(backupPollInterval(status(p))).toBe(BACKUP_POLL_MS);
    for (const p of ['done', 'failed', null] as const) expect(backupPollInterval(status(p))).toBe(false);
    expect(backupPollInterval(undefined)).toBe(false);
  });
  it('shows sizes in kB, MB and GB', () => {
    expect(formatBytes(196_813, 'en')).toBe('192.2 kB');
    expect(formatBytes(5 * 1024 ** 2, 'en')).toBe('5 MB');
    expect(formatBytes(1.5 * 1024 ** 3, 'en')).toBe('1.5 GB');
  });
});
