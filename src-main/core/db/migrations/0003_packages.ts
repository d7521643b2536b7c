import { sql, type Kysely } from 'kysely';

// Signed data packages: the institution's signing keys, the ministry's age recipient, the history
// of packages (one chain per institution) and the closed periods. Frozen in time: never edit after
// it lands; never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // The private key is sealed by a key store (safeStorage or passphrase); `sealed_by` says which.
  // Retired keys are kept to verify older packages.
  await sql`CREATE TABLE signing_keys (
    key_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL UNIQUE,
    private_key_sealed TEXT NOT NULL,
    sealed_by TEXT NOT NULL CHECK (sealed_by IN ('passphrase','safe_storage')),
    status TEXT NOT NULL CHECK (status IN ('active','retired')),
    rotation TEXT,
    created_at TEXT NOT NULL,
    retired_at TEXT,
    CHECK ((status = 'retired') = (retired_at IS NOT NULL))
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active'`.execute(db);

  await sql`CREATE TABLE ministry_recipient (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    recipient TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    imported_at TEXT NOT NULL
  ) STRICT`.execute(db);

  await sql`CREATE TABLE packages (
    id TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
    period TEXT NOT NULL,
    profile TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    statement_sha256 TEXT NOT NULL UNIQUE,
    previous_sha256 TEXT,
    signer_key_id TEXT NOT NULL REFERENCES signing_keys (key_id),
    recipient TEXT NOT NULL,
    counts TEXT NOT NULL,
    accepted_problems TEXT,
    status TEXT NOT NULL CHECK (status IN ('created','delivered','acknowledged','rejected')),
    status_reason TEXT,
    status_at TEXT NOT NULL,
    supersedes INTEGER REFERENCES packages (sequence),
    prepared_at TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX packages_period ON packages (period, sequence)`.execute(db);

  // A period is closed once its package is exported; a change to a record dated in it marks it
  // as needing a correction (a new package that supersedes the last one).
  await sql`CREATE TABLE closed_periods (
    period TEXT PRIMARY KEY,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    package_sequence INTEGER NOT NULL REFERENCES packages (sequence),
    needs_correction INTEGER NOT NULL DEFAULT 0 CHECK (needs_correction IN (0,1)),
    closed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
}
