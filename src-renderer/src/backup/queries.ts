import { callQuery } from '../data/call';

export { backupKeys } from './queryKeys';
export { BACKUP_POLL_MS, backupPollInterval } from './polling';

export const backupQueries = {
  status: () => callQuery('backup.status', {}),
};
