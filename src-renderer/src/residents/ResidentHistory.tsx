import { EntityHistory } from '../audit/EntityHistory';
import { residentQueries } from './queries';

// The child's audit trail: who changed what and when, field by field, before → after. Rendered by
// the same component as the audit screen and the staff page's history.

export function ResidentHistory({ id }: { id: string }) {
  return <EntityHistory query={residentQueries.history(id)} testId="resident-history" />;
}
