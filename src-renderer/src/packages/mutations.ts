import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { callMutation, request } from '../data/call';
import { auditKeys } from '../audit/queryKeys';
import { saveTrustFile, savePackage } from './download';
import { packageKeys } from './queryKeys';
import { readFileText } from './readFile';

// The packages screens' changes. Each refreshes what it made stale (and the audit log, which
// records every one of them); the screens showing those refresh by themselves.

function refresh(client: QueryClient, keys: QueryKey[]): void {
  for (const queryKey of [...keys, auditKeys.all]) void client.invalidateQueries({ queryKey });
}

/** A package was made, delivered, or answered by a receipt: the chain, the queue, the closed periods. */
export function packagesChanged(client: QueryClient): void {
  refresh(client, [packageKeys.list(), packageKeys.queue(), packageKeys.closedPeriods()]);
}

const MAX_RECIPIENT = 10_000;
const MAX_RECEIPT_KEY = 10_000;
const MAX_RECEIPT = 64 * 1024;

export function useInitKey() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('packages.initKey'), onSuccess: () => refresh(client, [packageKeys.keysStatus()]) });
}

/** The ministry's recipient key, from the file the ministry gives. */
export function useImportRecipient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => request('packages.importRecipient', { text: await readFileText(file, MAX_RECIPIENT, 'packages.keys.readFailed') }),
    onSuccess: () => refresh(client, [packageKeys.keysStatus()]),
  });
}

export function useRotateKey() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('packages.rotateKey'), onSuccess: () => refresh(client, [packageKeys.keysStatus()]) });
}

/** Not a change: the trust file, downloaded; a mutation so that its refusal shows where it was asked. */
export function useSaveTrustFile() {
  return useMutation({ mutationFn: saveTrustFile });
}

export function useSavePackage(saveDialog: boolean) {
  return useMutation({ mutationFn: (id: string) => savePackage(id, saveDialog) });
}

export function useSetDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('packages.setDelivery'),
    onSuccess: () => refresh(client, [packageKeys.deliverySettings(), packageKeys.queue()]),
  });
}

/** The ministry's receipt key, from its file. */
export function useImportReceiptKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      request('packages.importReceiptKey', { text: await readFileText(file, MAX_RECEIPT_KEY, 'packages.delivery.settings.readFailed') }),
    onSuccess: () => refresh(client, [packageKeys.deliverySettings()]),
  });
}

/** A receipt brought back by hand: its package becomes acknowledged or rejected. */
export function useImportReceipt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => request('packages.importReceipt', { text: await readFileText(file, MAX_RECEIPT, 'packages.delivery.settings.readFailed') }),
    onSuccess: () => packagesChanged(client),
  });
}

/** Sends one package now, or all that wait; the queue shows what happened either way. */
export function useDeliver() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('packages.deliver'), onSettled: () => packagesChanged(client) });
}

/** Not a change: what a period's package would hold and what is wrong with it, asked by a button. */
export function usePrecheck() {
  return useMutation({ mutationFn: callMutation('packages.precheck') });
}

/** Starts the export in the host's worker; its end is followed by packageQueries.exportStatus. */
export function useStartExport() {
  return useMutation({ mutationFn: callMutation('packages.export') });
}
