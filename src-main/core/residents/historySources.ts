import type { ChildRecordSource } from '../audit/childRecords';
import { careChildRecords } from '../care/childRecords';
import { dailyChildRecords } from '../daily/childRecords';
import { documentsChildRecords } from '../documents/childRecords';

// The domains whose records of a child are audited under their own entity: one line each.
export const CHILD_RECORD_SOURCES: readonly ChildRecordSource[] = [...careChildRecords, ...dailyChildRecords, ...documentsChildRecords];
