import type { ChildRecordSource } from '../audit/childRecords';

// The documents filed for one child (on the child or on one of the child's records), for the
// child's History tab. A document's title and file name stay hidden from non-medical readers.
export const documentsChildRecords: ChildRecordSource[] = [
  { entity: 'attachment', ids: (db, id) => db.selectFrom('attachments').select('id').where('resident_id', '=', id) },
];
