import { call, Empty, type CallFragment } from '../contract/define';
import { BackupCopyInput, BackupRestoreInput, BackupSettingsInput, type BackupCopyDto, type BackupJobDto, type BackupStatusDto, type RestoreResultDto } from './schema';

// Backups: the Backups tab in Settings (director and admin).
export const backupCalls = {
  'backup.status': call<BackupStatusDto>()(Empty, 'backup.manage'),
  'backup.run': call<BackupJobDto>()(Empty, 'backup.manage'),
  'backup.saveCopy': call<BackupCopyDto>()(BackupCopyInput, 'backup.manage'),
  'backup.restore': call<RestoreResultDto>()(BackupRestoreInput, 'backup.manage'),
  'backup.settings': call<BackupStatusDto>()(BackupSettingsInput, 'backup.manage'),
} satisfies CallFragment;
