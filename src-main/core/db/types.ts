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

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
}

export interface DB {
  institution: InstitutionTable;
  residents: ResidentsTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
}
