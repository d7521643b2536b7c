import { sql, type Kysely } from 'kysely';

// Delivery: the ministry's receipt-signing key, the receipt each package got back, and the upload
// queue. Frozen in time: never edit after it lands; never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // The ministry's Ed25519 public key that signs receipts (imported from receipt-public.json).
  await sql`CREATE TABLE ministry_receipt_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key_id TEXT NOT NULL,
    public_key TEXT NOT NULL,
    imported_at TEXT NOT NULL
  ) STRICT`.execute(db);

  // The signed receipt as received (the DSSE envelope's JSON), kept as the proof of delivery.
  await sql`ALTER TABLE packages ADD COLUMN receipt TEXT`.execute(db);
  await sql`ALTER TABLE packages ADD COLUMN received_at TEXT`.execute(db);

  // One row per package to upload: pending (waiting for its next attempt), sent (a receipt came
  // back) or failed (given up; "send now" puts it back to pending).
  await sql`CREATE TABLE delivery_queue (
    package_sequence INTEGER PRIMARY KEY REFERENCES packages (sequence),
    path TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending','sent','failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    last_attempt_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX delivery_queue_due ON delivery_queue (state, next_attempt_at)`.execute(db);
}
