import { EntityHistory } from '../audit/EntityHistory';

// The child's audit trail: who changed what and when, field by field, before → after. Rendered by
// the same component as the audit screen and the staff page's history.

export function ResidentHistory({ id }: { id: string }) {
  return <EntityHistory call="residents.history" id={id} testId="resident-history" />;
}
