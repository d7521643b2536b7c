import { sql, type Kysely } from 'kysely';

// Documents, photos and consent on a child's record (issue 15). The bytes live inside the
// database, content-addressed (attachment_blobs, keyed by sha256): a backup of the one file holds
// every scan, and a file and the row and audit entry that name it commit in one transaction.
// Owners: a child or a staff member (with foreign keys), or an episode, plan, review or incident
// (plain ids until those tables exist; their child in resident_id). Frozen in time: never edit after it lands.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE attachment_blobs (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size INTEGER NOT NULL CHECK (size > 0),
    bytes BLOB NOT NULL CHECK (length(bytes) = size)
  ) STRICT`.execute(db);

  await sql`CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_type TEXT NOT NULL CHECK (owner_type IN ('resident', 'staff', 'episode', 'plan', 'review', 'incident')),
    owner_id TEXT NOT NULL,
    resident_id TEXT REFERENCES residents (id),
    staff_id TEXT REFERENCES staff (id),
    doc_type TEXT NOT NULL CHECK (doc_type IN ('admission_decision', 'exit_decision', 'birth_certificate', 'identity_card',
      'medical', 'school_report', 'consent', 'photo', 'signature', 'other')),
    title TEXT NOT NULL DEFAULT '',
    document_date TEXT CHECK (document_date IS NULL OR document_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_until TEXT CHECK (valid_until IS NULL OR valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    file_name TEXT NOT NULL DEFAULT '',
    mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL REFERENCES attachment_blobs (sha256),
    thumbnail BLOB,
    thumbnail_mime TEXT CHECK (thumbnail_mime IN ('image/jpeg', 'image/png')),
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    voided_at TEXT,
    voided_by TEXT,
    void_reason TEXT,
    CHECK ((thumbnail IS NULL) = (thumbnail_mime IS NULL)),
    CHECK (thumbnail IS NULL OR mime IN ('image/jpeg', 'image/png')),
    CHECK ((voided_at IS NULL AND voided_by IS NULL AND void_reason IS NULL)
        OR (voided_at IS NOT NULL AND voided_by IS NOT NULL AND length(trim(void_reason)) > 0)),
    CHECK (owner_type <> 'resident' OR resident_id = owner_id),
    CHECK (owner_type <> 'staff' OR (staff_id = owner_id AND resident_id IS NULL)),
    CHECK (owner_type = 'staff' OR staff_id IS NULL),
    CHECK (valid_until IS NULL OR document_date IS NULL OR valid_until >= document_date)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX attachments_by_owner ON attachments (owner_type, owner_id, added_at)`.execute(db);
  await sql`CREATE INDEX attachments_by_resident ON attachments (resident_id, doc_type) WHERE resident_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX attachments_by_blob ON attachments (sha256)`.execute(db);
  // The same file twice on one record (the service says so first, in words).
  await sql`CREATE UNIQUE INDEX attachments_once_per_owner ON attachments (owner_type, owner_id, sha256) WHERE voided_at IS NULL`.execute(db);

  // The child's photo: one current, and the ones before it (the image itself is an attachment of
  // type photo, with its thumbnail).
  await sql`CREATE TABLE resident_photos (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    attachment_id TEXT NOT NULL UNIQUE REFERENCES attachments (id),
    current INTEGER NOT NULL CHECK (current IN (0, 1)),
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX resident_photos_one_current ON resident_photos (resident_id) WHERE current = 1`.execute(db);
  await sql`CREATE INDEX resident_photos_by_resident ON resident_photos (resident_id, set_at)`.execute(db);

  // Consent as data: who gave it, for what, shared with whom and withheld from whom, the child's
  // own assent, given and withdrawn.
  await sql`CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    given_by_name TEXT NOT NULL CHECK (length(trim(given_by_name)) > 0),
    given_by_role TEXT NOT NULL CHECK (given_by_role IN ('parent', 'guardian', 'institution', 'guardianship_authority', 'other')),
    purpose TEXT NOT NULL CHECK (purpose IN ('sharing', 'photos', 'medical_treatment', 'other')),
    purpose_detail TEXT NOT NULL DEFAULT '',
    shared_with TEXT NOT NULL DEFAULT '',
    withheld_from TEXT NOT NULL DEFAULT '',
    child_assent TEXT NOT NULL CHECK (child_assent IN ('given', 'refused', 'not_asked_too_young', 'not_able')),
    given_on TEXT NOT NULL CHECK (given_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on),
    withdrawn_by TEXT,
    withdraw_reason TEXT,
    attachment_id TEXT REFERENCES attachments (id),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL))
  ) STRICT`.execute(db);
  await sql`CREATE INDEX consents_by_resident ON consents (resident_id, given_on)`.execute(db);
}
