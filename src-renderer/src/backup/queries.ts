import { callQuery } from '../data/call';
import type { BackupStatusDto } from '@core/backup/schema';

export { backupKeys } from './queryKeys';

/** While a backup runs, the tab asks for its progress this often. */
export const BACKUP_POLL_MS = 300;

export const backupQueries = {
  status: () => callQuery('backup.status', {}),
};

/** react-query's refetchInterval for the status: on while a backup runs. Pure. */
export function backupPollInterval(status: BackupStatusDto | undefined): number | false {
  const phase = status?.job?.phase;
  return phase === 'queued' || phase === 'copy' || phase === 'encrypt' ? BACKUP_POLL_MS : false;
}
