import { sql, type Kysely } from 'kysely';

// Education (issue 10): each child's schooling per academic year, functioning assessments with
// their domain scores and school barriers, special-needs supports as dated rows, and individual
// education plans (fərdi təhsil planı) with their goals, reviews, progress per goal and the
// inclusion checklist. Designed whole, so the domain grows without another migration soon.
// Frozen in time: never edit after it lands.
//
// Academic years are written '2026-2027' (the second year the first plus one). Dates are
// 'YYYY-MM-DD'. A checklist answer is 1 (yes), 0 (no) or NULL (not looked at).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE schooling (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    academic_year TEXT NOT NULL CHECK (
      academic_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'
      AND CAST(substr(academic_year, 6, 4) AS INTEGER) = CAST(substr(academic_year, 1, 4) AS INTEGER) + 1),
    school_type TEXT NOT NULL CHECK (school_type IN ('mainstream','special','home','in_institution','preschool','none')),
    none_reason TEXT CHECK (none_reason IN ('below_school_age','disability','exclusion','care_duties','child_choice','other')),
    school_name TEXT NOT NULL DEFAULT '',
    outside_institution INTEGER NOT NULL DEFAULT 0 CHECK (outside_institution IN (0,1)),
    with_children_not_in_care INTEGER NOT NULL DEFAULT 0 CHECK (with_children_not_in_care IN (0,1)),
    grade TEXT NOT NULL DEFAULT '',
    inclusive INTEGER NOT NULL DEFAULT 0 CHECK (inclusive IN (0,1)),
    start_date TEXT,
    end_date TEXT,
    contact_teacher TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((school_type = 'none') = (none_reason IS NOT NULL)),
    CHECK (school_type <> 'none' OR (outside_institution = 0 AND inclusive = 0 AND with_children_not_in_care = 0)),
    CHECK (school_type <> 'in_institution' OR outside_institution = 0),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX schooling_resident_year ON schooling (resident_id, academic_year)`.execute(db);
  await sql`CREATE INDEX schooling_year ON schooling (academic_year)`.execute(db);

  // Days missed per month: typed now; from the daily roll call once it exists (source 'roll_call').
  await sql`CREATE TABLE schooling_absences (
    schooling_id TEXT NOT NULL REFERENCES schooling(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' AND substr(month, 6, 2) BETWEEN '01' AND '12'),
    days_missed INTEGER NOT NULL CHECK (days_missed BETWEEN 0 AND 31),
    source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed','roll_call')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (schooling_id, month)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE functioning_assessments (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    assessed_on TEXT NOT NULL,
    assessed_by TEXT NOT NULL CHECK (length(trim(assessed_by)) > 0),
    staff_id TEXT REFERENCES staff(id),
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX functioning_assessments_resident ON functioning_assessments (resident_id, assessed_on)`.execute(db);

  // The screening scale (Washington Group / UNICEF child functioning): 1 no difficulty,
  // 2 some difficulty, 3 a lot of difficulty, 4 cannot do at all.
  await sql`CREATE TABLE functioning_scores (
    assessment_id TEXT NOT NULL REFERENCES functioning_assessments(id) ON DELETE CASCADE,
    domain TEXT NOT NULL CHECK (domain IN ('learning','communication','mobility','self_care','relationships','behaviour')),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, domain)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE functioning_barriers (
    assessment_id TEXT NOT NULL REFERENCES functioning_assessments(id) ON DELETE CASCADE,
    barrier TEXT NOT NULL CHECK (barrier IN ('access','support','attitudes','transport')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, barrier)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE education_plans (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    academic_year TEXT NOT NULL CHECK (
      academic_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'
      AND CAST(substr(academic_year, 6, 4) AS INTEGER) = CAST(substr(academic_year, 1, 4) AS INTEGER) + 1),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','active','closed')),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    schooling_id TEXT REFERENCES schooling(id),
    assessment_id TEXT REFERENCES functioning_assessments(id),
    previous_plan_id TEXT REFERENCES education_plans(id),
    responsible_teacher TEXT NOT NULL CHECK (length(trim(responsible_teacher)) > 0),
    team TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL DEFAULT '',
    accommodations TEXT NOT NULL DEFAULT '',
    next_review_date TEXT,
    approved_at TEXT,
    approved_by TEXT,
    closed_at TEXT,
    closed_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_date >= start_date),
    CHECK (status <> 'active' OR (approved_at IS NOT NULL AND approved_by IS NOT NULL)),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
  ) STRICT`.execute(db);
  // One active plan per child and academic year; drafts and closed plans beside it are fine.
  await sql`CREATE UNIQUE INDEX education_plans_one_active ON education_plans (resident_id, academic_year) WHERE status = 'active'`.execute(db);
  await sql`CREATE INDEX education_plans_resident ON education_plans (resident_id, academic_year)`.execute(db);
  await sql`CREATE INDEX education_plans_review ON education_plans (status, next_review_date)`.execute(db);

  await sql`CREATE TABLE education_goals (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES education_plans(id),
    position INTEGER NOT NULL CHECK (position >= 0),
    domain TEXT NOT NULL CHECK (domain IN ('academic','communication','self_care','social_emotional','motor')),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    baseline TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL CHECK (length(trim(target)) > 0),
    target_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started','in_progress','achieved','discontinued')),
    carried_from_goal_id TEXT REFERENCES education_goals(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX education_goals_plan ON education_goals (plan_id, position)`.execute(db);

  // Referrals, assessments and services, dated; a service the plan provides names the plan.
  await sql`CREATE TABLE special_needs_supports (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    plan_id TEXT REFERENCES education_plans(id),
    kind TEXT NOT NULL CHECK (kind IN ('referral','assessment','service')),
    service TEXT CHECK (service IN ('speech_therapy','physiotherapy','psychologist','teaching_assistant','assistive_devices','other')),
    description TEXT NOT NULL DEFAULT '',
    provider TEXT NOT NULL DEFAULT '',
    frequency_count INTEGER CHECK (frequency_count BETWEEN 1 AND 100),
    frequency_unit TEXT CHECK (frequency_unit IN ('day','week','month','term','year')),
    start_date TEXT NOT NULL,
    end_date TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (kind <> 'service' OR service IS NOT NULL),
    CHECK ((frequency_count IS NULL) = (frequency_unit IS NULL)),
    CHECK (end_date IS NULL OR end_date >= start_date)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX special_needs_supports_resident ON special_needs_supports (resident_id, start_date)`.execute(db);
  await sql`CREATE INDEX special_needs_supports_plan ON special_needs_supports (plan_id)`.execute(db);

  await sql`CREATE TABLE education_reviews (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES education_plans(id),
    review_date TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    next_review_date TEXT,
    school_accessible INTEGER CHECK (school_accessible IN (0,1)),
    teacher_aware INTEGER CHECK (teacher_aware IN (0,1)),
    inclusive_teaching INTEGER CHECK (inclusive_teaching IN (0,1)),
    no_stigma INTEGER CHECK (no_stigma IN (0,1)),
    attendance_ok INTEGER CHECK (attendance_ok IN (0,1)),
    safe_route INTEGER CHECK (safe_route IN (0,1)),
    materials_available INTEGER CHECK (materials_available IN (0,1)),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (next_review_date IS NULL OR next_review_date > review_date)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX education_reviews_plan ON education_reviews (plan_id, review_date)`.execute(db);

  await sql`CREATE TABLE education_goal_progress (
    review_id TEXT NOT NULL REFERENCES education_reviews(id),
    goal_id TEXT NOT NULL REFERENCES education_goals(id),
    status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','achieved','discontinued')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, goal_id)
  ) STRICT`.execute(db);
}
