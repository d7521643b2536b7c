import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CallInput } from '@core/contract/calls';
import type { StaffDto, StaffTrainingDto } from '@core/staff/schema';
import { callMutation } from '../data/call';
import { auditKeys } from '../audit/queryKeys';
import { staffKeys } from './queries';

// The staff screens' changes. Each one refreshes what it made stale, so the list, the page, its
// history, the searches and the audit log follow without being told.

/** After anything about this staff member changed (the record, a training, the linked account). */
export function staffMemberChanged(client: QueryClient, id: string): void {
  void client.invalidateQueries({ queryKey: staffKeys.detail(id) });
  void client.invalidateQueries({ queryKey: staffKeys.lists() });
  void client.invalidateQueries({ queryKey: staffKeys.searches() });
  void client.invalidateQueries({ queryKey: staffKeys.history(id) });
  void client.invalidateQueries({ queryKey: auditKeys.all });
}

function staffSaved(client: QueryClient, saved: StaffDto): void {
  client.setQueryData(staffKeys.detail(saved.id), saved);
  staffMemberChanged(client, saved.id);
}

export function useCreateStaff() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('staff.create'), onSuccess: (saved: StaffDto) => staffSaved(client, saved) });
}

export function useUpdateStaff() {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation('staff.update'), onSuccess: (saved: StaffDto) => staffSaved(client, saved) });
}

/** Adds a training (no `training`) or changes one; the staff member's record reloads with it. */
export function useSaveTraining(staffId: string, training: StaffTrainingDto | null) {
  const client = useQueryClient();
  const add = callMutation('staff.trainingAdd');
  const change = callMutation('staff.trainingUpdate');
  return useMutation({
    mutationFn: (input: Omit<CallInput<'staff.trainingAdd'>, 'staffId'>) =>
      training ? change({ ...input, id: training.id, version: training.version }) : add({ ...input, staffId }),
    onSuccess: () => staffMemberChanged(client, staffId),
  });
}
