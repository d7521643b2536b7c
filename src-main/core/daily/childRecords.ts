import type { ChildRecordSource } from '../audit/childRecords';

// Daily care's records of one child under their own entity (the rest is audited on the child's
// record itself), for the child's History tab: the incidents the child was involved in.
export const dailyChildRecords: ChildRecordSource[] = [
  { entity: 'incident', ids: (db, id) => db.selectFrom('incident_children').select('incident_id as id').where('resident_id', '=', id) },
];
