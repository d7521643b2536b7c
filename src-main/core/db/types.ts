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

// 0006: daily care records (core/daily). Dates 'YYYY-MM-DD', times 'HH:MM', instants ISO UTC.
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

interface Voidable {
  voided_at: string | null;
  void_reason: string;
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
  /** The relatives table's id (issue 9); no foreign key until that table lands. */
  relative_id: string | null;
  relative_name: string;
  date: string;
  time: string | null;
  kind: string;
  supervised: number;
  how_it_went: string;
  child_reaction: string;
  recorded_by: string;
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

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
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
  schema_migrations: SchemaMigrationsTable;
}
