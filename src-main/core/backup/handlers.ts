import type { HandlersOf } from '../contract/handler';
import type { backupCalls } from './calls';
import { backupStatus, restoreBackup, saveBackupCopy, saveBackupSettings, startBackup } from './host';

export const backupHandlers: HandlersOf<typeof backupCalls> = {
  'backup.status': (ctx) => backupStatus(ctx),
  'backup.run': (ctx) => startBackup(ctx, 'manual'),
  'backup.saveCopy': (ctx, i) => saveBackupCopy(ctx, i.fileName),
  'backup.restore': (ctx, i) => restoreBackup(ctx, i),
  'backup.settings': (ctx, i) => saveBackupSettings(ctx, i),
};
