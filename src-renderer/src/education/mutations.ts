import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CallName } from '@core/contract/calls';
import type { PlanDto } from '@core/education/schema';
import { callMutation } from '../data/call';
import { auditKeys } from '../audit/queryKeys';
import { dashboardKeys } from '../dashboard/queryKeys';
import { residentKeys } from '../residents/queryKeys';
import { educationKeys } from './queryKeys';

// The education screens' changes. Each refreshes the domain (the child's tab, the plans list, the
// plan), the child's history, the audit log and the dashboard's signals.

function educationChanged(client: QueryClient, residentId: string): void {
  void client.invalidateQueries({ queryKey: educationKeys.all });
  void client.invalidateQueries({ queryKey: residentKeys.history(residentId) });
  void client.invalidateQueries({ queryKey: auditKeys.all });
  void client.invalidateQueries({ queryKey: dashboardKeys.all });
}

type EducationWrite =
  | 'education.schoolingSave'
  | 'education.assessmentAdd'
  | 'education.assessmentUpdate'
  | 'education.supportSave'
  | 'education.planCreate'
  | 'education.planUpdate'
  | 'education.goalSave'
  | 'education.planApprove'
  | 'education.planClose'
  | 'education.reviewAdd';

/** One write call of the domain; the answer (a plan, a record) carries the child it is about. */
export function useEducationWrite<K extends EducationWrite & CallName>(name: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: callMutation(name),
    onSuccess: (saved) => {
      const s = saved as { residentId: string; id: string };
      if ('goals' in (saved as object)) client.setQueryData(educationKeys.plan(s.id), saved as PlanDto);
      educationChanged(client, s.residentId);
    },
  });
}
