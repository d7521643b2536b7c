import { sql, type Kysely } from 'kysely';

// Staff registry, user accounts and settings. Frozen in time: never edit after it lands; never
// import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    fin TEXT UNIQUE,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL CHECK (sex IN ('M','F')),
    date_of_birth TEXT,
    position TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    employment_type TEXT NOT NULL,
    hired_date TEXT NOT NULL,
    left_date TEXT,
    education TEXT NOT NULL DEFAULT '',
    qualification TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX staff_sort ON staff (sort_key)`.execute(db);
  await sql`CREATE INDEX staff_position ON staff (position, sort_key)`.execute(db);

  await sql`CREATE TABLE staff_trainings (
    id TEXT PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff (id),
    title TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    hours REAL,
    certificate_number TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX staff_trainings_staff ON staff_trainings (staff_id, date)`.execute(db);

  // username_key is the folded username: "Aygün", "AYGUN" and "aygun" are one account.
  await sql`CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    password_salt TEXT NOT NULL,
    password_params TEXT NOT NULL,
    staff_id TEXT UNIQUE REFERENCES staff (id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0,1)),
    password_changed_at TEXT NOT NULL,
    last_sign_in_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);

  // The audit screen filters by user and by date.
  await sql`CREATE INDEX audit_actor ON audit_log (actor, seq)`.execute(db);
  await sql`CREATE INDEX audit_at ON audit_log (at)`.execute(db);
}
