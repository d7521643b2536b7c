import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, indexesOf, package0003, seed0002, signingKey0003, soundness, strictTables } from './old-rows';

// 0009 adds the daily care records (core/daily): every table issue 11 names, empty, beside the
// rows that were there.

const DAILY = [
  'allergies', 'attendance', 'care_notes', 'complaints', 'family_contacts', 'first_aid', 'incident_children',
  'incident_notifications', 'incidents', 'medication_doses', 'medication_stock', 'medications', 'restraints', 'roll_calls',
];
const AT = '2026-01-15T09:00:00.000Z';

async function at5() {
  const at = await tempDbAt(8);
  seed0002(at.sqlite);
  signingKey0003(at.sqlite, 'k1', 'active');
  package0003(at.sqlite, 1, 'k1');
  return at;
}

async function migrated() {
  const at = await at5();
  await at.to(9);
  return at.sqlite;
}

describe('migration 0009: daily care', () => {
  it('adds the daily tables, empty and STRICT, and leaves every older row as it was', async () => {
    const { sqlite, to } = await at5();
    const before = allRows(sqlite);
    expect(await to(9)).toEqual(['0009_daily_care']);
    const after = allRows(sqlite);
    expect(Object.fromEntries(DAILY.map((t) => [t, after[t]]))).toEqual(Object.fromEntries(DAILY.map((t) => [t, []])));
    for (const t of DAILY) delete after[t];
    expect(after).toEqual(before);
    expect(strictTables(sqlite)).toEqual(expect.arrayContaining(DAILY));
    expect(soundness(sqlite)).toEqual({ fk: [], integrity: 'ok' });
  });

  it('keeps one mark per child and day, and has the indexes the roll call reads by', async () => {
    const db = await migrated();
    const mark = db.prepare(
      `INSERT INTO attendance (resident_id, date, group_name, status, note, recorded_by, created_at, updated_at)
       VALUES (?, ?, 'Günəş', ?, '', 'u', ?, ?)`,
    );
    mark.run('r1', '2026-01-15', 'present', AT, AT);
    expect(() => mark.run('r1', '2026-01-15', 'hospital', AT, AT)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => mark.run('r2', '2026-01-15', 'asleep', AT, AT)).toThrow(/CHECK/);
    expect(() => mark.run('r2', '15.01.2026', 'present', AT, AT)).toThrow(/CHECK/);
    expect(() => mark.run('nobody', '2026-01-15', 'present', AT, AT)).toThrow(/FOREIGN KEY/);
    expect(indexesOf(db, 'attendance')).toEqual(['attendance_date_group']);
    // The roll call of a group and date is an index search, never a scan of ten years.
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT resident_id, status, note FROM attendance WHERE date = '2026-01-15' AND group_name = 'Günəş'")
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/SEARCH attendance USING (COVERING )?INDEX attendance_date_group/);
    const child = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM attendance WHERE resident_id = 'r1' AND date BETWEEN '2026-01-01' AND '2026-01-31'")
      .all() as Array<{ detail: string }>;
    const group = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM residents WHERE group_name = 'Günəş' AND status IN ('resident', 'day_attendee') AND admission_date <= '2026-01-15'")
      .all() as Array<{ detail: string }>;
    expect(group.map((p) => p.detail).join(' ')).toMatch(/SEARCH residents USING (COVERING )?INDEX residents_group/);
    expect(child.map((p) => p.detail).join(' ')).toMatch(/SEARCH attendance USING INDEX sqlite_autoindex_attendance_1 \(resident_id=\? AND date>\? AND date<\?\)/);
    const roll = db.prepare(
      `INSERT INTO roll_calls (date, group_name, children, marked, saved_by, first_saved_at, saved_at) VALUES (?, ?, ?, ?, 'u', ?, ?)`,
    );
    roll.run('2026-01-15', 'Günəş', 2, 1, AT, AT);
    expect(() => roll.run('2026-01-15', 'Günəş', 2, 2, AT, AT)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => roll.run('2026-01-16', 'Günəş', 1, 2, AT, AT)).toThrow(/CHECK/);
    expect(() => roll.run('2026-01-16', '', 1, 1, AT, AT)).toThrow(/CHECK/);
  });

  it('refuses a prescription without times unless as needed with its reason, and a given dose without its time and dose', async () => {
    const db = await migrated();
    const rx = db.prepare(
      `INSERT INTO medications (id, resident_id, medicine, dose, route, times, as_needed, as_needed_reason, start_date, end_date,
         prescriber, created_by, created_at, updated_at) VALUES (?, 'r1', 'Paracetamol', '250 mg', 'oral', ?, ?, ?, '2026-01-01', ?, 'Dr A', 'u', ?, ?)`,
    );
    rx.run('m1', '["08:00","20:00"]', 0, '', null, AT, AT);
    rx.run('m2', '[]', 1, 'fever over 38°', '2026-02-01', AT, AT);
    expect(() => rx.run('m3', '[]', 0, '', null, AT, AT)).toThrow(/CHECK/);
    expect(() => rx.run('m4', '[]', 1, '', null, AT, AT)).toThrow(/CHECK/);
    expect(() => rx.run('m5', 'not json', 0, '', null, AT, AT)).toThrow(/CHECK|JSON/);
    expect(() => rx.run('m6', '["08:00"]', 0, '', '2025-12-31', AT, AT)).toThrow(/CHECK/);
    const dose = db.prepare(
      `INSERT INTO medication_doses (id, medication_id, resident_id, date, scheduled_time, outcome, given_at, dose, reason, recorded_by, created_at)
       VALUES (?, 'm1', 'r1', '2026-01-15', ?, ?, ?, ?, ?, 'u', ?)`,
    );
    dose.run('d1', '08:00', 'given', AT, '250 mg', '', AT);
    dose.run('d2', '20:00', 'refused', null, '', 'spat it out', AT);
    expect(() => dose.run('d3', '08:00', 'given', AT, '250 mg', '', AT)).toThrow(/UNIQUE/);
    expect(() => dose.run('d4', null, 'missed', null, '', '', AT)).toThrow(/CHECK/);
    expect(() => dose.run('d5', null, 'given', null, '250 mg', '', AT)).toThrow(/CHECK/);
    dose.run('d6', null, 'given', AT, '250 mg', '', AT); // as needed: more than one a day
    dose.run('d7', null, 'given', AT, '250 mg', '', AT);
  });

  it('keeps an incident’s children and notifications to it, and closes it only with when and by whom', async () => {
    const db = await migrated();
    const inc = db.prepare(
      `INSERT INTO incidents (id, date, time, kind, severity, what_happened, status, closed_at, closed_by, reported_by, created_at, updated_at)
       VALUES (?, '2026-01-15', '14:30', ?, ?, 'Fell in the yard', ?, ?, ?, 'u', ?, ?)`,
    );
    inc.run('i1', 'injury', 'high', 'open', null, null, AT, AT);
    expect(() => inc.run('i2', 'fight', 'high', 'open', null, null, AT, AT)).toThrow(/CHECK/);
    expect(() => inc.run('i3', 'injury', 'severe', 'open', null, null, AT, AT)).toThrow(/CHECK/);
    expect(() => inc.run('i4', 'injury', 'low', 'closed', null, null, AT, AT)).toThrow(/CHECK/);
    const child = db.prepare('INSERT INTO incident_children (incident_id, resident_id) VALUES (?, ?)');
    child.run('i1', 'r1');
    child.run('i1', 'r2');
    expect(() => child.run('i1', 'r1')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => child.run('nope', 'r1')).toThrow(/FOREIGN KEY/);
    const note = db.prepare(
      `INSERT INTO incident_notifications (incident_id, party, required, notified_at, notified_by, created_at, updated_at) VALUES ('i1', ?, 1, ?, ?, ?, ?)`,
    );
    note.run('family', null, null, AT, AT);
    expect(() => note.run('press', null, null, AT, AT)).toThrow(/CHECK/);
    expect(() => note.run('police', AT, null, AT, AT)).toThrow(/CHECK/);
  });

  it('refuses a restraint record without duration or witness, or with a measure it does not know', async () => {
    const db = await migrated();
    const put = db.prepare(
      `INSERT INTO restraints (id, resident_id, date, time, place, antecedent, measure, duration_minutes, tried_first, used_by,
         witnessed_by, recorded_by, created_at, updated_at)
       VALUES (?, 'r1', '2026-01-15', '19:05', 'Dining room', 'Hit another child', ?, ?, 'Talking, moving the others away', 'Quliyeva S.', ?, 'u', ?, ?)`,
    );
    put.run('x1', 'physical_hold', 3, 'Həsənov R.', AT, AT);
    expect(() => put.run('x2', 'physical_hold', 0, 'Həsənov R.', AT, AT)).toThrow(/CHECK/);
    expect(() => put.run('x3', 'physical_hold', 3, '', AT, AT)).toThrow(/CHECK/);
    expect(() => put.run('x4', 'stop_family_contact', 3, 'Həsənov R.', AT, AT)).toThrow(/CHECK/);
  });

  it('refuses a note, a contact and a complaint without what they must say', async () => {
    const db = await migrated();
    const note = db.prepare(
      `INSERT INTO care_notes (id, resident_id, date, time, kind, text, author, created_at, updated_at, voided_at, void_reason)
       VALUES (?, 'r1', '2026-01-15', ?, ?, ?, 'u', ?, ?, ?, ?)`,
    );
    note.run('n1', '08:15', 'meal', 'Ate all of breakfast', AT, AT, null, '');
    expect(() => note.run('n2', '8:15', 'meal', 'x', AT, AT, null, '')).toThrow(/CHECK/);
    expect(() => note.run('n3', '08:15', 'family_contact', 'x', AT, AT, null, '')).toThrow(/CHECK/);
    expect(() => note.run('n4', '08:15', 'meal', '', AT, AT, null, '')).toThrow(/CHECK/);
    expect(() => note.run('n5', '08:15', 'meal', 'x', AT, AT, AT, '')).toThrow(/CHECK/);
    const contact = db.prepare(
      `INSERT INTO family_contacts (id, resident_id, relative_id, relative_name, date, kind, recorded_by, created_at, updated_at)
       VALUES (?, 'r1', ?, ?, '2026-01-15', ?, 'u', ?, ?)`,
    );
    contact.run('c1', 'rel-1', '', 'phone_call', AT, AT); // no foreign key to relatives yet
    expect(() => contact.run('c2', null, '', 'phone_call', AT, AT)).toThrow(/CHECK/);
    expect(() => contact.run('c3', null, 'Aunt', 'email', AT, AT)).toThrow(/CHECK/);
    const complaint = db.prepare(
      `INSERT INTO complaints (id, resident_id, complainant, received_date, about, details, outcome, closed_date, recorded_by, created_at, updated_at)
       VALUES (?, 'r1', 'the child', '2026-01-15', 'food', 'Cold dinner', ?, ?, 'u', ?, ?)`,
    );
    complaint.run('k1', '', null, AT, AT);
    expect(() => complaint.run('k2', '', '2026-01-20', AT, AT)).toThrow(/CHECK/);
    expect(() => complaint.run('k3', 'Kitchen told', '2026-01-14', AT, AT)).toThrow(/CHECK/);
  });
});
