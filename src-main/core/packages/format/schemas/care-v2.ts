import type { TableField, TableSchema } from '../table-schema';
import type { KnownResource } from './index';

// Package schema version 2: the care domain's own tables — care episodes as care records them
// (admission, leave, missing, exit), relatives, and the referrals with their outcomes. Code lists
// frozen here (a test checks they still equal the care domain's lists, so a new value there forces
// a new schema version). Data minimisation: no notes, no situations, no risk narratives, no
// destination address; referrals of children never admitted carry no name; a relative whose
// address is restricted by a decision travels without address and phone.

export const V2_EPISODE_KIND = ['admission', 'leave', 'missing', 'exit'];
export const V2_ADMISSION_TYPE = ['new', 'readmission', 'transfer_in'];
export const V2_PLACEMENT = ['resident', 'day_care'];
export const V2_DECIDING_BODY = ['court', 'commission', 'guardianship', 'labour_ministry', 'other'];
export const V2_LEAVE_REASON = ['family_visit', 'holiday', 'medical', 'education', 'other'];
export const V2_DESTINATION = [
  'biological_family', 'kinship', 'guardianship', 'foster_family', 'domestic_adoption', 'international_adoption',
  'other_institution', 'independent_living', 'death', 'other',
];
export const V2_EXIT_REASON = ['family_ready', 'aged_out', 'further_education', 'transfer', 'adoption', 'death', 'other'];
export const V2_RELATION = ['mother', 'father', 'sibling', 'grandmother', 'grandfather', 'aunt', 'uncle', 'stepmother', 'stepfather', 'other'];
export const V2_PARENTAL_RIGHTS = ['intact', 'restricted', 'deprived'];
export const V2_YES_NO_UNKNOWN = ['yes', 'no', 'unknown'];
export const V2_CONTACT_FREQUENCY = ['none', 'weekly', 'monthly', 'quarterly', 'yearly', 'irregular'];
export const V2_REFERRER = ['commission', 'guardianship', 'police', 'health', 'school', 'family', 'other'];
export const V2_REFERRAL_REASON = [
  'poverty', 'abuse_neglect', 'abandonment', 'disability', 'parent_illness', 'parent_prison', 'orphaned', 'street', 'school_access', 'other',
];
export const V2_RISK_LEVEL = ['low', 'medium', 'high'];
export const V2_REFERRAL_STATUS = ['referred', 'accepted', 'rejected'];
export const V2_OUTCOME = ['admitted_resident', 'admitted_day_care', 'diverted_family_support', 'diverted_community', 'not_admitted'];
export const V2_RECOMMENDATION = ['admit_resident', 'admit_day_care', 'family_support', 'community_service', 'no_placement'];

const ID = { required: true, maxLength: 80 };
const str = (name: string, description: string, c: TableField['constraints'] = {}): TableField => ({ name, type: 'string', description, constraints: c });
const date = (name: string, description: string, required = false): TableField => ({
  name, type: 'date', description, ...(required ? { constraints: { required: true } } : {}),
});
const bool = (name: string, description: string, required = true): TableField => ({
  name, type: 'boolean', description, ...(required ? { constraints: { required: true } } : {}), trueValues: ['true'], falseValues: ['false'],
});
const toResident = (field: string) => ({ fields: [field], reference: { resource: 'residents', fields: ['id'] } });

export const referralsSchema: TableSchema = {
  fields: [
    str('id', 'Referral id.', ID),
    str('resident_id', 'The child in residents.csv once admitted; empty for a child not admitted (by the end of the period).'),
    str('sex', 'M or F.', { required: true, enum: ['M', 'F'] }),
    { name: 'birth_year', type: 'integer', description: 'Year of birth, where known (no name or date of birth for a child not admitted).', constraints: { minimum: 1900 } },
    date('referred_on', 'Date of the referral.', true),
    str('referrer', 'Who referred the child.', { required: true, enum: V2_REFERRER }),
    str('reasons', 'Reasons, separated by ";".', { required: true, pattern: `(?:${V2_REFERRAL_REASON.join('|')})(?:;(?:${V2_REFERRAL_REASON.join('|')}))*` }),
    str('risk_level', 'Risk found at referral.', { required: true, enum: V2_RISK_LEVEL }),
    bool('consent', 'The family’s (and the child’s) consent recorded.'),
    date('assessed_on', 'Date of the first assessment, by the end of the period.'),
    str('recommendation', 'The first assessment’s recommendation.', { enum: V2_RECOMMENDATION }),
    str('status', 'Referred (no outcome yet), accepted or rejected, at the end of the period.', { required: true, enum: V2_REFERRAL_STATUS }),
    str('outcome', 'What became of the referral, by the end of the period.', { enum: V2_OUTCOME }),
    date('outcome_on', 'Date of the outcome.'),
    str('outcome_service', 'The service a diverted child was referred to.', { maxLength: 200 }),
  ],
  primaryKey: ['id'],
  foreignKeys: [toResident('resident_id')],
  missingValues: [''],
};

export const careEpisodesV2Schema: TableSchema = {
  fields: [
    str('id', 'Episode id.', ID),
    str('resident_id', 'The child (residents.id).', { required: true }),
    str('kind', 'Admission, leave of absence, missing from care, or exit (a transfer out is an exit to other_institution).', { required: true, enum: V2_EPISODE_KIND }),
    date('started_on', 'The day it happened or began.', true),
    date('ended_on', 'For a leave or missing episode: the day of return, if by the end of the period.'),
    str('admission_type', 'For an admission: new, re-admission, transfer in.', { enum: V2_ADMISSION_TYPE }),
    bool('emergency', 'An emergency admission (without a prior assessment).'),
    str('placement', 'For an admission: residential or day care.', { enum: V2_PLACEMENT }),
    str('referral_id', 'The referral the child was admitted from (referrals.id).'),
    str('previous_exit_id', 'For a re-admission: the exit that ended the stay before.', { maxLength: 80 }),
    str('deciding_body', 'Who decided the admission or exit.', { enum: V2_DECIDING_BODY }),
    str('decision_number', 'Number of the decision.', { maxLength: 60 }),
    date('decision_date', 'Date of the decision.'),
    str('legal_basis', 'Legal basis of an admission.', { maxLength: 200 }),
    date('order_expires_on', 'When the placement order expires, where one is set.'),
    str('leave_reason', 'Why a leave of absence.', { enum: V2_LEAVE_REASON }),
    { name: 'authorised', type: 'boolean', description: 'For a missing episode: whether the absence was authorised.', trueValues: ['true'], falseValues: ['false'] },
    date('reported_on', 'For a missing episode: the day it was reported (police, guardianship authority).'),
    str('destination', 'For an exit: where the child went.', { enum: V2_DESTINATION }),
    str('exit_reason', 'For an exit: why the child left.', { enum: V2_EXIT_REASON }),
    str('home_kind', 'For an exit: the kind of home.', { maxLength: 120 }),
  ],
  primaryKey: ['id'],
  foreignKeys: [toResident('resident_id'), { fields: ['referral_id'], reference: { resource: 'referrals', fields: ['id'] } }],
  missingValues: [''],
};

export const relativesSchema: TableSchema = {
  fields: [
    str('id', 'Relative id.', ID),
    str('resident_id', 'The child (residents.id).', { required: true }),
    str('relation', 'Relation to the child.', { required: true, enum: V2_RELATION }),
    str('last_name', 'Surname.', { required: true, maxLength: 80 }),
    str('first_name', 'Given name.', { required: true, maxLength: 80 }),
    str('patronymic', 'Patronymic.', { maxLength: 80 }),
    str('sex', 'M or F, where recorded.', { enum: ['M', 'F'] }),
    date('date_of_birth', 'Date of birth, where known.'),
    str('alive', 'Alive: yes, no, unknown.', { required: true, enum: V2_YES_NO_UNKNOWN }),
    str('parental_rights', 'For a parent: intact, restricted, deprived.', { enum: V2_PARENTAL_RIGHTS }),
    bool('address_restricted', 'Contact restricted by a decision: then address and phone are left out of this file.'),
    str('address', 'Address (empty where restricted).', { maxLength: 300 }),
    str('phone', 'Phone, digits and spaces only (no leading +: 994 50 123 45 67); empty where restricted.', { maxLength: 40, pattern: '[0-9][0-9 ]*' }),
    bool('is_caregiver', 'The child’s caregiver before admission.'),
    str('willing_to_care', 'Willing to care for the child.', { required: true, enum: V2_YES_NO_UNKNOWN }),
    str('able_to_care', 'Able to care for the child.', { required: true, enum: V2_YES_NO_UNKNOWN }),
    str('contact_frequency', 'How often the child and the relative are in contact.', { required: true, enum: V2_CONTACT_FREQUENCY }),
    str('child_knows', 'The child knows this relative.', { required: true, enum: V2_YES_NO_UNKNOWN }),
    str('child_wants_to_live', 'The child wants to live with this relative.', { required: true, enum: V2_YES_NO_UNKNOWN }),
    str('sibling_resident_id', 'A sibling also on the register (residents.id).'),
  ],
  primaryKey: ['id'],
  foreignKeys: [toResident('resident_id'), toResident('sibling_resident_id')],
  missingValues: [''],
};

export const referralsTable: KnownResource = {
  name: 'referrals',
  description:
    'Referrals (gatekeeping) received on or before the last day of the period, with their assessment and outcome as they stood at its end; a child never admitted is counted without a name.',
  schema: referralsSchema,
};

export const careEpisodesV2Table: KnownResource = {
  name: 'care_episodes',
  description:
    'Admissions, leaves of absence, missing episodes and exits of the children in residents.csv, begun on or before the last day of the period (voided entries left out).',
  schema: careEpisodesV2Schema,
};

export const relativesTable: KnownResource = {
  name: 'relatives',
  description:
    'Relatives of the children in residents.csv. Where a decision restricts a relative’s contact, the address and phone are left out (address_restricted = true).',
  schema: relativesSchema,
};
