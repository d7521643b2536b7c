import { sql, type Kysely } from 'kysely';

// Daily care records (issue 11): the roll call, care notes, family contact, medication (allergies,
// prescriptions, doses, stock, first aid), incidents with their children and notifications,
// restraint and other measures of control, complaints. Every table the issue names, designed in
// one go so that the domain grows without another migration soon.
//
// Conventions: calendar dates 'YYYY-MM-DD', times of day 'HH:MM', instants ISO 8601 UTC; a
// mistaken entry is voided with a reason (voided_at, void_reason), never deleted; who wrote a
// row is the username the audit log names. family_contacts.relative_id has no foreign key yet:
// the relatives table comes with the care domain (issue 9) and gets its reference then.
// Frozen in time: never edit after it lands; never import application code here.

const DATE = (c: string) => `${c} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const TIME = (c: string) => `${c} GLOB '[0-2][0-9]:[0-5][0-9]'`;
const FLAG = (c: string) => `${c} IN (0, 1)`;
const VOID = `voided_at TEXT,
    void_reason TEXT NOT NULL DEFAULT '',
    CHECK (voided_at IS NULL OR void_reason <> '')`;

export async function up(db: Kysely<any>): Promise<void> {
  const run = (text: string) => sql.raw(text).execute(db);

  // One saved roll call per date and group: who saved it, when, and how many of the children in
  // care that day it marked. "Missing" (dashboard, calendar) is the absence of this row.
  await run(`CREATE TABLE roll_calls (
    date TEXT NOT NULL CHECK (${DATE('date')}),
    group_name TEXT NOT NULL CHECK (group_name <> ''),
    children INTEGER NOT NULL CHECK (children >= 0),
    marked INTEGER NOT NULL CHECK (marked >= 0 AND marked <= children),
    saved_by TEXT NOT NULL,
    first_saved_at TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (date, group_name)
  ) STRICT`);

  // One mark per child per day. group_name is the child's group on that day (a later move to
  // another group leaves the day where it was). Read by (date, group) for a roll call, by (date)
  // for a day or a month, by (resident, date) for the child's log: ten years of a 300-child
  // institution is ~1.1 million rows, so every lookup is an index range.
  await run(`CREATE TABLE attendance (
    resident_id TEXT NOT NULL REFERENCES residents (id),
    date TEXT NOT NULL CHECK (${DATE('date')}),
    group_name TEXT NOT NULL CHECK (group_name <> ''),
    status TEXT NOT NULL CHECK (status IN ('present', 'home_leave', 'hospital', 'school_trip', 'missing', 'other')),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (resident_id, date)
  ) STRICT`);
  await run(`CREATE INDEX attendance_date_group ON attendance (date, group_name, status)`);
  // The children of one group (the roll call's list), without scanning the register.
  await run(`CREATE INDEX residents_group ON residents (group_name, status, admission_date)`);

  await run(`CREATE TABLE care_notes (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    date TEXT NOT NULL CHECK (${DATE('date')}),
    time TEXT NOT NULL CHECK (${TIME('time')}),
    kind TEXT NOT NULL CHECK (kind IN ('health', 'meal', 'sleep', 'behaviour', 'activity', 'education', 'general')),
    text TEXT NOT NULL CHECK (text <> '' AND length(text) <= 4000),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${VOID}
  ) STRICT`);
  await run(`CREATE INDEX care_notes_resident_date ON care_notes (resident_id, date, time)`);
  await run(`CREATE INDEX care_notes_date ON care_notes (date)`);

  // Family contact as rows (not a note kind): it feeds "no family contact in 90 days".
  await run(`CREATE TABLE family_contacts (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    relative_id TEXT,
    relative_name TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL CHECK (${DATE('date')}),
    time TEXT CHECK (time IS NULL OR ${TIME('time')}),
    kind TEXT NOT NULL CHECK (kind IN ('visit_institution', 'home_visit', 'phone_call', 'video_call', 'letter')),
    supervised INTEGER NOT NULL DEFAULT 0 CHECK (${FLAG('supervised')}),
    how_it_went TEXT NOT NULL DEFAULT '',
    child_reaction TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${VOID},
    CHECK (relative_id IS NOT NULL OR relative_name <> '')
  ) STRICT`);
  await run(`CREATE INDEX family_contacts_resident_date ON family_contacts (resident_id, date)`);
  await run(`CREATE INDEX family_contacts_date ON family_contacts (date)`);

  await run(`CREATE TABLE allergies (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    allergen TEXT NOT NULL CHECK (allergen <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('medicine', 'food', 'environmental', 'insect', 'other')),
    reaction TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe', 'life_threatening')),
    noted_date TEXT CHECK (noted_date IS NULL OR ${DATE('noted_date')}),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${VOID}
  ) STRICT`);
  await run(`CREATE INDEX allergies_resident ON allergies (resident_id)`);

  // A prescription. times: a JSON array of 'HH:MM' (the doses due each day), empty only when
  // given as needed, which then needs its reason.
  await run(`CREATE TABLE medications (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    medicine TEXT NOT NULL CHECK (medicine <> ''),
    dose TEXT NOT NULL CHECK (dose <> ''),
    route TEXT NOT NULL CHECK (route IN ('oral', 'sublingual', 'topical', 'inhaled', 'injection', 'rectal', 'eye', 'ear', 'nasal', 'other')),
    times TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(times) AND json_type(times) = 'array'),
    as_needed INTEGER NOT NULL DEFAULT 0 CHECK (${FLAG('as_needed')}),
    as_needed_reason TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL CHECK (${DATE('start_date')}),
    end_date TEXT CHECK (end_date IS NULL OR (${DATE('end_date')} AND end_date >= start_date)),
    prescriber TEXT NOT NULL CHECK (prescriber <> ''),
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${VOID},
    CHECK ((as_needed = 1 AND as_needed_reason <> '') OR (as_needed = 0 AND json_array_length(times) > 0))
  ) STRICT`);
  await run(`CREATE INDEX medications_resident ON medications (resident_id, start_date)`);
  await run(`CREATE INDEX medications_active ON medications (end_date, start_date)`);

  // A dose given, refused or missed. scheduled_time: the prescription's time it answers (NULL
  // for an as-needed dose); one outcome per scheduled dose and day.
  await run(`CREATE TABLE medication_doses (
    id TEXT PRIMARY KEY,
    medication_id TEXT NOT NULL REFERENCES medications (id),
    resident_id TEXT NOT NULL REFERENCES residents (id),
    date TEXT NOT NULL CHECK (${DATE('date')}),
    scheduled_time TEXT CHECK (scheduled_time IS NULL OR ${TIME('scheduled_time')}),
    outcome TEXT NOT NULL CHECK (outcome IN ('given', 'refused', 'missed')),
    given_at TEXT,
    dose TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ${VOID},
    CHECK ((outcome = 'given' AND given_at IS NOT NULL AND dose <> '') OR (outcome <> 'given' AND reason <> ''))
  ) STRICT`);
  await run(`CREATE UNIQUE INDEX medication_doses_scheduled ON medication_doses (medication_id, date, scheduled_time)
    WHERE scheduled_time IS NOT NULL AND voided_at IS NULL`);
  await run(`CREATE INDEX medication_doses_date ON medication_doses (date, resident_id)`);
  await run(`CREATE INDEX medication_doses_resident ON medication_doses (resident_id, date)`);

  await run(`CREATE TABLE medication_stock (
    id TEXT PRIMARY KEY,
    medicine TEXT NOT NULL CHECK (medicine <> ''),
    medication_id TEXT REFERENCES medications (id),
    movement TEXT NOT NULL CHECK (movement IN ('received', 'disposed', 'returned', 'correction')),
    quantity REAL NOT NULL CHECK (quantity > 0),
    unit TEXT NOT NULL CHECK (unit <> ''),
    date TEXT NOT NULL CHECK (${DATE('date')}),
    batch TEXT NOT NULL DEFAULT '',
    expiry_date TEXT CHECK (expiry_date IS NULL OR ${DATE('expiry_date')}),
    reason TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ${VOID},
    CHECK (movement = 'received' OR reason <> '')
  ) STRICT`);
  await run(`CREATE INDEX medication_stock_medicine ON medication_stock (medicine, date)`);

  await run(`CREATE TABLE first_aid (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    date TEXT NOT NULL CHECK (${DATE('date')}),
    time TEXT NOT NULL CHECK (${TIME('time')}),
    what_happened TEXT NOT NULL CHECK (what_happened <> ''),
    treatment TEXT NOT NULL CHECK (treatment <> ''),
    given_by TEXT NOT NULL CHECK (given_by <> ''),
    incident_id TEXT REFERENCES incidents (id),
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    ${VOID}
  ) STRICT`);
  await run(`CREATE INDEX first_aid_resident_date ON first_aid (resident_id, date)`);

  await run(`CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL CHECK (${DATE('date')}),
    time TEXT NOT NULL CHECK (${TIME('time')}),
    place TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('injury', 'illness', 'missing_from_care', 'abducted', 'violence_bullying',
      'abuse_allegation', 'allegation_against_staff', 'self_harm', 'sexual_exploitation', 'offence', 'pregnancy',
      'death', 'property', 'other')),
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    police_involved INTEGER NOT NULL DEFAULT 0 CHECK (${FLAG('police_involved')}),
    what_happened TEXT NOT NULL CHECK (what_happened <> ''),
    actions_taken TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at TEXT,
    closed_by TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    reported_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${VOID},
    CHECK ((status = 'open' AND closed_at IS NULL) OR (status = 'closed' AND closed_at IS NOT NULL AND closed_by IS NOT NULL))
  ) STRICT`);
  await run(`CREATE INDEX incidents_status ON incidents (status, severity)`);
  await run(`CREATE INDEX incidents_date ON incidents (date)`);

  // One incident, one or more children ("an incident with no child" is refused by the service).
  await run(`CREATE TABLE incident_children (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    resident_id TEXT NOT NULL REFERENCES residents (id),
    PRIMARY KEY (incident_id, resident_id)
  ) STRICT`);
  await run(`CREATE INDEX incident_children_resident ON incident_children (resident_id)`);

  // Who was (or must be) told, and when. required = 1: the kind demands it without delay; until
  // notified_at is set the incident is overdue.
  await run(`CREATE TABLE incident_notifications (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    party TEXT NOT NULL CHECK (party IN ('family', 'police', 'health_service', 'guardianship_authority', 'ministry')),
    required INTEGER NOT NULL DEFAULT 0 CHECK (${FLAG('required')}),
    notified_at TEXT,
    notified_by TEXT,
    contact TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (notified_at IS NULL OR notified_by IS NOT NULL),
    PRIMARY KEY (incident_id, party)
  ) STRICT`);
  await run(`CREATE INDEX incident_notifications_pending ON incident_notifications (required, notified_at)`);

  // Restraint and other measures of control (Children's Homes Regulations 2015 reg. 35; UN
  // Guidelines §§96–97): recorded within 24 hours, signed off by the director within 48, the talk
  // with the child within 5 days. Stopping family contact is not a measure this table accepts.
  await run(`CREATE TABLE restraints (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    date TEXT NOT NULL CHECK (${DATE('date')}),
    time TEXT NOT NULL CHECK (${TIME('time')}),
    place TEXT NOT NULL CHECK (place <> ''),
    antecedent TEXT NOT NULL CHECK (antecedent <> ''),
    measure TEXT NOT NULL CHECK (measure IN ('physical_hold', 'separation', 'removal_of_item', 'restriction_of_activity', 'other')),
    measure_detail TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    tried_first TEXT NOT NULL CHECK (tried_first <> ''),
    used_by TEXT NOT NULL CHECK (used_by <> ''),
    witnessed_by TEXT NOT NULL CHECK (witnessed_by <> ''),
    effect TEXT NOT NULL DEFAULT '',
    injury INTEGER NOT NULL DEFAULT 0 CHECK (${FLAG('injury')}),
    injury_detail TEXT NOT NULL DEFAULT '',
    injury_treatment TEXT NOT NULL DEFAULT '',
    incident_id TEXT REFERENCES incidents (id),
    recorded_by TEXT NOT NULL,
    signed_off_at TEXT,
    signed_off_by TEXT,
    sign_off_note TEXT NOT NULL DEFAULT '',
    talked_date TEXT CHECK (talked_date IS NULL OR ${DATE('talked_date')}),
    talked_by TEXT,
    talk_note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${VOID},
    CHECK (injury = 1 OR (injury_detail = '' AND injury_treatment = '')),
    CHECK (signed_off_at IS NULL OR signed_off_by IS NOT NULL),
    CHECK (talked_date IS NULL OR talked_by IS NOT NULL)
  ) STRICT`);
  await run(`CREATE INDEX restraints_resident_date ON restraints (resident_id, date)`);
  await run(`CREATE INDEX restraints_pending ON restraints (signed_off_at, talked_date)`);

  await run(`CREATE TABLE complaints (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents (id),
    by_child INTEGER NOT NULL DEFAULT 1 CHECK (${FLAG('by_child')}),
    complainant TEXT NOT NULL CHECK (complainant <> ''),
    received_date TEXT NOT NULL CHECK (${DATE('received_date')}),
    about TEXT NOT NULL CHECK (about IN ('care', 'staff', 'another_child', 'food', 'health', 'education', 'family_contact', 'placement', 'other')),
    details TEXT NOT NULL CHECK (details <> ''),
    person_of_trust TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    closed_date TEXT CHECK (closed_date IS NULL OR (${DATE('closed_date')} AND closed_date >= received_date)),
    recorded_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ${VOID},
    CHECK (closed_date IS NULL OR outcome <> '')
  ) STRICT`);
  await run(`CREATE INDEX complaints_resident ON complaints (resident_id, received_date)`);
  await run(`CREATE INDEX complaints_open ON complaints (closed_date)`);
}
