import { sql, type Kysely } from 'kysely';

// Family contact (issue 11 §3): the contact log gets its reference to the relative it was with
// (relatives came with the care domain after 0009 made family_contacts), notes and a version for
// edits; a relative's contact can be restricted by a decision (its number, date and the body that
// took it), and a contact with such a relative is refused naming the decision.
// family_contacts is rebuilt to add the foreign key (SQLite cannot add one to a table); its rows,
// if any, are copied as they were. Frozen in time: never edit after it lands; never import
// application code here.

const DATE = (c: string) => `${c} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const TIME = (c: string) => `${c} GLOB '[0-2][0-9]:[0-5][0-9]'`;

export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);

  await run(`ALTER TABLE relatives ADD COLUMN contact_restricted INTEGER NOT NULL DEFAULT 0 CHECK (contact_restricted IN (0, 1))`);
  await run(`ALTER TABLE relatives ADD COLUMN restriction_decision_number TEXT NOT NULL DEFAULT ''`);
  await run(`ALTER TABLE relatives ADD COLUMN restriction_decision_date TEXT CHECK (restriction_decision_date IS NULL OR ${DATE('restriction_decision_date')})`);
  await run(`ALTER TABLE relatives ADD COLUMN restriction_decided_by TEXT NOT NULL DEFAULT ''`);

  await run(`CREATE TABLE family_contacts_new (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    relative_id TEXT REFERENCES relatives (id),
    relative_name TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL CHECK (${DATE('date')}),
    time TEXT CHECK (time IS NULL OR ${TIME('time')}),
    kind TEXT NOT NULL CHECK (kind IN ('visit_institution', 'home_visit', 'phone_call', 'video_call', 'letter')),
    supervised INTEGER NOT NULL DEFAULT 0 CHECK (supervised IN (0, 1)),
    how_it_went TEXT NOT NULL DEFAULT '',
    child_reaction TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT '',
    CHECK (voided_at IS NULL OR void_reason <> ''),
    CHECK (relative_id IS NOT NULL OR relative_name <> '')
  ) STRICT`);
  await run(`INSERT INTO family_contacts_new (id, resident_id, relative_id, relative_name, date, time, kind, supervised, how_it_went,
      child_reaction, recorded_by, created_at, updated_at, voided_at, void_reason)
    SELECT id, resident_id, relative_id, relative_name, date, time, kind, supervised, how_it_went,
      child_reaction, recorded_by, created_at, updated_at, voided_at, void_reason FROM family_contacts`);
  await run(`DROP TABLE family_contacts`);
  await run(`ALTER TABLE family_contacts_new RENAME TO family_contacts`);
  await run(`CREATE INDEX family_contacts_resident_date ON family_contacts (resident_id, date)`);
  await run(`CREATE INDEX family_contacts_date ON family_contacts (date)`);
  await run(`CREATE INDEX family_contacts_relative ON family_contacts (relative_id)`);
}
