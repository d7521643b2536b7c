import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ResidentDto } from '@core/residents/schema';
import { auditKeys } from '../audit/queryKeys';
import { dashboardKeys } from '../dashboard/queryKeys';
import { callMutation } from '../data/call';
import { residentKeys } from './queries';

// The residents screens' changes. Each one refreshes what it made stale, so a screen showing
// a child (list, page, history, search, audit) follows without being told.

/** After a child was registered or changed: the record is the answer; lists, groups, searches, histories and the audit log reload. */
export function residentSaved(client: QueryClient, saved: ResidentDto): void {
  client.setQueryData(residentKeys.detail(saved.id), saved);
  void client.invalidateQueries({ queryKey: residentKeys.lists() });
  void client.invalidateQueries({ queryKey: residentKeys.groups() });
  void client.invalidateQueries({ queryKey: residentKeys.searches() });
  void client.invalidateQueries({ queryKey: residentKeys.history(saved.id) });
  void client.invalidateQueries({ queryKey: auditKeys.all });
  void client.invalidateQueries({ queryKey: dashboardKeys.all });
}

export function useCreateResident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('residents.create'),
    onSuccess: (saved: ResidentDto) => residentSaved(client, saved),
  });
}

export function useUpdateResident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('residents.update'),
    onSuccess: (saved: ResidentDto) => residentSaved(client, saved),
  });
}
