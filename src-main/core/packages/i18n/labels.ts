import type { MessageKey } from '../../i18n/keys';

// The key for each value of an enum or each field, written out so that no key is built at run time
// (the keys test and the typed t() see every one).

export const VERIFY_MESSAGE = {
  package_unreadable: 'packages.verify.package_unreadable',
  package_too_large: 'packages.verify.package_too_large',
  age_header: 'packages.verify.age_header',
  age_no_identity: 'packages.verify.age_no_identity',
  age_header_mac: 'packages.verify.age_header_mac',
  age_payload: 'packages.verify.age_payload',
  age_truncated: 'packages.verify.age_truncated',
  zip_malformed: 'packages.verify.zip_malformed',
  zip_too_many_entries: 'packages.verify.zip_too_many_entries',
  zip_encrypted: 'packages.verify.zip_encrypted',
  zip_compression: 'packages.verify.zip_compression',
  zip_name_encoding: 'packages.verify.zip_name_encoding',
  zip_backslash: 'packages.verify.zip_backslash',
  zip_absolute_path: 'packages.verify.zip_absolute_path',
  zip_dotdot: 'packages.verify.zip_dotdot',
  zip_bad_name: 'packages.verify.zip_bad_name',
  zip_directory: 'packages.verify.zip_directory',
  zip_symlink: 'packages.verify.zip_symlink',
  zip_too_large: 'packages.verify.zip_too_large',
  zip_ratio: 'packages.verify.zip_ratio',
  zip_duplicate_name: 'packages.verify.zip_duplicate_name',
  zip_root: 'packages.verify.zip_root',
  zip_unexpected_file: 'packages.verify.zip_unexpected_file',
  zip_size_mismatch: 'packages.verify.zip_size_mismatch',
  zip_crc: 'packages.verify.zip_crc',
  dsse_missing: 'packages.verify.dsse_missing',
  dsse_malformed: 'packages.verify.dsse_malformed',
  dsse_payload_type: 'packages.verify.dsse_payload_type',
  key_unknown: 'packages.verify.key_unknown',
  key_other_institution: 'packages.verify.key_other_institution',
  signature_invalid: 'packages.verify.signature_invalid',
  statement_json: 'packages.verify.statement_json',
  statement_duplicate_key: 'packages.verify.statement_duplicate_key',
  format_unknown: 'packages.verify.format_unknown',
  statement_schema: 'packages.verify.statement_schema',
  institution_mismatch: 'packages.verify.institution_mismatch',
  key_mismatch: 'packages.verify.key_mismatch',
  key_retired: 'packages.verify.key_retired',
  key_not_yet_valid: 'packages.verify.key_not_yet_valid',
  recipient_mismatch: 'packages.verify.recipient_mismatch',
  schema_version_unknown: 'packages.verify.schema_version_unknown',
  bag_name_mismatch: 'packages.verify.bag_name_mismatch',
  period_future: 'packages.verify.period_future',
  prepared_in_future: 'packages.verify.prepared_in_future',
  sequence_fork: 'packages.verify.sequence_fork',
  sequence_backwards: 'packages.verify.sequence_backwards',
  sequence_skip: 'packages.verify.sequence_skip',
  previous_mismatch: 'packages.verify.previous_mismatch',
  supersedes_invalid: 'packages.verify.supersedes_invalid',
  audit_head_backwards: 'packages.verify.audit_head_backwards',
  tag_file_missing: 'packages.verify.tag_file_missing',
  tagmanifest_digest: 'packages.verify.tagmanifest_digest',
  tagmanifest_malformed: 'packages.verify.tagmanifest_malformed',
  tag_file_mismatch: 'packages.verify.tag_file_mismatch',
  bagit_declaration: 'packages.verify.bagit_declaration',
  manifest_malformed: 'packages.verify.manifest_malformed',
  payload_file_missing: 'packages.verify.payload_file_missing',
  payload_file_extra: 'packages.verify.payload_file_extra',
  payload_file_mismatch: 'packages.verify.payload_file_mismatch',
  payload_oxum_mismatch: 'packages.verify.payload_oxum_mismatch',
  bag_info_malformed: 'packages.verify.bag_info_malformed',
  bag_info_mismatch: 'packages.verify.bag_info_mismatch',
  datapackage_malformed: 'packages.verify.datapackage_malformed',
  datapackage_mismatch: 'packages.verify.datapackage_mismatch',
  datapackage_schema: 'packages.verify.datapackage_schema',
  csv_bom: 'packages.verify.csv_bom',
  csv_encoding: 'packages.verify.csv_encoding',
  csv_syntax: 'packages.verify.csv_syntax',
  csv_header: 'packages.verify.csv_header',
  csv_row_shape: 'packages.verify.csv_row_shape',
  csv_formula: 'packages.verify.csv_formula',
  csv_type: 'packages.verify.csv_type',
  csv_too_long: 'packages.verify.csv_too_long',
  csv_required: 'packages.verify.csv_required',
  csv_enum: 'packages.verify.csv_enum',
  csv_pattern: 'packages.verify.csv_pattern',
  csv_unique: 'packages.verify.csv_unique',
  csv_duplicate_key: 'packages.verify.csv_duplicate_key',
  csv_foreign_key: 'packages.verify.csv_foreign_key',
} as const satisfies Record<string, MessageKey>;

export const PREREQUISITE_LABEL = {
  institution: 'packages.prerequisites.institution',
  institution_code: 'packages.prerequisites.institution_code',
  signing_key: 'packages.prerequisites.signing_key',
  recipient: 'packages.prerequisites.recipient',
} as const satisfies Record<string, MessageKey>;

export const PROBLEM_LABEL = {
  period_not_ended: 'packages.problems.period_not_ended',
  admission_decision_missing: 'packages.problems.admission_decision_missing',
  fin_missing: 'packages.problems.fin_missing',
  disability_degree_missing: 'packages.problems.disability_degree_missing',
  formula_text: 'packages.problems.formula_text',
} as const satisfies Record<string, MessageKey>;

export const PACKAGE_STATUS_LABEL = {
  created: 'packages.status.created',
  delivered: 'packages.status.delivered',
  acknowledged: 'packages.status.acknowledged',
  rejected: 'packages.status.rejected',
  accepted: 'packages.status.accepted',
  already_received: 'packages.status.already_received',
} as const satisfies Record<string, MessageKey>;

export const STAGE_LABEL = {
  queued: 'packages.stage.queued',
  precheck: 'packages.stage.precheck',
  collect: 'packages.stage.collect',
  sign: 'packages.stage.sign',
  zip: 'packages.stage.zip',
  encrypt: 'packages.stage.encrypt',
  write: 'packages.stage.write',
  done: 'packages.stage.done',
  failed: 'packages.stage.failed',
} as const satisfies Record<string, MessageKey>;

export const SEALED_BY_LABEL = {
  safe_storage: 'packages.keys.sealedBy.safe_storage',
  passphrase: 'packages.keys.sealedBy.passphrase',
} as const satisfies Record<string, MessageKey>;

export const DELIVERY_RESULT_MESSAGE = {
  acknowledged: 'packages.delivery.queue.result.acknowledged',
  rejected: 'packages.delivery.queue.result.rejected',
  retry: 'packages.delivery.queue.result.retry',
  failed: 'packages.delivery.queue.result.failed',
} as const satisfies Record<string, MessageKey>;

export const DELIVERY_ERROR_KIND_LABEL = {
  network: 'packages.delivery.errorKinds.network',
  http: 'packages.delivery.errorKinds.http',
  receipt: 'packages.delivery.errorKinds.receipt',
  file_missing: 'packages.delivery.errorKinds.file_missing',
  file_changed: 'packages.delivery.errorKinds.file_changed',
} as const satisfies Record<string, MessageKey>;

export const QUEUE_STATE_LABEL = {
  pending: 'packages.delivery.queueStates.pending',
  sent: 'packages.delivery.queueStates.sent',
  failed: 'packages.delivery.queueStates.failed',
} as const satisfies Record<string, MessageKey>;
