import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import type { Role } from '../../../src-main/core/contract/permissions';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { familyContactIndicators } from '../../../src-main/core/daily/family-indicators';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { ok, refused } from '../care/fixture';

// The family contact log (issue 11 §3): rows with the relative, kind, supervision, how it went and
// the child's reaction; a restricted relative refused with the decision named; the relative's last
// contact date kept; the 90-day signal and the period's indicators.

async function institution() {
  const ctx = await testCtx({ now: '2026-11-26T10:00:00Z' });
  const child = async (lastName: string, over: Partial<CallInput<'residents.create'>> = {}) =>
    (await ok(ctx, 'residents.create', childInput({ lastName, firstName: lastName.slice(0, 3) + 'a', ...over }))).id;
  const relative = async (residentId: string, over: Partial<CallInput<'care.relativeCreate'>> = {}) =>
    (await ok(ctx, 'care.relativeCreate', { residentId, relation: 'mother', lastName: 'Əliyeva', firstName: 'Sevda', ...over })).id;
  const ids = { a: await child('Abbasov'), b: await child('Bağırov') };
  const mother = await relative(ids.a);
  const father = await relative(ids.a, {
    relation: 'father', lastName: 'Abbasov', firstName: 'Rauf', contactRestricted: true,
    restrictionDecisionNumber: '2(101)-1245/2026', restrictionDecisionDate: '2026-06-10', restrictionDecidedBy: 'court',
  });
  const otherMother = await relative(ids.b);
  return { ctx, ids, mother, father, otherMother, child, relative };
}

const as = <C extends { actor: object }>(ctx: C, role: Role) => ({ ...ctx, actor: { ...ctx.actor, role, username: `test-${role}` } });
const count = (ctx: Awaited<ReturnType<typeof testCtx>>, sql: string) => Number(ctx.conn.sqlite.prepare(sql).pluck().get());

describe('daily family contacts', () => {
  it('records a contact, lists it, moves the relative’s last contact date, and audits both', async () => {
    const { ctx, ids, mother } = await institution();
    const cg = as(ctx, 'caregiver');
    const c = await ok(cg, 'daily.addFamilyContact', {
      residentId: ids.a, relativeId: mother, date: '2026-11-20', time: '16:00', kind: 'visit_institution', supervised: true,
      howItWent: 'Sakit keçdi, birlikdə dərs etdilər.', childReaction: 'Sevindi, sonra bir az ağladı.',
    });
    expect(c).toMatchObject({ relativeName: 'Əliyeva Sevda', relation: 'mother', kind: 'visit_institution', supervised: true, recordedBy: 'test-caregiver', version: 1 });
    expect(await ok(cg, 'daily.familyContacts', { residentId: ids.a })).toEqual([c]);
    const rel = (await ok(ctx, 'care.relatives', { residentId: ids.a })).find((r) => r.id === mother)!;
    expect(rel.lastContactOn).toBe('2026-11-20');
    // An older contact does not move it back.
    await ok(cg, 'daily.addFamilyContact', { residentId: ids.a, relativeId: mother, date: '2026-10-02', kind: 'phone_call' });
    expect((await ok(ctx, 'care.relatives', { residentId: ids.a })).find((r) => r.id === mother)!.lastContactOn).toBe('2026-11-20');
    expect(count(ctx, "SELECT count(*) FROM audit_log WHERE action = 'family_contact.create' AND entity = 'resident'")).toBe(2);
    expect(count(ctx, `SELECT count(*) FROM audit_log WHERE action = 'relative.update' AND entity_id = '${mother}'`)).toBe(1);
  });

  it('refuses a contact with a relative whose contact a decision restricts, naming the decision, and writes nothing', async () => {
    const { ctx, ids, father, otherMother } = await institution();
    const before = count(ctx, 'SELECT count(*) FROM audit_log');
    const e = await refused(ctx, 'daily.addFamilyContact', { residentId: ids.a, relativeId: father, date: '2026-11-20', kind: 'phone_call' });
    expect(e.fields).toEqual([
      {
        path: 'relativeId',
        message: 'daily.family.errors.restricted.court',
        params: { name: 'Abbasov Rauf', number: '2(101)-1245/2026', date: '10.06.2026' },
      },
    ]);
    // Before the decision, a contact with him was allowed (recorded late).
    await ok(ctx, 'daily.addFamilyContact', { residentId: ids.a, relativeId: father, date: '2026-06-01', kind: 'home_visit' });
    // Another child's relative, a date after today, a child not in care that day.
    expect((await refused(ctx, 'daily.addFamilyContact', { residentId: ids.a, relativeId: otherMother, date: '2026-11-20', kind: 'letter' })).fields).toEqual([
      { path: 'relativeId', message: 'daily.family.errors.notRelative' },
    ]);
    expect((await refused(ctx, 'daily.addFamilyContact', { residentId: ids.b, relativeId: otherMother, date: '2026-11-27', kind: 'letter' })).fields).toEqual([
      { path: 'date', message: 'validation.dateFuture' },
    ]);
    expect((await refused(ctx, 'daily.addFamilyContact', { residentId: ids.b, relativeId: otherMother, date: '2020-01-01', kind: 'letter' })).fields).toEqual([
      { path: 'date', message: 'daily.errors.notInCare', params: { date: '2020-01-01' } },
    ]);
    expect(count(ctx, 'SELECT count(*) FROM family_contacts')).toBe(1);
    // The one accepted contact: its entry, and the father's last contact date.
    expect(count(ctx, 'SELECT count(*) FROM audit_log')).toBe(before + 2);
  });

  it('edits with the version, voids with a reason (the last contact date moves back), and only writers write', async () => {
    const { ctx, ids, mother } = await institution();
    await ok(ctx, 'daily.addFamilyContact', { residentId: ids.a, relativeId: mother, date: '2026-09-01', kind: 'letter' });
    const c = await ok(ctx, 'daily.addFamilyContact', { residentId: ids.a, relativeId: mother, date: '2026-11-20', kind: 'phone_call' });
    const edited = await ok(ctx, 'daily.updateFamilyContact', { id: c.id, version: 1, relativeId: mother, date: '2026-11-21', kind: 'video_call', childReaction: 'Gülümsədi' });
    expect(edited).toMatchObject({ version: 2, date: '2026-11-21', kind: 'video_call', childReaction: 'Gülümsədi' });
    expect((await refused(ctx, 'daily.updateFamilyContact', { id: c.id, version: 1, relativeId: mother, date: '2026-11-21', kind: 'letter' })).code).toBe('conflict');
    const audit = ctx.conn.sqlite.prepare("SELECT before, after FROM audit_log WHERE action = 'family_contact.update'").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toEqual({ contactId: c.id, date: '2026-11-20', kind: 'phone_call', childReaction: '' });
    expect(JSON.parse(audit.after)).toEqual({ contactId: c.id, date: '2026-11-21', kind: 'video_call', childReaction: 'Gülümsədi' });
    expect((await ok(ctx, 'care.relatives', { residentId: ids.a })).find((r) => r.id === mother)!.lastContactOn).toBe('2026-11-21');
    expect((await refused(ctx, 'daily.voidFamilyContact', { id: c.id, version: 2, reason: ' ' })).fields?.[0]).toMatchObject({ path: 'reason' });
    await ok(ctx, 'daily.voidFamilyContact', { id: c.id, version: 2, reason: 'Başqa uşağa aid idi' });
    expect((await ok(ctx, 'daily.familyContacts', { residentId: ids.a })).map((x) => x.date)).toEqual(['2026-09-01']);
    expect((await ok(ctx, 'care.relatives', { residentId: ids.a })).find((r) => r.id === mother)!.lastContactOn).toBe('2026-09-01');
    const teacher = as(ctx, 'teacher');
    expect((await refused(teacher, 'daily.addFamilyContact', { residentId: ids.a, relativeId: mother, date: '2026-11-20', kind: 'letter' })).code).toBe('forbidden');
    expect((await dispatch(teacher, 'daily.familyContacts', { residentId: ids.a })).ok).toBe(true);
  });

  it('shows children living here with no contact in 90 days on the dashboard, not the newly admitted or day attendees', async () => {
    const { ctx, ids, mother, otherMother, child } = await institution();
    const recent = await child('Cəfərov', { admissionDate: '2026-10-01' });
    await child('Dadaşov', { status: 'day_attendee' });
    const old = await child('Eyvazov');
    // a: a contact 30 days ago; b: one 95 days ago (too old); old: none.
    await ok(ctx, 'daily.addFamilyContact', { residentId: ids.a, relativeId: mother, date: '2026-10-27', kind: 'phone_call' });
    await ok(ctx, 'daily.addFamilyContact', { residentId: ids.b, relativeId: otherMother, date: '2026-08-23', kind: 'visit_institution' });
    const signal = (await getDashboard(ctx)).signals.find((s) => s.kind === 'no_family_contact_90d');
    expect(signal).toMatchObject({ count: 2 });
    const list = await ok(ctx, 'dashboard.children', { kind: 'no_family_contact_90d' });
    expect(list.map((r) => r.id).sort()).toEqual([ids.b, old].sort());
    expect(list.map((r) => r.id)).not.toContain(recent);
    // Day 90 back still counts as within: a contact on 2026-08-29 (today − 89) takes b off.
    await ok(ctx, 'daily.addFamilyContact', { residentId: ids.b, relativeId: otherMother, date: '2026-08-29', kind: 'letter' });
    expect((await getDashboard(ctx)).signals.find((s) => s.kind === 'no_family_contact_90d')?.count).toBe(1);
  });

  it('counts the period’s family-contact indicators, with the children behind each', async () => {
    const { ctx, ids, mother, otherMother, child, relative } = await institution();
    const c = await child('Cəfərov');
    const dayCare = await child('Dadaşov', { status: 'day_attendee' });
    await relative(dayCare);
    const late = await child('Eyvazov', { admissionDate: '2026-10-05' });
    const cMother = await relative(c);
    // Quarter 2026-Q3 (1 July – 30 September): the last 3 months are the whole quarter.
    await ok(ctx, 'daily.addFamilyContact', { residentId: ids.a, relativeId: mother, date: '2026-07-01', kind: 'phone_call' });
    await ok(ctx, 'daily.addFamilyContact', { residentId: ids.b, relativeId: otherMother, date: '2026-06-30', kind: 'letter' });
    await ok(ctx, 'daily.addFamilyContact', { residentId: c, relativeId: cMother, date: '2026-09-30', kind: 'home_visit' });
    await ok(ctx, 'daily.addFamilyContact', { residentId: c, relativeId: cMother, date: '2026-10-10', kind: 'home_visit' });
    const q3 = await familyContactIndicators(ctx.db, { start: '2026-07-01', end: '2026-09-30' });
    // In care and living here on 30 September: a, b, c (the day attendee is left out; Eyvazov came in October).
    expect(q3.contactSince).toBe('2026-07-01');
    expect(q3.inCare).toEqual({ count: 3, residentIds: [ids.a, ids.b, c] });
    // b's only contact was on 30 June, outside the window.
    expect(q3.withContactLast3Months).toEqual({ count: 2, residentIds: [ids.a, c] });
    // a's father is restricted by a decision of 10 June.
    expect(q3.contactRestricted).toEqual({ count: 1, residentIds: [ids.a] });
    // November 2026: the last 3 months are 31 August – 30 November (a's contact of 1 July is too old).
    const nov = await familyContactIndicators(ctx.db, { start: '2026-11-01', end: '2026-11-30' });
    expect(nov.contactSince).toBe('2026-08-31');
    expect(nov.inCare.residentIds).toEqual([ids.a, ids.b, c, late]);
    expect(nov.withContactLast3Months.residentIds).toEqual([c]);
    // Q2 (ends 30 June): the father's restriction of 10 June applies; b's contact of 30 June counts.
    const q2 = await familyContactIndicators(ctx.db, { start: '2026-04-01', end: '2026-06-30' });
    expect(q2.withContactLast3Months.residentIds).toEqual([ids.b]);
    expect(q2.contactRestricted.residentIds).toEqual([ids.a]);
    const q1 = await familyContactIndicators(ctx.db, { start: '2026-01-01', end: '2026-03-31' });
    expect(q1.contactRestricted.count).toBe(0);
  });
});
