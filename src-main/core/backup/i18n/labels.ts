import type { MessageKey } from '../../i18n/keys';
import type { BackupJobDto } from '../schema';

export const BACKUP_PHASE_LABEL = {
  queued: 'backup.phase.queued',
  copy: 'backup.phase.copy',
  encrypt: 'backup.phase.encrypt',
  done: 'backup.phase.done',
  failed: 'backup.phase.failed',
} as const satisfies Record<BackupJobDto['phase'], MessageKey>;
