import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { UserDto } from '@core/auth/schema';
import type { CallInput } from '@core/contract/calls';
import type { InstitutionDto, SettingsDto } from '@core/institution/schema';
import { callMutation } from '../data/call';
import { auditKeys } from '../audit/queryKeys';
import { staffMemberChanged } from '../staff/mutations';
import { institutionKeys, settingsKeys, userKeys } from './queryKeys';

// The settings screens' changes. An account change refreshes the accounts (also the audit's
// subject names, which read the same list), the staff member it is linked to (before and after),
// and the audit log.

function accountChanged(client: QueryClient, saved: UserDto, before: UserDto | null): void {
  void client.invalidateQueries({ queryKey: userKeys.all });
  for (const staffId of new Set([saved.staffId, before?.staffId])) {
    if (staffId) staffMemberChanged(client, staffId);
  }
  void client.invalidateQueries({ queryKey: auditKeys.all });
}

/** Creates an account (user null) or changes this one. */
export function useSaveUser(user: UserDto | null) {
  const client = useQueryClient();
  const create = callMutation('users.create');
  const update = callMutation('users.update');
  return useMutation({
    mutationFn: (input: { create: CallInput<'users.create'> } | { update: CallInput<'users.update'> }) =>
      'create' in input ? create(input.create) : update(input.update),
    onSuccess: (saved: UserDto) => accountChanged(client, saved, user),
  });
}

export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('users.resetPassword'),
    onSuccess: (saved: UserDto) => accountChanged(client, saved, null),
  });
}

/** A singleton record saved: the answer is the record now; the audit log has one more entry. */
function recordSaved(client: QueryClient, key: readonly unknown[], saved: unknown): void {
  client.setQueryData(key, saved);
  void client.invalidateQueries({ queryKey: auditKeys.all });
}

export function useUpdateInstitution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('institution.update'),
    onSuccess: (saved: InstitutionDto) => recordSaved(client, institutionKeys.detail(), saved),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation('settings.update'),
    onSuccess: (saved: SettingsDto) => recordSaved(client, settingsKeys.detail(), saved),
  });
}
