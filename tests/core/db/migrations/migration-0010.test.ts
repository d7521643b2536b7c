import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tempDbAt } from '../../../helpers/db';
import { allRows, seed0002, soundness, strictTables } from './old-rows';

// 0010 adds documents, photos and consent (attachment_blobs, attachments, resident_photos,
// consents): new tables only; every row an 0006 database held is kept as it was.

const AT = '2026-11-26T10:00:00.000Z';
const bytes = Buffer.from('%PDF-1.4\n%%EOF\n');
const sha = createHash('sha256').update(bytes).digest('hex');

describe('migration 0010: documents', () => {
  it('keeps every row, and adds empty tables whose checks hold owners, types, voiding and one current photo', async () => {
    const at = await tempDbAt(9);
    seed0002(at.sqlite);
    const before = allRows(at.sqlite);
    expect(await at.to(10)).toEqual(['0010_documents']);
    const after = allRows(at.sqlite);
    const added = ['attachment_blobs', 'attachments', 'resident_photos', 'consents'];
    const strip = (rows: Record<string, unknown>) => Object.fromEntries(Object.entries(rows).filter(([k]) => !added.includes(k)));
    expect(strip(after)).toEqual(strip(before));
    for (const t of added) expect(after[t]).toEqual([]);
    expect(strictTables(at.sqlite)).toEqual(expect.arrayContaining(added));

    const db = at.sqlite;
    const blob = db.prepare('INSERT INTO attachment_blobs (sha256, size, bytes) VALUES (?, ?, ?)');
    expect(() => blob.run(sha, bytes.length + 1, bytes)).toThrow(/CHECK/);
    expect(() => blob.run('XYZ', bytes.length, bytes)).toThrow(/CHECK/);
    blob.run(sha, bytes.length, bytes);

    const ins = db.prepare(
      `INSERT INTO attachments (id, owner_type, owner_id, resident_id, staff_id, doc_type, mime, size, sha256, added_at, added_by,
         voided_at, voided_by, void_reason) VALUES (?, ?, ?, ?, ?, ?, 'application/pdf', ?, ?, ?, 'direktor', ?, ?, ?)`,
    );
    ins.run('a1', 'resident', 'r1', 'r1', null, 'admission_decision', bytes.length, sha, AT, null, null, null);
    // The same file twice on one record is refused; voided, it may come again.
    expect(() => ins.run('a2', 'resident', 'r1', 'r1', null, 'other', bytes.length, sha, AT, null, null, null)).toThrow(/UNIQUE/);
    ins.run('a3', 'resident', 'r1', 'r1', null, 'other', bytes.length, sha, AT, AT, 'direktor', 'wrong child');
    // The owner's id and its foreign key agree; an unknown child, an unknown type, a void without a reason are refused.
    expect(() => ins.run('a4', 'resident', 'r1', 'r2', null, 'other', bytes.length, sha, AT, null, null, null)).toThrow(/CHECK/);
    expect(() => ins.run('a5', 'resident', 'nobody', 'nobody', null, 'other', bytes.length, sha, AT, null, null, null)).toThrow(/FOREIGN KEY/);
    expect(() => ins.run('a6', 'resident', 'r2', 'r2', null, 'passport', bytes.length, sha, AT, null, null, null)).toThrow(/CHECK/);
    expect(() => ins.run('a7', 'resident', 'r2', 'r2', null, 'other', bytes.length, sha, AT, AT, 'direktor', '  ')).toThrow(/CHECK/);
    expect(() => ins.run('a8', 'staff', 's1', 'r1', 's1', 'other', bytes.length, sha, AT, null, null, null)).toThrow(/CHECK/);
    ins.run('a9', 'staff', 's1', null, 's1', 'other', bytes.length, sha, AT, null, null, null);
    // An episode's document: its id without a foreign key yet, its child named.
    ins.run('a10', 'episode', 'e-not-yet-a-table', 'r2', null, 'exit_decision', bytes.length, sha, AT, null, null, null);
    // A blob still named cannot go.
    expect(() => db.prepare('DELETE FROM attachment_blobs WHERE sha256 = ?').run(sha)).toThrow(/FOREIGN KEY/);

    const photo = db.prepare("INSERT INTO resident_photos (id, resident_id, attachment_id, current, set_at, set_by) VALUES (?, 'r1', ?, ?, ?, 'direktor')");
    photo.run('p1', 'a1', 1, AT);
    expect(() => photo.run('p2', 'a3', 1, AT)).toThrow(/UNIQUE/);
    photo.run('p2', 'a3', 0, AT);

    const consent = db.prepare(
      `INSERT INTO consents (id, resident_id, given_by_name, given_by_role, purpose, child_assent, given_on, withdrawn_on, withdrawn_by, recorded_at, recorded_by)
       VALUES (?, 'r1', 'Məmmədova Leyla', 'parent', 'photos', 'given', '2026-01-10', ?, ?, ?, 'direktor')`,
    );
    consent.run('c1', null, null, AT);
    expect(() => consent.run('c2', '2025-12-31', 'direktor', AT)).toThrow(/CHECK/);
    expect(() => consent.run('c3', '2026-02-01', null, AT)).toThrow(/CHECK/);
    expect(soundness(db)).toEqual({ fk: [], integrity: 'ok' });
  });
});
