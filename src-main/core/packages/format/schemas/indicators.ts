import type { TableSchema } from '../table-schema';
import type { KnownResource } from './index';

// Period indicators the ministry compares across institutions. Every breakdown is written, zeros
// included, so that every package of a schema version has the same rows.

export const V1_INDICATORS = ['residents_end', 'day_attendees_end', 'with_disability_end', 'admissions'];

export const indicatorsSchema: TableSchema = {
  fields: [
    { name: 'indicator', type: 'string', description: 'What is counted.', constraints: { required: true, enum: V1_INDICATORS } },
    {
      name: 'breakdown',
      type: 'string',
      description: '"total", or "<dimension>:<value>" (sex:F, legal_status:orphan, basis:court).',
      constraints: { required: true, pattern: 'total|[a-z_]+:[A-Za-z0-9_]+' },
    },
    { name: 'value', type: 'integer', description: 'The count.', constraints: { required: true, minimum: 0 } },
  ],
  primaryKey: ['indicator', 'breakdown'],
  missingValues: [''],
};

export const indicatorsTable: KnownResource = {
  name: 'indicators',
  description: 'Counts for the period: children on the register at its end (by sex, legal status), admissions in it.',
  schema: indicatorsSchema,
};
