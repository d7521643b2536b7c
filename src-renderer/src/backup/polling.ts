import type { BackupStatusDto } from '@core/backup/schema';

// When the Backups tab looks again by itself. Pure.

/** While a backup runs, the tab asks for its progress this often. */
export const BACKUP_POLL_MS = 300;

/** react-query's refetchInterval for the status: on while a backup runs. */
export function backupPollInterval(status: BackupStatusDto | undefined): number | false {
  const phase = status?.job?.phase;
  return phase === 'queued' || phase === 'copy' || phase === 'encrypt' ? BACKUP_POLL_MS : false;
}
