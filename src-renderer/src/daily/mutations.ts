import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RollCallSaved } from '@core/daily/schema';
import { auditKeys } from '../audit/queryKeys';
import { dashboardKeys } from '../dashboard/queryKeys';
import { residentKeys } from '../residents/queryKeys';
import { callMutation } from '../data/call';
import { dailyKeys } from './queryKeys';
import { careKeys } from '../care/queryKeys';

// The daily care screens' changes. A saved roll call or note makes every daily read stale (the
// day, the month, the children's logs), the dashboard (roll call missing) and the children's
// histories and the audit log (each mark is audited on the child).
function dailyChanged(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: dailyKeys.all });
  void client.invalidateQueries({ queryKey: dashboardKeys.all });
  void client.invalidateQueries({ queryKey: residentKeys.histories() });
  void client.invalidateQueries({ queryKey: auditKeys.all });
}

export function useSaveRollCall() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('daily.saveRollCall'),
    onSuccess: (saved: RollCallSaved) => {
      const { changed: _changed, ...day } = saved;
      client.setQueryData(dailyKeys.rollCall(saved.date, saved.group), day);
      dailyChanged(client);
    },
  });
}

export function useCreateIncident() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.createIncident'), onSuccess: () => dailyChanged(client) });
}

export function useNotifyIncident() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.notifyIncident'), onSuccess: () => dailyChanged(client) });
}

export function useCloseIncident() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.closeIncident'), onSuccess: () => dailyChanged(client) });
}

export function usePrescribe() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.prescribe'), onSuccess: () => dailyChanged(client) });
}

export function useRecordDose() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.recordDose'), onSuccess: () => dailyChanged(client) });
}

export function useAddNotes() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.addNotes'), onSuccess: () => dailyChanged(client) });
}

// A family contact moves the relative's last contact date (care's relatives); a missing child
// opens care's episode: both make care's reads stale too.
function careChanged(client: QueryClient): void {
  dailyChanged(client);
  void client.invalidateQueries({ queryKey: careKeys.all });
  void client.invalidateQueries({ queryKey: residentKeys.all });
}

export function useAddFamilyContact() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.addFamilyContact'), onSuccess: () => careChanged(client) });
}

export function useUpdateFamilyContact() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.updateFamilyContact'), onSuccess: () => careChanged(client) });
}

export function useVoidFamilyContact() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.voidFamilyContact'), onSuccess: () => careChanged(client) });
}

export function useOpenMissing() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.openMissing'), onSuccess: () => careChanged(client) });
}

export function useAddAllergy() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.addAllergy'), onSuccess: () => dailyChanged(client) });
}

export function useRecordStock() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.recordStock'), onSuccess: () => dailyChanged(client) });
}

export function useRecordFirstAid() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.recordFirstAid'), onSuccess: () => dailyChanged(client) });
}

// Correcting medical records: the round, the child's lists and the allergy check follow.
export function useVoidAllergy() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.voidAllergy'), onSuccess: () => dailyChanged(client) });
}

export function useStopPrescription() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.stopPrescription'), onSuccess: () => dailyChanged(client) });
}

export function useVoidPrescription() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.voidPrescription'), onSuccess: () => dailyChanged(client) });
}

export function useVoidFirstAid() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('daily.voidFirstAid'), onSuccess: () => dailyChanged(client) });
}
