import type { TableSchema } from '../table-schema';
import type { KnownResource } from './index';

// Daily care as per-child monthly counts (schema version 2, issue 11): days by roll-call status,
// family contacts by kind, incidents by kind and severity, measures of control by kind. Data
// minimisation: counts only — never a note, a name, a place, what happened, or any medical detail
// (medication is not carried at all). Only non-zero counts are written. Frozen with its version:
// the lists below are the version's, not the app's (a new status or kind is a new version).

export const V2_DAILY_MEASURES = ['days', 'contacts', 'incidents', 'measures'];
export const V2_ATTENDANCE_STATUS = ['present', 'home_leave', 'hospital', 'school_trip', 'missing', 'other'];
export const V2_CONTACT_KIND = ['visit_institution', 'home_visit', 'phone_call', 'video_call', 'letter'];
export const V2_INCIDENT_KIND = [
  'injury', 'illness', 'missing_from_care', 'abducted', 'violence_bullying', 'abuse_allegation', 'allegation_against_staff',
  'self_harm', 'sexual_exploitation', 'offence', 'pregnancy', 'death', 'property', 'other',
];
export const V2_SEVERITY = ['low', 'medium', 'high', 'critical'];
export const V2_MEASURE_KIND = ['physical_hold', 'separation', 'removal_of_item', 'restriction_of_activity', 'other'];

/** Every category, as `<measure>:<value>` (incidents: `incidents:<kind>/<severity>`). */
export const V2_DAILY_CATEGORIES = [
  ...V2_ATTENDANCE_STATUS.map((s) => `days:${s}`),
  ...V2_CONTACT_KIND.map((k) => `contacts:${k}`),
  ...V2_INCIDENT_KIND.flatMap((k) => V2_SEVERITY.map((s) => `incidents:${k}/${s}`)),
  ...V2_MEASURE_KIND.map((m) => `measures:${m}`),
];

export const dailyAggregatesSchema: TableSchema = {
  fields: [
    { name: 'resident_id', type: 'string', description: 'The child (residents.id).', constraints: { required: true } },
    { name: 'month', type: 'string', description: 'The calendar month, YYYY-MM.', constraints: { required: true, pattern: '\\d{4}-(0[1-9]|1[0-2])' } },
    {
      name: 'category',
      type: 'string',
      description:
        'What is counted: days:<roll-call status>, contacts:<kind of family contact>, incidents:<kind>/<severity> (the incidents the child was involved in), measures:<measure of control>.',
      constraints: { required: true, enum: V2_DAILY_CATEGORIES },
    },
    { name: 'value', type: 'integer', description: 'The count in that month (days, contacts, incidents or measures).', constraints: { required: true, minimum: 1 } },
  ],
  primaryKey: ['resident_id', 'month', 'category'],
  foreignKeys: [{ fields: ['resident_id'], reference: { resource: 'residents', fields: ['id'] } }],
  missingValues: [''],
};

export const dailyAggregatesTable: KnownResource = {
  name: 'daily_aggregates',
  description:
    'Per-child monthly counts of daily care in the period: days by roll-call status, family contacts by kind, incidents by kind and severity, measures of control by kind. ' +
    'Data minimisation: counts only — no notes, names of relatives, places, descriptions of what happened, or medical detail; medication is not carried.',
  schema: dailyAggregatesSchema,
};
