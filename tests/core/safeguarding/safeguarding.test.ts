import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import type { Role } from '../../../src-main/core/contract/permissions';
import type { Ctx } from '../../../src-main/core/context';
import { getDashboard } from '../../../src-main/core/dashboard/service';
import { ok } from '../daily/call';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';

// Measures of control (issue 11 §6) and complaints (§7): every rule, the deadlines and the
// dashboard's cards, who may sign off, the day summary's measures, the audit on the child.

const NOW = '2026-11-26T10:00:00Z';

async function setUp() {
  const base = await testCtx({ now: NOW });
  const a = (await ok(base, 'residents.create', childInput({ lastName: 'Zeynalov' }))).id;
  const late = (await ok(base, 'residents.create', childInput({ lastName: 'Yeni', admissionDate: '2026-11-25' }))).id;
  const as = (role: Role, now = NOW): Ctx => ({ ...base, now: () => new Date(now), actor: { ...base.actor, role, username: `test-${role}` } });
  return { base, a, late, as };
}

const restraint = (residentId: string, over: Partial<CallInput<'safeguarding.recordRestraint'>> = {}): CallInput<'safeguarding.recordRestraint'> => ({
  residentId, date: '2026-11-26', time: '08:15', place: 'Yataq otağı', antecedent: 'Başqa uşağa stul atdı',
  measure: 'physical_hold', durationMinutes: 3, triedFirst: 'Sakit danışıq, otaqdan çıxmağı təklif etmək',
  usedBy: 'Quliyeva Səbinə', witnessedBy: 'Məmmədov Elşən', effect: 'Sakitləşdi, 10 dəqiqə sonra qrupa qayıtdı', ...over,
});

const fieldsOf = async (ctx: Ctx, name: 'safeguarding.recordRestraint', input: CallInput<'safeguarding.recordRestraint'>) => {
  const r = await dispatch(ctx, name, input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : (r.error.fields ?? []).map((f) => [f.path, f.message]);
};

const signals = async (ctx: Ctx) => Object.fromEntries((await getDashboard(ctx)).signals.map((s) => [s.kind, s.count]));

describe('measures of control', () => {
  it('refuses a record without duration or witness, with the same person as witness, in the future, stopping family contact, late without a reason; writes nothing', async () => {
    const { a, late, as } = await setUp();
    const carer = as('caregiver');
    const { durationMinutes: _d, ...noDuration } = restraint(a);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', noDuration as CallInput<'safeguarding.recordRestraint'>)).toEqual([['durationMinutes', 'safeguarding.errors.durationRequired']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(a, { durationMinutes: 0 }))).toEqual([['durationMinutes', 'safeguarding.errors.durationRequired']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(a, { witnessedBy: '  ' }))).toEqual([['witnessedBy', 'safeguarding.errors.witnessRequired']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(a, { witnessedBy: 'quliyeva  SƏBİNƏ' }))).toEqual([['witnessedBy', 'safeguarding.errors.witnessSame']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(a, { measure: 'stop_family_contact' }))).toEqual([['measure', 'safeguarding.errors.familyContactSanction']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(a, { date: '2026-11-27' }))).toEqual([['date', 'validation.dateFuture']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(a, { date: '2026-11-25', time: '09:59' }))).toEqual([['lateReason', 'safeguarding.errors.lateReason']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(a, { injury: true }))).toEqual([['injuryDetail', 'validation.required'], ['injuryTreatment', 'validation.required']]);
    expect(await fieldsOf(carer, 'safeguarding.recordRestraint', restraint(late, { date: '2026-11-24', lateReason: 'Növbə bitdi' }))).toEqual([['residentId', 'daily.errors.notInCare']]);
    expect(await ok(carer, 'safeguarding.restraints', { status: 'all' })).toEqual([]);
    expect((await ok(as('director'), 'audit.list', { action: 'restraint.' })).total).toBe(0);
  });

  it('records in time, awaits the director, who alone signs it off; the talk within 5 days; each deadline overdue on the dashboard', async () => {
    const { a, as } = await setUp();
    const carer = as('caregiver');
    const director = as('director');
    expect(await signals(director)).toMatchObject({ restraint_signoff_awaiting: 0, restraint_signoff_overdue: 0, restraint_talk_awaiting: 0, restraint_talk_overdue: 0 });

    const r = await ok(carer, 'safeguarding.recordRestraint', restraint(a, { injury: true, injuryDetail: 'Qolunda qızartı', injuryTreatment: 'Soyuq kompres, tibb bacısı baxdı' }));
    expect(r).toMatchObject({ recordedBy: 'test-caregiver', recordedLate: false, signOffDue: '2026-11-28T08:15', talkDueDate: '2026-12-01', signOffOverdue: false, talkOverdue: false, injury: true });
    expect(r.child.lastName).toBe('Zeynalov');
    // The director sees it awaiting sign-off; a caregiver has no such card (and no permission).
    expect(await signals(director)).toMatchObject({ restraint_signoff_awaiting: 1, restraint_signoff_overdue: 0 });
    expect(await signals(carer)).not.toHaveProperty('restraint_signoff_awaiting');
    // The talk with the child is awaited from the start, for those who write daily records.
    expect(await signals(carer)).toMatchObject({ restraint_talk_awaiting: 1, restraint_talk_overdue: 0 });
    const refused = await dispatch(carer, 'safeguarding.signOffRestraint', { id: r.id, version: r.version });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
    const psych = await dispatch(as('psychologist'), 'safeguarding.signOffRestraint', { id: r.id, version: r.version });
    expect(psych.ok ? null : psych.error.code).toBe('forbidden');
    const teacher = await dispatch(as('teacher'), 'safeguarding.restraints', {});
    expect(teacher.ok ? null : teacher.error.code).toBe('forbidden');

    // Two days and a minute later, unsigned: overdue for the director.
    const later = as('director', '2026-11-28T08:16:00Z');
    expect(await signals(later)).toMatchObject({ restraint_signoff_awaiting: 0, restraint_signoff_overdue: 1 });
    const signed = await ok(later, 'safeguarding.signOffRestraint', { id: r.id, version: r.version, note: 'Tədbir əsaslıdır' });
    expect(signed).toMatchObject({ signedOffBy: 'test-director', signOffOverdue: true, signOffNote: 'Tədbir əsaslıdır' });
    expect(await signals(later)).toMatchObject({ restraint_signoff_overdue: 0, restraint_talk_overdue: 0 });
    const twice = await dispatch(later, 'safeguarding.signOffRestraint', { id: r.id, version: signed.version });
    expect(twice.ok ? null : twice.error.message).toBe('safeguarding.errors.signedOff');
    const stale = await dispatch(later, 'safeguarding.recordRestraintTalk', { id: r.id, version: r.version, date: '2026-11-28', talkedBy: 'Psixoloq', note: 'x' });
    expect(stale.ok ? null : stale.error.message).toBe('errors.staleVersion');

    // On the 6th day without a talk: overdue for everyone who writes daily records.
    const sixth = as('caregiver', '2026-12-02T07:00:00Z');
    expect(await signals(sixth)).toMatchObject({ restraint_talk_awaiting: 0, restraint_talk_overdue: 1 });
    const before = await dispatch(sixth, 'safeguarding.recordRestraintTalk', { id: r.id, version: signed.version, date: '2026-11-25', talkedBy: 'Əliyeva Nərmin', note: 'x' });
    expect(before.ok ? null : before.error.fields?.[0]).toMatchObject({ path: 'date', message: 'safeguarding.errors.talkBeforeMeasure' });
    const future = await dispatch(sixth, 'safeguarding.recordRestraintTalk', { id: r.id, version: signed.version, date: '2026-12-03', talkedBy: 'Əliyeva Nərmin', note: 'x' });
    expect(future.ok ? null : future.error.fields?.[0]?.message).toBe('validation.dateFuture');
    const talked = await ok(sixth, 'safeguarding.recordRestraintTalk', { id: r.id, version: signed.version, date: '2026-12-02', talkedBy: 'Əliyeva Nərmin (psixoloq)', note: 'Qorxduğunu dedi; növbəti dəfə otağa getmək istəyir' });
    expect(talked).toMatchObject({ talkedDate: '2026-12-02', talkOverdue: true });
    expect(await signals(sixth)).toMatchObject({ restraint_talk_overdue: 0 });
    expect(await ok(sixth, 'safeguarding.restraints', {})).toEqual([]);
    expect((await ok(sixth, 'safeguarding.restraints', { status: 'all' })).map((x) => x.id)).toEqual([r.id]);

    // Audited on the child: recorded, signed off, talked.
    const history = await ok(director, 'audit.list', { entity: 'resident', entityId: a, limit: 50 });
    const actions = history.rows.map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(['restraint.record', 'restraint.signOff', 'restraint.talk']));
  });

  it('takes a late record with its reason, marked late; the day summary counts the measures by kind', async () => {
    const { a, as } = await setUp();
    const carer = as('caregiver');
    const r = await ok(carer, 'safeguarding.recordRestraint', restraint(a, { date: '2026-11-24', time: '19:00', measure: 'separation', lateReason: 'Növbə bitdi, qeyd səhəri yazıldı' }));
    expect(r).toMatchObject({ recordedLate: true, lateReason: 'Növbə bitdi, qeyd səhəri yazıldı' });
    await ok(carer, 'safeguarding.recordRestraint', restraint(a, { date: '2026-11-24', time: '20:00', measure: 'other', measureDetail: 'Telefon bir saatlıq götürüldü', lateReason: 'Gec' }));
    const other = await dispatch(carer, 'safeguarding.recordRestraint', restraint(a, { measure: 'other' }));
    expect(other.ok ? null : other.error.fields?.[0]).toMatchObject({ path: 'measureDetail' });
    const day = await ok(carer, 'daily.day', { date: '2026-11-24' });
    expect(day.measures).toEqual({ total: 2, byMeasure: { physical_hold: 0, separation: 1, removal_of_item: 0, restriction_of_activity: 0, other: 1 } });
    expect((await ok(carer, 'daily.day', { date: '2026-11-26' })).measures.total).toBe(0);
  });
});

describe('voiding a mistaken record', () => {
  it('lets only the director void a measure or a complaint, with a reason; it leaves the lists, the cards and the day', async () => {
    const { a, as } = await setUp();
    const carer = as('caregiver');
    const director = as('director');
    const r = await ok(carer, 'safeguarding.recordRestraint', restraint(a));
    const c = await ok(carer, 'safeguarding.recordComplaint', { residentId: a, complainant: 'Zeynalov', receivedDate: '2026-10-01', about: 'food', details: 'x' });
    expect(await signals(director)).toMatchObject({ restraint_signoff_awaiting: 1, complaints_open_long: 1 });
    const denied = await dispatch(carer, 'safeguarding.voidRestraint', { id: r.id, version: r.version, reason: 'Səhv uşaq' });
    expect(denied.ok ? null : denied.error.code).toBe('forbidden');
    const noReason = await dispatch(director, 'safeguarding.voidRestraint', { id: r.id, version: r.version, reason: ' ' });
    expect(noReason.ok ? null : noReason.error.fields?.[0]?.path).toBe('reason');
    await ok(director, 'safeguarding.voidRestraint', { id: r.id, version: r.version, reason: 'Səhv uşağa yazılıb' });
    await ok(director, 'safeguarding.voidComplaint', { id: c.id, version: c.version, reason: 'İki dəfə yazılıb' });
    expect(await signals(director)).toMatchObject({ restraint_signoff_awaiting: 0, complaints_open_long: 0 });
    expect(await ok(carer, 'safeguarding.restraints', { status: 'all' })).toEqual([]);
    expect(await ok(carer, 'safeguarding.complaints', { status: 'all' })).toEqual([]);
    expect((await ok(carer, 'daily.day', { date: '2026-11-26' })).measures.total).toBe(0);
    const again = await dispatch(director, 'safeguarding.voidRestraint', { id: r.id, version: r.version + 1, reason: 'x' });
    expect(again.ok ? null : again.error.code).toBe('not_found');
    const actions = (await ok(director, 'audit.list', { entity: 'resident', entityId: a })).rows.map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(['restraint.void', 'complaint.void']));
  });
});

describe('complaints', () => {
  it('records a complaint by or about a child, lists the open ones, closes it only with the outcome, and shows one open too long', async () => {
    const { base, a, as } = await setUp();
    const carer = as('social_worker');
    const bad = await dispatch(carer, 'safeguarding.recordComplaint', { residentId: a, complainant: 'Zeynalov Orxan', receivedDate: '2026-11-27', about: 'food', details: 'x' });
    expect(bad.ok ? null : bad.error.fields?.[0]).toMatchObject({ path: 'receivedDate', message: 'validation.dateFuture' });
    const c = await ok(carer, 'safeguarding.recordComplaint', {
      residentId: a, byChild: true, complainant: 'Zeynalov Orxan', receivedDate: '2026-10-20', about: 'staff', details: 'Gecə növbəsində tərbiyəçi qışqırır',
      personOfTrust: 'Əliyeva Nərmin (psixoloq)', actions: 'Direktora bildirildi',
    });
    expect(c).toMatchObject({ byChild: true, personOfTrust: 'Əliyeva Nərmin (psixoloq)', closedDate: null, daysOpen: 37, overdue: true });
    const about = await ok(carer, 'safeguarding.recordComplaint', { residentId: a, byChild: false, complainant: 'Zeynalova Gülnar (xala)', receivedDate: '2026-11-25', about: 'family_contact', details: 'Görüş vaxtı azdır' });
    expect(about).toMatchObject({ byChild: false, overdue: false, daysOpen: 1 });
    expect((await ok(carer, 'safeguarding.complaints', {})).map((x) => x.id)).toEqual([about.id, c.id]);
    expect(await signals(carer)).toMatchObject({ complaints_open_long: 1 });
    // The set days come from the settings.
    await base.conn.db.insertInto('settings').values({ key: 'safeguarding.complaintDays', value: '40', updated_at: NOW }).execute();
    expect(await signals(carer)).toMatchObject({ complaints_open_long: 0 });

    const noOutcome = await dispatch(carer, 'safeguarding.updateComplaint', { id: c.id, version: c.version, closedDate: '2026-11-26' });
    expect(noOutcome.ok ? null : noOutcome.error.fields?.[0]).toMatchObject({ path: 'outcome', message: 'safeguarding.errors.outcomeRequired' });
    const early = await dispatch(carer, 'safeguarding.updateComplaint', { id: c.id, version: c.version, outcome: 'x', closedDate: '2026-10-19' });
    expect(early.ok ? null : early.error.fields?.[0]?.message).toBe('safeguarding.errors.closedBeforeReceived');
    const upd = await ok(carer, 'safeguarding.updateComplaint', { id: c.id, version: c.version, actions: 'Direktora bildirildi; tərbiyəçi ilə söhbət', outcome: '' });
    expect(upd.closedDate).toBeNull();
    const closed = await ok(carer, 'safeguarding.updateComplaint', { id: c.id, version: upd.version, actions: upd.actions, outcome: 'Tərbiyəçi başqa qrupa keçirildi; uşaq razıdır', closedDate: '2026-11-26' });
    expect(closed).toMatchObject({ closedDate: '2026-11-26', daysOpen: 37, overdue: false });
    expect((await ok(carer, 'safeguarding.complaints', {})).map((x) => x.id)).toEqual([about.id]);
    const again = await dispatch(carer, 'safeguarding.updateComplaint', { id: c.id, version: closed.version, outcome: 'y' });
    expect(again.ok ? null : again.error.message).toBe('safeguarding.errors.complaintClosed');
    const teacher = await dispatch(as('teacher'), 'safeguarding.complaints', {});
    expect(teacher.ok ? null : teacher.error.code).toBe('forbidden');
  });
});
