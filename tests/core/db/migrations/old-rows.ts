import type Database from 'better-sqlite3';

// Rows as each migration's time wrote them: raw SQL with the columns of that schema, never
// today's services (which follow the newest schema). A table's inserter is named after the
// migration that last changed its shape.

type Sqlite = Database.Database;
const AT = '2026-01-15T09:00:00.000Z';

export function institution0001(db: Sqlite): void {
  db.prepare(
    `INSERT INTO institution (id, code, name_az, name_en, type, region, created_at, updated_at)
     VALUES (1, 'BAK-UE-03', 'Bakı şəhəri 3 nömrəli uşaq evi', 'Baku children''s home No 3', 'childrens_home', 'Bakı', ?, ?)`,
  ).run(AT, AT);
}

export function resident0001(db: Sqlite, id: string, fin: string | null): void {
  db.prepare(
    `INSERT INTO residents (id, fin, last_name, first_name, sex, date_of_birth, legal_status, status,
       admission_date, admission_basis, search_key, name_key, sort_key, created_at, updated_at)
     VALUES (?, ?, 'Məmmədov', 'Əli', 'M', '2015-03-04', 'orphan', 'resident', '2022-09-01', 'commission',
       'memmedov eli', 'memmedov eli', 'memmedov eli', ?, ?)`,
  ).run(id, fin, AT, AT);
}

export function audit0001(db: Sqlite, seq: number): void {
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, via, action, entity, entity_id, before, after, prev_hash, hash)
     VALUES (?, ?, 'local-cli', 'cli', 'resident.create', 'resident', 'r1', NULL, '{"a":1}', ?, ?)`,
  ).run(seq, AT, `prev${seq}`, `hash${seq}`);
}

export function staff0002(db: Sqlite, id: string): void {
  db.prepare(
    `INSERT INTO staff (id, last_name, first_name, sex, position, employment_type, hired_date, search_key, sort_key, created_at, updated_at)
     VALUES (?, 'Quliyeva', 'Səbinə', 'F', 'caregiver', 'full_time', '2015-09-01', '', '', ?, ?)`,
  ).run(id, AT, AT);
}

export function user0002(db: Sqlite, id: string, staffId: string | null): void {
  db.prepare(
    `INSERT INTO users (id, username, username_key, display_name, role, password_hash, password_salt, password_params,
       staff_id, password_changed_at, created_at, updated_at)
     VALUES (?, ?, ?, 'X', 'director', 'h', 's', '{}', ?, ?, ?, ?)`,
  ).run(id, `user-${id}`, `user-${id}`, staffId, AT, AT, AT);
}

/** One of each table 0001 and 0002 made, as a database of their time held them. */
export function seed0002(db: Sqlite): void {
  institution0001(db);
  resident0001(db, 'r1', '5AB7K2M');
  resident0001(db, 'r2', null);
  audit0001(db, 1);
  staff0002(db, 's1');
  user0002(db, 'u1', 's1');
  db.prepare(
    `INSERT INTO staff_trainings (id, staff_id, title, date, hours, created_at, updated_at) VALUES ('t1', 's1', 'First aid', '2024-02-01', 8, ?, ?)`,
  ).run(AT, AT);
  db.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('idle_lock_minutes', '10', ?)`).run(AT);
}

export function signingKey0003(db: Sqlite, keyId: string, status: 'active' | 'retired'): void {
  db.prepare(
    `INSERT INTO signing_keys (key_id, public_key, private_key_sealed, sealed_by, status, created_at, retired_at)
     VALUES (?, ?, 'sealed', 'passphrase', ?, ?, ?)`,
  ).run(keyId, `pub-${keyId}`, status, AT, status === 'retired' ? AT : null);
}

export function package0003(db: Sqlite, sequence: number, keyId: string): void {
  db.prepare(
    `INSERT INTO packages (id, sequence, period, profile, schema_version, file_name, sha256, statement_sha256, previous_sha256,
       signer_key_id, recipient, counts, status, status_at, prepared_at, created_at)
     VALUES (?, ?, '2026-Q3', 'qaygi-package/1', 1, ?, 'sha', ?, NULL, ?, 'age1x', '{}', 'created', ?, ?, ?)`,
  ).run(`p${sequence}`, sequence, `BAK-UE-03_2026-Q3_000${sequence}.qaygi`, `st${sequence}`, keyId, AT, AT, AT);
}

/** Every row of a table, in insertion order: what a migration must leave as it found it. */
export function rowsOf(db: Sqlite, table: string): unknown[] {
  return db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
}

/** Every user table's rows, by name (schema_migrations aside: migrating adds to it). */
export function allRows(db: Sqlite): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, rowsOf(db, t)]));
}

/** A database that is still sound: no broken reference, no damaged page. */
export function soundness(db: Sqlite): { fk: unknown; integrity: unknown } {
  return { fk: db.pragma('foreign_key_check'), integrity: db.pragma('integrity_check', { simple: true }) };
}

export const strictTables = (db: Sqlite): string[] =>
  db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 ORDER BY name").pluck().all() as string[];

export const indexesOf = (db: Sqlite, table: string): string[] =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").pluck().all(table) as string[];
