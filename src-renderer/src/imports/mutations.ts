import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IMPORT_LIMITS } from '@core/imports/schema';
import { auditKeys } from '../audit/queryKeys';
import { dashboardKeys } from '../dashboard/queryKeys';
import { callMutation, request } from '../data/call';
import { CallFailure } from '../data/callError';
import { residentKeys } from '../residents/queryKeys';
import { staffKeys } from '../staff/queryKeys';
import { importKeys } from './queryKeys';

// The Import screen's changes: the file sent to the core in chunks of at most 1 MB (the web
// harness caps a request at 2 MB), reporting the share sent; the commit, which changes the
// registers, the dashboard and the audit log.

function base64Of(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function useUploadFile(onProgress: (share: number) => void) {
  return useMutation({
    mutationFn: async (file: File) => {
      if (file.size > IMPORT_LIMITS.fileBytes) throw new CallFailure({ code: 'invalid', message: 'imports.errors.tooLarge' });
      if (file.size === 0) throw new CallFailure({ code: 'invalid', message: 'imports.errors.empty' });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        throw new CallFailure({ code: 'invalid', message: 'imports.errors.unreadable' });
      }
      let uploadId: string | undefined;
      onProgress(0);
      for (let offset = 0; offset < bytes.length; offset += IMPORT_LIMITS.chunkBytes) {
        const chunk = bytes.subarray(offset, offset + IMPORT_LIMITS.chunkBytes);
        const r = await request('imports.upload', { uploadId, fileName: file.name, size: bytes.length, offset, dataBase64: base64Of(chunk) });
        uploadId = r.uploadId;
        onProgress(r.received / r.size);
      }
      return { uploadId: uploadId!, fileName: file.name };
    },
  });
}

export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('imports.commit'),
    onSuccess: () => {
      for (const key of [importKeys.all, residentKeys.all, staffKeys.all, dashboardKeys.all, auditKeys.all]) {
        void client.invalidateQueries({ queryKey: key });
      }
    },
  });
}
