import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CallInput } from '@core/contract/calls';
import { auditKeys } from '../audit/queryKeys';
import { dashboardKeys } from '../dashboard/queryKeys';
import { callMutation, request } from '../data/call';
import { documentKeys } from './queries';
import { fileToBase64, thumbnailOf } from './files';

// The documents' changes: each refreshes the documents (list, checklist, photo), the audit log and
// the dashboard (the missing and expiring signals).

function documentsChanged(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: documentKeys.all });
  void client.invalidateQueries({ queryKey: auditKeys.all });
  void client.invalidateQueries({ queryKey: dashboardKeys.all });
}

export type AddDocument = Omit<CallInput<'documents.add'>, 'dataBase64' | 'thumbnailBase64' | 'fileName'> & { file: File };

/** Reads the chosen file in the window, draws an image's thumbnail once, and sends both. */
export function useAddDocument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, ...rest }: AddDocument) => {
      const dataBase64 = await fileToBase64(file);
      const thumbnailBase64 = /^image\/(png|jpeg)$/.test(file.type) || rest.docType === 'photo' ? await thumbnailOf(file) : null;
      return request('documents.add', { ...rest, fileName: file.name, dataBase64, thumbnailBase64 });
    },
    onSuccess: () => documentsChanged(client),
  });
}

export function useVoidDocument() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('documents.void'), onSuccess: () => documentsChanged(client) });
}

export function useRecordConsent() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('documents.consentRecord'), onSuccess: () => documentsChanged(client) });
}

export function useWithdrawConsent() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('documents.consentWithdraw'), onSuccess: () => documentsChanged(client) });
}
