import type { TableSchema } from '../table-schema';
import type { KnownResource } from './index';

// Package schema version 2 (issue 15 §8): per child, which document types are on file and which
// are missing — never the files themselves (data minimisation). Frozen with version 2.

export const V2_DOC_TYPE = [
  'admission_decision', 'exit_decision', 'birth_certificate', 'identity_card', 'medical', 'school_report', 'consent', 'photo', 'signature', 'other',
];
export const V2_DOC_STAGE = ['admission', 'exit'];
export const V2_DOC_STATUS = ['on_file', 'expired', 'missing'];

export const documentStatusSchema: TableSchema = {
  fields: [
    { name: 'resident_id', type: 'string', description: 'The child (residents.id).', constraints: { required: true } },
    { name: 'doc_type', type: 'string', description: 'The type of document.', constraints: { required: true, enum: V2_DOC_TYPE } },
    {
      name: 'stage',
      type: 'string',
      description: 'The stage that requires it (admission, exit); empty for a document on file that no stage requires.',
      constraints: { enum: V2_DOC_STAGE },
    },
    { name: 'required', type: 'boolean', description: 'Whether the child’s file must hold it.', constraints: { required: true } },
    {
      name: 'status',
      type: 'string',
      description: 'On the period’s last day: on file (not voided, valid), expired (on file, validity ended), missing.',
      constraints: { required: true, enum: V2_DOC_STATUS },
    },
  ],
  primaryKey: ['resident_id', 'doc_type'],
  foreignKeys: [{ fields: ['resident_id'], reference: { resource: 'residents', fields: ['id'] } }],
  missingValues: [''],
};

export const documentStatusTable: KnownResource = {
  name: 'document_status',
  description: 'Per child in residents.csv: each required document type and each type on file, with its status; the files are never sent.',
  schema: documentStatusSchema,
};
