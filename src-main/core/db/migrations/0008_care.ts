import { sql, type Kysely } from 'kysely';

// Care and placement (issue 9): referrals and their assessments (gatekeeping), care episodes
// (admission, leave, missing, exit), relatives, case plans with goals and reviews, and follow-up
// visits after an exit. Every enum is a CHECK; lists (reasons, needs, services, the readiness
// checklist) are JSON, checked valid. Every existing resident gets the admission episode that
// today's admission fields describe; a discharged one also an exit, dated when its record last
// changed (the register kept no exit date) with destination and reason 'other' (the register kept
// none). Frozen in time: never edit after it lands.
export async function up(db: Kysely<any>): Promise<void> {
  // A referral holds the child's identity itself: a child referred and not admitted has no
  // register entry, yet the institution shows the placements it prevented. resident_id links the
  // child once admitted (or a child already in the register, referred again).
  await sql`CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    resident_id TEXT REFERENCES residents(id),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL CHECK (sex IN ('M','F')),
    date_of_birth TEXT,
    referred_on TEXT NOT NULL,
    referrer TEXT NOT NULL CHECK (referrer IN ('commission','guardianship','police','health','school','family','other')),
    referrer_name TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons) AND json_type(reasons) = 'array'),
    child_situation TEXT NOT NULL DEFAULT '',
    family_situation TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0,1)),
    risk_level TEXT NOT NULL CHECK (risk_level IN ('low','medium','high')),
    status TEXT NOT NULL DEFAULT 'referred' CHECK (status IN ('referred','accepted','rejected')),
    outcome TEXT CHECK (outcome IN ('admitted_resident','admitted_day_care','diverted_family_support','diverted_community','not_admitted')),
    outcome_on TEXT,
    outcome_service TEXT NOT NULL DEFAULT '',
    outcome_place TEXT NOT NULL DEFAULT '',
    outcome_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((outcome IS NULL) = (outcome_on IS NULL))
  ) STRICT`.execute(db);
  await sql`CREATE INDEX referrals_resident ON referrals (resident_id)`.execute(db);
  await sql`CREATE INDEX referrals_date ON referrals (referred_on)`.execute(db);

  await sql`CREATE TABLE care_episodes (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    kind TEXT NOT NULL CHECK (kind IN ('admission','leave','missing','exit')),
    started_on TEXT NOT NULL,
    ended_on TEXT,
    -- admission
    admission_type TEXT CHECK (admission_type IN ('new','readmission','transfer_in')),
    emergency INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0,1)),
    placement TEXT CHECK (placement IN ('resident','day_care')),
    referral_id TEXT REFERENCES referrals(id),
    previous_exit_id TEXT REFERENCES care_episodes(id),
    came_from TEXT NOT NULL DEFAULT '',
    order_months INTEGER CHECK (order_months IS NULL OR order_months > 0),
    order_expires_on TEXT,
    -- admission and exit: the decision
    legal_basis TEXT NOT NULL DEFAULT '',
    deciding_body TEXT CHECK (deciding_body IN ('court','commission','guardianship','labour_ministry','other')),
    decision_number TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    -- leave
    leave_reason TEXT CHECK (leave_reason IN ('family_visit','holiday','medical','education','other')),
    risk TEXT NOT NULL DEFAULT '',
    expected_return_on TEXT,
    -- missing
    authorised INTEGER CHECK (authorised IN (0,1)),
    noticed_at TEXT,
    reported_to TEXT NOT NULL DEFAULT '',
    reported_at TEXT,
    found_where TEXT NOT NULL DEFAULT '',
    -- exit (a transfer out is an exit to another institution)
    destination TEXT CHECK (destination IN ('biological_family','kinship','guardianship','foster_family','domestic_adoption',
      'international_adoption','other_institution','independent_living','death','other')),
    exit_reason TEXT CHECK (exit_reason IN ('family_ready','aged_out','further_education','transfer','adoption','death','other')),
    destination_address TEXT NOT NULL DEFAULT '',
    home_kind TEXT NOT NULL DEFAULT '',
    approval TEXT CHECK (approval IN ('requested','approved','rejected')),
    approved_by TEXT,
    approved_at TEXT,
    -- where the row came from: typed in care, the register's create form, or this migration
    origin TEXT NOT NULL DEFAULT 'care' CHECK (origin IN ('care','register','migration')),
    notes TEXT NOT NULL DEFAULT '',
    voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (kind <> 'admission' OR (admission_type IS NOT NULL AND placement IS NOT NULL)),
    CHECK (kind <> 'missing' OR noticed_at IS NOT NULL),
    CHECK (kind <> 'leave' OR leave_reason IS NOT NULL),
    CHECK (kind <> 'exit' OR (destination IS NOT NULL AND exit_reason IS NOT NULL)),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX care_episodes_resident ON care_episodes (resident_id, started_on)`.execute(db);
  await sql`CREATE INDEX care_episodes_kind ON care_episodes (kind, started_on)`.execute(db);

  // An assessment belongs to a referral, or (an emergency admission without one) to the admission.
  await sql`CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    referral_id TEXT REFERENCES referrals(id),
    episode_id TEXT REFERENCES care_episodes(id),
    assessed_on TEXT NOT NULL,
    assessed_by TEXT NOT NULL,
    needs TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(needs) AND json_type(needs) = 'object'),
    recommendation TEXT NOT NULL CHECK (recommendation IN ('admit_resident','admit_day_care','family_support','community_service','no_placement')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (referral_id IS NOT NULL OR episode_id IS NOT NULL)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX assessments_referral ON assessments (referral_id)`.execute(db);
  await sql`CREATE INDEX assessments_episode ON assessments (episode_id)`.execute(db);

  // A sibling in care is a relative whose sibling_resident_id names the other child; the pair is
  // written both ways in one transaction.
  await sql`CREATE TABLE relatives (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    relation TEXT NOT NULL CHECK (relation IN ('mother','father','sibling','grandmother','grandfather','aunt','uncle',
      'stepmother','stepfather','other')),
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    sex TEXT CHECK (sex IN ('M','F')),
    date_of_birth TEXT,
    alive TEXT NOT NULL DEFAULT 'unknown' CHECK (alive IN ('yes','no','unknown')),
    parental_rights TEXT CHECK (parental_rights IN ('intact','restricted','deprived')),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address_restricted INTEGER NOT NULL DEFAULT 0 CHECK (address_restricted IN (0,1)),
    is_caregiver INTEGER NOT NULL DEFAULT 0 CHECK (is_caregiver IN (0,1)),
    willing_to_care TEXT NOT NULL DEFAULT 'unknown' CHECK (willing_to_care IN ('yes','no','unknown')),
    able_to_care TEXT NOT NULL DEFAULT 'unknown' CHECK (able_to_care IN ('yes','no','unknown')),
    barriers TEXT NOT NULL DEFAULT '',
    contact_frequency TEXT NOT NULL DEFAULT 'none' CHECK (contact_frequency IN ('none','weekly','monthly','quarterly','yearly','irregular')),
    last_contact_on TEXT,
    child_knows TEXT NOT NULL DEFAULT 'unknown' CHECK (child_knows IN ('yes','no','unknown')),
    child_wants_to_live TEXT NOT NULL DEFAULT 'unknown' CHECK (child_wants_to_live IN ('yes','no','unknown')),
    sibling_resident_id TEXT REFERENCES residents(id),
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (sibling_resident_id IS NULL OR (relation = 'sibling' AND sibling_resident_id <> resident_id))
  ) STRICT`.execute(db);
  await sql`CREATE INDEX relatives_resident ON relatives (resident_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX relatives_sibling_pair ON relatives (resident_id, sibling_resident_id) WHERE sibling_resident_id IS NOT NULL`.execute(db);

  await sql`CREATE TABLE case_plans (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    kind TEXT NOT NULL CHECK (kind IN ('care','reintegration','transition')),
    started_on TEXT NOT NULL,
    ends_on TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft','active','closed')),
    responsible TEXT NOT NULL DEFAULT '',
    review_months INTEGER NOT NULL DEFAULT 3 CHECK (review_months BETWEEN 1 AND 12),
    next_review_on TEXT,
    readiness TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(readiness) AND json_type(readiness) = 'object'),
    approval TEXT CHECK (approval IN ('requested','approved','rejected')),
    approved_by TEXT,
    approved_at TEXT,
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= started_on)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX case_plans_resident ON case_plans (resident_id)`.execute(db);

  await sql`CREATE TABLE case_goals (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES case_plans(id),
    domain TEXT NOT NULL CHECK (domain IN ('health','education','family','emotional','self_care','safety','economic')),
    goal TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','achieved','dropped')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX case_goals_plan ON case_goals (plan_id)`.execute(db);

  await sql`CREATE TABLE case_reviews (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES case_plans(id),
    reviewed_on TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '',
    progress TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(progress) AND json_type(progress) = 'object'),
    child_view TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    next_review_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX case_reviews_plan ON case_reviews (plan_id, reviewed_on)`.execute(db);

  await sql`CREATE TABLE follow_up_visits (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    exit_id TEXT NOT NULL REFERENCES care_episodes(id),
    due_on TEXT NOT NULL,
    month_offset INTEGER CHECK (month_offset IS NULL OR month_offset > 0),
    visited_on TEXT,
    seen INTEGER CHECK (seen IN (0,1)),
    not_seen_reason TEXT NOT NULL DEFAULT '',
    placement_status TEXT CHECK (placement_status IN ('going_well','concerns','at_risk')),
    services TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(services) AND json_type(services) = 'array'),
    outcome TEXT CHECK (outcome IN ('stable','breakdown','reentered')),
    next_visit_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX follow_up_visits_exit ON follow_up_visits (exit_id, due_on)`.execute(db);

  // Today's admission fields become each child's admission episode.
  await sql`INSERT INTO care_episodes (id, resident_id, kind, started_on, admission_type, emergency, placement,
      legal_basis, deciding_body, decision_number, decision_date, came_from, origin, created_at, updated_at)
    SELECT lower(hex(randomblob(16))), id, 'admission', admission_date, 'new', 0,
      CASE status WHEN 'day_attendee' THEN 'day_care' ELSE 'resident' END,
      admission_authority,
      CASE admission_basis WHEN 'commission' THEN 'commission' WHEN 'court' THEN 'court' ELSE 'other' END,
      admission_decision_number, admission_decision_date, '', 'migration', created_at, updated_at
    FROM residents`.execute(db);
  await sql`INSERT INTO care_episodes (id, resident_id, kind, started_on, destination, exit_reason, origin, created_at, updated_at)
    SELECT lower(hex(randomblob(16))), id, 'exit', max(admission_date, substr(updated_at, 1, 10)), 'other', 'other',
      'migration', created_at, updated_at
    FROM residents WHERE status = 'discharged'`.execute(db);
}
