import type { TableSchema } from '../table-schema';
import type { KnownResource } from './index';

// Schema version 2's indicators: every figure of the institution's report for the period, as the
// Reports screen and `qaygi report` compute it (core/reports), one row each, with the
// small-number rule applied (core/reports/outside.ts): a count of 1–4 is written empty with
// `suppressed` true, and so is a share or length computed over such a count.

export const indicatorsV2Schema: TableSchema = {
  fields: [
    {
      name: 'section',
      type: 'string',
      description: 'The indicator: population, referrals, prevented, admissions, exits, lengthOfStay, disability, and the domains\' sections (reentry, followUp, casePlans, reviews, turning18, missing, education, attendance, incidents, staff, occupancy…).',
      constraints: { required: true, pattern: '[a-z][A-Za-z0-9]*', maxLength: 40 },
    },
    {
      name: 'cell',
      type: 'string',
      description: 'The figure within it, as a path: residents.bySex.F.closing, byDestination.kinship, on.2026-09-30.',
      constraints: { required: true, pattern: '[A-Za-z0-9_][A-Za-z0-9_.+-]*', maxLength: 80 },
    },
    {
      name: 'format',
      type: 'string',
      description: 'count: children; number: other counts (child-days, incidents, staff, places, hours); share: a fraction 0–1; days; ratio.',
      constraints: { required: true, enum: ['count', 'number', 'share', 'days', 'ratio'] },
    },
    {
      name: 'value',
      type: 'string',
      description: 'The figure (a decimal point, at most 4 decimals); empty when suppressed or when there was nothing to measure.',
      constraints: { pattern: '[0-9]+(\\.[0-9]{1,4})?' },
    },
    { name: 'suppressed', type: 'boolean', description: 'true: a small number (1–4) withheld, or a figure computed over one.', constraints: { required: true }, trueValues: ['true'], falseValues: ['false'] },
    { name: 'core', type: 'boolean', description: 'A UNICEF/BCN formal-care core indicator.', constraints: { required: true }, trueValues: ['true'], falseValues: ['false'] },
  ],
  primaryKey: ['section', 'cell'],
  missingValues: [''],
};

export const indicatorsV2Table: KnownResource = {
  name: 'indicators',
  description: 'Every figure of the period\'s indicator report (as the institution\'s screen shows it), small numbers suppressed.',
  schema: indicatorsV2Schema,
};
