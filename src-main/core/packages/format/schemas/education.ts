import type { TableField, TableSchema } from '../table-schema';
import type { KnownResource } from './index';

// Individual education plans, their goals, and each child's schooling (package schema version 2).
// Data minimisation as for the register: no free text leaves the institution — no strengths,
// needs, accommodations, team, goal wording, baselines, review notes, school or teacher names —
// only what the ministry counts and compares: years, states, dates, domains, school placement and
// days missed. The code lists are frozen here (a test checks they still equal the app's lists).

export const V2_PLAN_STATUS = ['draft', 'active', 'closed'];
export const V2_GOAL_DOMAIN = ['academic', 'communication', 'self_care', 'social_emotional', 'motor'];
export const V2_GOAL_STATUS = ['not_started', 'in_progress', 'achieved', 'discontinued'];
export const V2_SCHOOL_TYPE = ['mainstream', 'special', 'home', 'in_institution', 'preschool', 'none'];
export const V2_NONE_REASON = ['below_school_age', 'disability', 'exclusion', 'care_duties', 'child_choice', 'other'];
export const V2_DAYS_MISSED_SOURCE = ['roll_call', 'typed', 'both', 'none'];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const YEAR = '[0-9]{4}-[0-9]{4}';
const str = (name: string, description: string, c: TableField['constraints'] = {}): TableField => ({ name, type: 'string', description, constraints: c });
const date = (name: string, description: string, required = false): TableField => ({ name, type: 'date', description, constraints: required ? { required } : {} });
const int = (name: string, description: string): TableField => ({ name, type: 'integer', description, constraints: { required: true, minimum: 0 } });
const bool = (name: string, description: string): TableField => ({
  name, type: 'boolean', description, constraints: { required: true }, trueValues: ['true'], falseValues: ['false'],
});

export const educationPlansSchema: TableSchema = {
  fields: [
    str('id', 'Plan id (UUIDv7).', { required: true, pattern: UUID }),
    str('resident_id', 'The child (residents.id).', { required: true }),
    str('academic_year', 'Academic year, from September: 2026-2027.', { required: true, pattern: YEAR }),
    str('status', 'Draft, active (approved) or closed.', { required: true, enum: V2_PLAN_STATUS }),
    date('start_date', 'First day of the plan.', true),
    date('end_date', 'Last day of the plan.', true),
    date('approved_on', 'Day the plan was approved (made active).'),
    date('next_review_date', 'Next review due.'),
    str('previous_plan_id', 'The plan this one continues (last year’s), when any.', { pattern: UUID }),
    str('school_type', 'Type of the school the plan is written for.', { enum: V2_SCHOOL_TYPE }),
    { ...bool('inclusive', 'Inclusive placement (with children not in care, in an ordinary class).'), constraints: {} },
    { ...bool('outside_institution', 'The school is outside the institution.'), constraints: {} },
    int('goals', 'Number of goals.'),
    int('goals_achieved', 'Goals achieved.'),
    int('reviews', 'Reviews held up to the period’s last day.'),
    date('last_review_date', 'Date of the latest review up to the period’s last day.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['resident_id'], reference: { resource: 'residents', fields: ['id'] } }],
  missingValues: [''],
};

export const educationGoalsSchema: TableSchema = {
  fields: [
    str('id', 'Goal id (UUIDv7).', { required: true, pattern: UUID }),
    str('plan_id', 'The plan (education_plans.id).', { required: true }),
    int('position', 'Order of the goal in its plan, from 0.'),
    str('domain', 'Domain of the goal.', { required: true, enum: V2_GOAL_DOMAIN }),
    date('target_date', 'Date the target should be reached by.', true),
    str('status', 'Status of the goal.', { required: true, enum: V2_GOAL_STATUS }),
    bool('carried_over', 'Carried over from the previous year’s plan.'),
  ],
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['plan_id'], reference: { resource: 'education_plans', fields: ['id'] } }],
  missingValues: [''],
};

export const schoolingSummarySchema: TableSchema = {
  fields: [
    str('resident_id', 'The child (residents.id).', { required: true }),
    str('academic_year', 'The academic year of the period’s last day.', { required: true, pattern: YEAR }),
    str('school_type', 'Type of school (the record begun last that year).', { required: true, enum: V2_SCHOOL_TYPE }),
    str('none_reason', 'Why the child is not at school, for type "none".', { enum: V2_NONE_REASON }),
    bool('outside_institution', 'The school is outside the institution.'),
    bool('with_children_not_in_care', 'Taught together with children not in care.'),
    bool('inclusive', 'Inclusive placement.'),
    int('days_missed', 'School days missed in the period’s months (from the roll call where it exists, typed otherwise).'),
    str('days_missed_source', 'Where days_missed comes from: roll_call, typed, both (some months each), none (no month known).', { required: true, enum: V2_DAYS_MISSED_SOURCE }),
    bool('active_plan', 'The child has an active individual education plan this academic year.'),
  ],
  primaryKey: ['resident_id', 'academic_year'],
  foreignKeys: [{ fields: ['resident_id'], reference: { resource: 'residents', fields: ['id'] } }],
  missingValues: [''],
};

export const educationPlansTable: KnownResource = {
  name: 'education_plans',
  description: 'Individual education plans of the children in residents.csv whose dates overlap the period.',
  schema: educationPlansSchema,
};

export const educationGoalsTable: KnownResource = {
  name: 'education_goals',
  description: 'Goals of the plans in education_plans.csv, as they stand when the package is made.',
  schema: educationGoalsSchema,
};

export const schoolingSummaryTable: KnownResource = {
  name: 'schooling_summary',
  description: 'Each child’s schooling in the academic year of the period’s last day, with the school days missed in the period.',
  schema: schoolingSummarySchema,
};
