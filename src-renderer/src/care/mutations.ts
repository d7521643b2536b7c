import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallName } from '@core/contract/calls';
import { callMutation } from '../data/call';
import { auditKeys } from '../audit/queryKeys';
import { dashboardKeys } from '../dashboard/queryKeys';
import { residentKeys } from '../residents/queryKeys';
import { careKeys } from './queryKeys';

// Care's changes. A care write can change the child's record (status, admission), what the
// dashboard counts, and the audit log: all of them are refreshed.

type CareWrite = Extract<
  CallName,
  | 'care.referralCreate' | 'care.assess' | 'care.referralOutcome' | 'care.admit' | 'care.leave' | 'care.missing' | 'care.missingReport'
  | 'care.return' | 'care.exit' | 'care.relativeCreate' | 'care.relativeUpdate' | 'care.planCreate' | 'care.review' | 'care.approve' | 'care.visit'
  | 'care.episodeUpdate' | 'care.episodeVoid' | 'care.goalSave' | 'care.readiness'
>;

export function useCareMutation<K extends CareWrite>(name: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation(name),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: careKeys.all });
      void client.invalidateQueries({ queryKey: residentKeys.all });
      void client.invalidateQueries({ queryKey: dashboardKeys.all });
      void client.invalidateQueries({ queryKey: auditKeys.all });
    },
  });
}
