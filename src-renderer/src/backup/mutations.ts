import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupStatusDto } from '@core/backup/schema';
import { callMutation } from '../data/call';
import { CallFailure } from '../data/callError';
import { auditKeys } from '../audit/queryKeys';
import { backupKeys } from './queryKeys';

// The Backups tab's changes. A backup or a settings change refreshes the status and the audit log;
// a restore changes every record, so everything is read again.

export function useSaveBackupSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('backup.settings'),
    onSuccess: (status: BackupStatusDto) => {
      client.setQueryData(backupKeys.status(), status);
      void client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}

export function useRunBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('backup.run'),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: backupKeys.all });
      void client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}

/** "Save a copy…": the host asks where, the core copies the backup there (audited). */
export function useSaveBackupCopy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('backup.saveCopy'),
    onSuccess: () => void client.invalidateQueries({ queryKey: auditKeys.all }),
  });
}

/** A chosen file as base64 (the web harness uploads it; the app's window reads it the same way). */
export async function fileBase64(file: File): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new CallFailure({ code: 'invalid', message: 'backup.errors.fileMissing', params: { file: file.name } });
  }
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export type RestoreSource = { fileName: string } | { file: File };

export function useRestoreBackup() {
  const client = useQueryClient();
  const restore = callMutation('backup.restore');
  return useMutation({
    mutationFn: async ({ source, passphrase }: { source: RestoreSource; passphrase: string }) =>
      restore({
        ...('fileName' in source ? { fileName: source.fileName } : { upload: { name: source.file.name, base64: await fileBase64(source.file) } }),
        ...(passphrase ? { passphrase } : {}),
      }),
    // Every record may have changed: read everything again.
    onSuccess: () => void client.invalidateQueries(),
  });
}
