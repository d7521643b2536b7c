import type { Generated } from 'kysely';

// Row types as SQLite stores them. Rows never cross the contract: services map them to DTOs.
export interface InstitutionTable {
  id: number;
  code: string;
  name_az: string;
  name_en: string;
  type: string;
  region: string;
  address: string;
  capacity: number;
  created_at: string;
  updated_at: string;
}

export interface ResidentsTable {
  id: string;
  fin: string | null;
  birth_certificate: string | null;
  last_name: string;
  first_name: string;
  patronymic: string;
  sex: 'M' | 'F';
  date_of_birth: string;
  place_of_birth: string;
  citizenship: string;
  legal_status: string;
  disability: number;
  disability_degree: string | null;
  disability_diagnosis: string;
  group_name: string;
  room: string;
  key_worker: string;
  status: string;
  admission_date: string;
  admission_basis: string;
  admission_decision_number: string;
  admission_decision_date: string | null;
  admission_authority: string;
  notes: string;
  search_key: string;
  name_key: string;
  sort_key: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  via: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export interface StaffTable {
  id: string;
  fin: string | null;
  last_name: string;
  first_name: string;
  patronymic: string;
  sex: 'M' | 'F';
  date_of_birth: string | null;
  position: string;
  department: string;
  employment_type: string;
  hired_date: string;
  left_date: string | null;
  education: string;
  qualification: string;
  phone: string;
  email: string;
  notes: string;
  search_key: string;
  sort_key: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface StaffTrainingsTable {
  id: string;
  staff_id: string;
  title: string;
  provider: string;
  date: string;
  hours: number | null;
  certificate_number: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  username_key: string;
  display_name: string;
  role: string;
  password_hash: string;
  password_salt: string;
  password_params: string;
  staff_id: string | null;
  active: number;
  must_change_password: number;
  password_changed_at: string;
  last_sign_in_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Sign-in attempts per account or per unknown name (see auth/throttle.ts). */
export interface SignInThrottleTable {
  subject: string;
  failures: number;
  wait_until: string | null;
  updated_at: string;
}

export interface RecordReadsTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  username: string;
  role: string;
  via: 'app' | 'web' | 'cli' | 'test';
  entity: 'resident';
  entity_id: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface SigningKeysTable {
  key_id: string;
  public_key: string;
  private_key_sealed: string;
  sealed_by: 'passphrase' | 'safe_storage';
  status: 'active' | 'retired';
  rotation: string | null;
  created_at: string;
  retired_at: string | null;
}

export interface MinistryRecipientTable {
  id: number;
  recipient: string;
  fingerprint: string;
  imported_at: string;
}

export interface PackagesTable {
  id: string;
  sequence: number;
  period: string;
  profile: string;
  schema_version: number;
  file_name: string;
  sha256: string;
  statement_sha256: string;
  previous_sha256: string | null;
  signer_key_id: string;
  recipient: string;
  counts: string;
  accepted_problems: string | null;
  status: 'created' | 'delivered' | 'acknowledged' | 'rejected';
  status_reason: string | null;
  status_at: string;
  supersedes: number | null;
  prepared_at: string;
  created_at: string;
  /** 0004: the ministry's signed receipt (DSSE envelope JSON) and when it was received. */
  receipt: string | null;
  received_at: string | null;
}

export interface MinistryReceiptKeyTable {
  id: number;
  key_id: string;
  public_key: string;
  imported_at: string;
}

export interface DeliveryQueueTable {
  package_sequence: number;
  path: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface ClosedPeriodsTable {
  period: string;
  start_date: string;
  end_date: string;
  package_sequence: number;
  needs_correction: number;
  closed_at: string;
  updated_at: string;
}

// Education (migration 0007_education): schooling, assessments, supports, plans, goals, reviews.
export interface SchoolingTable {
  id: string;
  resident_id: string;
  academic_year: string;
  school_type: string;
  none_reason: string | null;
  school_name: string;
  outside_institution: number;
  with_children_not_in_care: number;
  grade: string;
  inclusive: number;
  start_date: string | null;
  end_date: string | null;
  contact_teacher: string;
  contact_phone: string;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SchoolingAbsencesTable {
  schooling_id: string;
  month: string;
  days_missed: number;
  source: string;
  updated_at: string;
}

export interface FunctioningAssessmentsTable {
  id: string;
  resident_id: string;
  assessed_on: string;
  assessed_by: string;
  staff_id: string | null;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FunctioningScoresTable {
  assessment_id: string;
  domain: string;
  score: number;
  note: string;
}

export interface FunctioningBarriersTable {
  assessment_id: string;
  barrier: string;
  note: string;
}

export interface EducationPlansTable {
  id: string;
  resident_id: string;
  academic_year: string;
  status: string;
  start_date: string;
  end_date: string;
  schooling_id: string | null;
  assessment_id: string | null;
  previous_plan_id: string | null;
  responsible_teacher: string;
  team: string;
  strengths: string;
  needs: string;
  accommodations: string;
  next_review_date: string | null;
  approved_at: string | null;
  approved_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EducationGoalsTable {
  id: string;
  plan_id: string;
  position: number;
  domain: string;
  description: string;
  baseline: string;
  target: string;
  target_date: string;
  status: string;
  carried_from_goal_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SpecialNeedsSupportsTable {
  id: string;
  resident_id: string;
  plan_id: string | null;
  kind: string;
  service: string | null;
  description: string;
  provider: string;
  frequency_count: number | null;
  frequency_unit: string | null;
  start_date: string;
  end_date: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EducationReviewsTable {
  id: string;
  plan_id: string;
  review_date: string;
  participants: string;
  summary: string;
  next_review_date: string | null;
  school_accessible: number | null;
  teacher_aware: number | null;
  inclusive_teaching: number | null;
  no_stigma: number | null;
  attendance_ok: number | null;
  safe_route: number | null;
  materials_available: number | null;
  created_by: string;
  created_at: string;
}

export interface EducationGoalProgressTable {
  review_id: string;
  goal_id: string;
  status: string;
  note: string;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
}

// Care and placement (migration 0006): see core/care.
export interface ReferralsTable {
  id: string;
  resident_id: string | null;
  last_name: string;
  first_name: string;
  patronymic: string;
  sex: 'M' | 'F';
  date_of_birth: string | null;
  referred_on: string;
  referrer: string;
  referrer_name: string;
  /** JSON array of reasons. */
  reasons: string;
  child_situation: string;
  family_situation: string;
  consent: number;
  risk_level: string;
  status: string;
  outcome: string | null;
  outcome_on: string | null;
  outcome_service: string;
  outcome_place: string;
  outcome_reason: string;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AssessmentsTable {
  id: string;
  referral_id: string | null;
  episode_id: string | null;
  assessed_on: string;
  assessed_by: string;
  /** JSON object: domain → needs found. */
  needs: string;
  recommendation: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface CareEpisodesTable {
  id: string;
  resident_id: string;
  kind: string;
  started_on: string;
  ended_on: string | null;
  admission_type: string | null;
  emergency: number;
  placement: string | null;
  referral_id: string | null;
  previous_exit_id: string | null;
  came_from: string;
  order_months: number | null;
  order_expires_on: string | null;
  legal_basis: string;
  deciding_body: string | null;
  decision_number: string;
  decision_date: string | null;
  leave_reason: string | null;
  risk: string;
  expected_return_on: string | null;
  authorised: number | null;
  noticed_at: string | null;
  reported_to: string;
  reported_at: string | null;
  found_where: string;
  destination: string | null;
  exit_reason: string | null;
  destination_address: string;
  home_kind: string;
  approval: string | null;
  approved_by: string | null;
  approved_at: string | null;
  origin: string;
  notes: string;
  voided_at: string | null;
  void_reason: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RelativesTable {
  id: string;
  resident_id: string;
  relation: string;
  last_name: string;
  first_name: string;
  patronymic: string;
  sex: 'M' | 'F' | null;
  date_of_birth: string | null;
  alive: string;
  parental_rights: string | null;
  address: string;
  phone: string;
  address_restricted: number;
  is_caregiver: number;
  willing_to_care: string;
  able_to_care: string;
  barriers: string;
  contact_frequency: string;
  last_contact_on: string | null;
  child_knows: string;
  child_wants_to_live: string;
  sibling_resident_id: string | null;
  notes: string;
  /** Contact with this relative is restricted by a decision (0011): its number, date and deciding body. */
  contact_restricted: number;
  restriction_decision_number: string;
  restriction_decision_date: string | null;
  restriction_decided_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CasePlansTable {
  id: string;
  resident_id: string;
  kind: string;
  started_on: string;
  ends_on: string | null;
  status: string;
  responsible: string;
  review_months: number;
  next_review_on: string | null;
  readiness: string;
  approval: string | null;
  approved_by: string | null;
  approved_at: string | null;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CaseGoalsTable {
  id: string;
  plan_id: string;
  domain: string;
  goal: string;
  target: string;
  responsible: string;
  due_on: string | null;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface CaseReviewsTable {
  id: string;
  plan_id: string;
  reviewed_on: string;
  participants: string;
  progress: string;
  child_view: string;
  decision: string;
  next_review_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface FollowUpVisitsTable {
  id: string;
  resident_id: string;
  exit_id: string;
  due_on: string;
  month_offset: number | null;
  visited_on: string | null;
  seen: number | null;
  not_seen_reason: string;
  placement_status: string | null;
  services: string;
  outcome: string | null;
  next_visit_on: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

// 0006: daily care records (core/daily). Dates 'YYYY-MM-DD', times 'HH:MM', instants ISO UTC.
interface Voidable {
  voided_at: string | null;
  void_reason: string;
}

export interface RollCallsTable {
  date: string;
  group_name: string;
  children: number;
  marked: number;
  saved_by: string;
  first_saved_at: string;
  saved_at: string;
}

export interface AttendanceTable {
  resident_id: string;
  date: string;
  group_name: string;
  status: string;
  note: string;
  recorded_by: string;
  created_at: string;
  updated_at: string;
}

export interface CareNotesTable extends Voidable {
  id: string;
  resident_id: string;
  date: string;
  time: string;
  kind: string;
  text: string;
  author: string;
  created_at: string;
  updated_at: string;
}

export interface FamilyContactsTable extends Voidable {
  id: string;
  resident_id: string;
  /** The relative (care's relatives) the contact was with; null only in rows written before 0011 with a name instead. */
  relative_id: string | null;
  relative_name: string;
  date: string;
  time: string | null;
  kind: string;
  supervised: number;
  how_it_went: string;
  child_reaction: string;
  notes: string;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AllergiesTable extends Voidable {
  id: string;
  resident_id: string;
  allergen: string;
  kind: string;
  reaction: string;
  severity: string;
  noted_date: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface MedicationsTable extends Voidable {
  id: string;
  resident_id: string;
  medicine: string;
  dose: string;
  route: string;
  /** JSON array of 'HH:MM'. */
  times: string;
  as_needed: number;
  as_needed_reason: string;
  start_date: string;
  end_date: string | null;
  prescriber: string;
  note: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface MedicationDosesTable extends Voidable {
  id: string;
  medication_id: string;
  resident_id: string;
  date: string;
  scheduled_time: string | null;
  outcome: 'given' | 'refused' | 'missed';
  given_at: string | null;
  dose: string;
  reason: string;
  recorded_by: string;
  created_at: string;
}

export interface MedicationStockTable extends Voidable {
  id: string;
  medicine: string;
  medication_id: string | null;
  movement: string;
  quantity: number;
  unit: string;
  date: string;
  batch: string;
  expiry_date: string | null;
  reason: string;
  /** Who witnessed a disposal or return ('' for stock received). */
  witnessed_by: string;
  recorded_by: string;
  created_at: string;
}

export interface FirstAidTable extends Voidable {
  id: string;
  resident_id: string;
  date: string;
  time: string;
  what_happened: string;
  treatment: string;
  given_by: string;
  incident_id: string | null;
  recorded_by: string;
  created_at: string;
}

export interface IncidentsTable extends Voidable {
  id: string;
  date: string;
  time: string;
  place: string;
  kind: string;
  severity: string;
  police_involved: number;
  what_happened: string;
  actions_taken: string;
  status: 'open' | 'closed';
  closed_at: string | null;
  closed_by: string | null;
  outcome: string;
  reported_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentChildrenTable {
  incident_id: string;
  resident_id: string;
}

export interface IncidentNotificationsTable {
  incident_id: string;
  party: string;
  required: number;
  notified_at: string | null;
  notified_by: string | null;
  contact: string;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface RestraintsTable extends Voidable {
  id: string;
  resident_id: string;
  date: string;
  time: string;
  place: string;
  antecedent: string;
  measure: string;
  measure_detail: string;
  duration_minutes: number;
  tried_first: string;
  used_by: string;
  witnessed_by: string;
  effect: string;
  injury: number;
  injury_detail: string;
  injury_treatment: string;
  incident_id: string | null;
  recorded_by: string;
  signed_off_at: string | null;
  signed_off_by: string | null;
  sign_off_note: string;
  talked_date: string | null;
  talked_by: string | null;
  talk_note: string;
  /** Why the record was made more than 24 hours after the measure ('' when in time). */
  late_reason: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ComplaintsTable extends Voidable {
  id: string;
  resident_id: string;
  by_child: number;
  complainant: string;
  received_date: string;
  about: string;
  details: string;
  person_of_trust: string;
  actions: string;
  outcome: string;
  closed_date: string | null;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AttachmentBlobsTable {
  sha256: string;
  size: number;
  bytes: Uint8Array;
}

export type AttachmentOwnerType = 'resident' | 'staff' | 'episode' | 'plan' | 'review' | 'incident';

export interface AttachmentsTable {
  id: string;
  owner_type: AttachmentOwnerType;
  owner_id: string;
  resident_id: string | null;
  staff_id: string | null;
  doc_type: string;
  title: string;
  document_date: string | null;
  valid_until: string | null;
  file_name: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  sha256: string;
  thumbnail: Uint8Array | null;
  thumbnail_mime: 'image/jpeg' | 'image/png' | null;
  added_at: string;
  added_by: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface ResidentPhotosTable {
  id: string;
  resident_id: string;
  attachment_id: string;
  current: number;
  set_at: string;
  set_by: string;
}

export interface ConsentsTable {
  id: string;
  resident_id: string;
  given_by_name: string;
  given_by_role: string;
  purpose: string;
  purpose_detail: string;
  shared_with: string;
  withheld_from: string;
  child_assent: string;
  given_on: string;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
  attachment_id: string | null;
  recorded_at: string;
  recorded_by: string;
}

/** 0011: each distinct word of a child's search_key, kept in step by triggers on residents. */
export interface ResidentSearchTokensTable {
  token: string;
  resident_id: string;
}

export interface DB {
  institution: InstitutionTable;
  residents: ResidentsTable;
  audit_log: AuditLogTable;
  staff: StaffTable;
  staff_trainings: StaffTrainingsTable;
  users: UsersTable;
  settings: SettingsTable;
  sign_in_throttle: SignInThrottleTable;
  signing_keys: SigningKeysTable;
  ministry_recipient: MinistryRecipientTable;
  packages: PackagesTable;
  ministry_receipt_key: MinistryReceiptKeyTable;
  delivery_queue: DeliveryQueueTable;
  closed_periods: ClosedPeriodsTable;
  record_reads: RecordReadsTable;
  schooling: SchoolingTable;
  schooling_absences: SchoolingAbsencesTable;
  functioning_assessments: FunctioningAssessmentsTable;
  functioning_scores: FunctioningScoresTable;
  functioning_barriers: FunctioningBarriersTable;
  education_plans: EducationPlansTable;
  education_goals: EducationGoalsTable;
  special_needs_supports: SpecialNeedsSupportsTable;
  education_reviews: EducationReviewsTable;
  education_goal_progress: EducationGoalProgressTable;
  referrals: ReferralsTable;
  assessments: AssessmentsTable;
  care_episodes: CareEpisodesTable;
  relatives: RelativesTable;
  case_plans: CasePlansTable;
  case_goals: CaseGoalsTable;
  case_reviews: CaseReviewsTable;
  follow_up_visits: FollowUpVisitsTable;
  schema_migrations: SchemaMigrationsTable;
  roll_calls: RollCallsTable;
  attendance: AttendanceTable;
  care_notes: CareNotesTable;
  family_contacts: FamilyContactsTable;
  allergies: AllergiesTable;
  medications: MedicationsTable;
  medication_doses: MedicationDosesTable;
  medication_stock: MedicationStockTable;
  first_aid: FirstAidTable;
  incidents: IncidentsTable;
  incident_children: IncidentChildrenTable;
  incident_notifications: IncidentNotificationsTable;
  restraints: RestraintsTable;
  complaints: ComplaintsTable;
  attachment_blobs: AttachmentBlobsTable;
  attachments: AttachmentsTable;
  resident_photos: ResidentPhotosTable;
  consents: ConsentsTable;
  resident_search_tokens: ResidentSearchTokensTable;
}
