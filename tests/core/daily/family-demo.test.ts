import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../../src-main/core/demo/write';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { testCtx } from '../../helpers/db';

// `qaygi demo`'s family contacts: most children living here have regular contact with a parent
// whose contact is not restricted; some have had none for over 90 days, and the dashboard shows them.

describe('demo family contacts', () => {
  it('writes contacts with their audit entries, never with a restricted relative, and leaves some children without contact for 90 days', async () => {
    const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
    const s = await writeDemo(ctx, { children: 80, seed: 3 });
    const q = (text: string) => ctx.conn.sqlite.prepare(text).pluck().get() as number;
    expect(s.daily!.contacts).toBe(q('SELECT count(*) FROM family_contacts'));
    expect(s.daily!.contacts).toBeGreaterThan(200);
    expect(q("SELECT count(*) FROM audit_log WHERE action = 'family_contact.create'")).toBe(s.daily!.contacts);
    expect(q('SELECT count(*) FROM family_contacts f JOIN relatives r ON r.id = f.relative_id WHERE r.contact_restricted = 1 OR r.resident_id <> f.resident_id')).toBe(0);
    expect(q("SELECT count(*) FROM family_contacts WHERE date > '2026-11-26'")).toBe(0);
    expect(q('SELECT count(DISTINCT kind) FROM family_contacts')).toBe(5);
    // Some parents' contact is restricted by a court decision.
    expect(q("SELECT count(*) FROM relatives WHERE contact_restricted = 1 AND restriction_decided_by = 'court' AND restriction_decision_number <> ''")).toBeGreaterThan(0);
    // The relatives' last contact date follows the contacts.
    expect(q('SELECT count(*) FROM relatives r WHERE EXISTS (SELECT 1 FROM family_contacts f WHERE f.relative_id = r.id) AND r.last_contact_on <> (SELECT max(date) FROM family_contacts f WHERE f.relative_id = r.id)')).toBe(0);
    const signal = (await getDashboard(ctx)).signals.find((x) => x.kind === 'no_family_contact_90d');
    const residents = q("SELECT count(*) FROM residents WHERE status = 'resident'");
    expect(signal!.count).toBeGreaterThan(0);
    expect(signal!.count).toBeLessThan(residents / 2);
  });
});
