import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit after it lands; never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE institution (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    name_az TEXT NOT NULL,
    name_en TEXT NOT NULL,
    type TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE residents (
    id TEXT PRIMARY KEY,
    fin TEXT UNIQUE,
    birth_certificate TEXT,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL CHECK (sex IN ('M','F')),
    date_of_birth TEXT NOT NULL,
    place_of_birth TEXT NOT NULL DEFAULT '',
    citizenship TEXT NOT NULL DEFAULT '',
    legal_status TEXT NOT NULL,
    disability INTEGER NOT NULL DEFAULT 0 CHECK (disability IN (0,1)),
    disability_degree TEXT,
    disability_diagnosis TEXT NOT NULL DEFAULT '',
    group_name TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    key_worker TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    admission_date TEXT NOT NULL,
    admission_basis TEXT NOT NULL,
    admission_decision_number TEXT NOT NULL DEFAULT '',
    admission_decision_date TEXT,
    admission_authority TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL,
    name_key TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX residents_sort ON residents (status, sort_key)`.execute(db);
  await sql`CREATE INDEX residents_name_dob ON residents (name_key, date_of_birth)`.execute(db);
  await sql`CREATE INDEX residents_birth_certificate ON residents (birth_certificate)`.execute(db);

  await sql`CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    via TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX audit_entity ON audit_log (entity, entity_id)`.execute(db);
  // Append-only: the database itself refuses edits and deletes through SQL.
  await sql`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
}
