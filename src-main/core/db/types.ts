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
  record_reads: RecordReadsTable;
  attachment_blobs: AttachmentBlobsTable;
  attachments: AttachmentsTable;
  resident_photos: ResidentPhotosTable;
  consents: ConsentsTable;
  schema_migrations: SchemaMigrationsTable;
}
