import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { auditKeys } from '../audit/queryKeys';
import { dailyKeys } from '../daily/queryKeys';
import { dashboardKeys } from '../dashboard/queryKeys';
import { residentKeys } from '../residents/queryKeys';
import { callMutation } from '../data/call';
import { safeguardingKeys } from './queryKeys';

// A safeguarding change makes the domain's lists stale, the dashboard (its cards), the day
// summary (measures of control), the child's history and the audit log (audited on the child).
function changed(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: safeguardingKeys.all });
  void client.invalidateQueries({ queryKey: dashboardKeys.all });
  void client.invalidateQueries({ queryKey: dailyKeys.all });
  void client.invalidateQueries({ queryKey: residentKeys.histories() });
  void client.invalidateQueries({ queryKey: auditKeys.all });
}

const useChange = <K extends Parameters<typeof callMutation>[0]>(name: K) => {
  const client = useQueryClient();
  return useMutation({ mutationFn: callMutation(name), onSuccess: () => changed(client) });
};

export const useRecordRestraint = () => useChange('safeguarding.recordRestraint');
export const useSignOffRestraint = () => useChange('safeguarding.signOffRestraint');
export const useRecordRestraintTalk = () => useChange('safeguarding.recordRestraintTalk');
export const useRecordComplaint = () => useChange('safeguarding.recordComplaint');
export const useUpdateComplaint = () => useChange('safeguarding.updateComplaint');
export const useVoidRestraint = () => useChange('safeguarding.voidRestraint');
export const useVoidComplaint = () => useChange('safeguarding.voidComplaint');
