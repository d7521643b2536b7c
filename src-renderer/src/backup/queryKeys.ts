import { callKey } from '../data/callKey';

// The Backups tab's cache keys. Pure.
export const backupKeys = {
  all: ['backup'] as const,
  status: () => callKey('backup.status', {}),
};
