import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Ctx } from '../../../src-main/core/context';
import type { CallInput, CallName, CallOutput } from '../../../src-main/core/contract/calls';
import type { Role } from '../../../src-main/core/contract/permissions';
import { childConsentState } from '../../../src-main/core/documents/consents';
import { actor, testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { tinyPdf } from '../../helpers/documents';

// Consent as data: recorded and withdrawn by the roles that handle the case, the child's assent
// by age, dates checked, audited on the child; what it changes (consentState).

async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}
const as = (ctx: Ctx, role: Role): Ctx => ({ ...ctx, actor: actor(role) });

const consent = (residentId: string, over: Partial<CallInput<'documents.consentRecord'>> = {}): CallInput<'documents.consentRecord'> => ({
  residentId, givenByName: 'Məmmədova Səbinə', givenByRole: 'parent', purpose: 'photos', purposeDetail: '',
  sharedWith: '', withheldFrom: '', childAssent: 'given', givenOn: '2026-10-01', attachmentId: null, ...over,
});

describe('consents: recording', () => {
  it('records who gave it, for what, shared with and withheld from whom, and audits it on the child', async () => {
    const ctx = await testCtx();
    const c = await ok(ctx, 'residents.create', childInput({ dateOfBirth: '2012-05-01' }));
    const scan = await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: c.id, docType: 'consent', title: 'Razılıq forması', dataBase64: tinyPdf('razi').toString('base64') });
    const r = await ok(as(ctx, 'social_worker'), 'documents.consentRecord', consent(c.id, {
      purpose: 'sharing', purposeDetail: 'Bakı şəhəri Nəsimi rayon təhsil şöbəsi', sharedWith: 'Məktəbin psixoloqu', withheldFrom: 'Ata (valideynlik hüququndan məhrum)', attachmentId: scan.id,
    }));
    expect(r).toMatchObject({ purpose: 'sharing', purposeDetail: 'Bakı şəhəri Nəsimi rayon təhsil şöbəsi', withheldFrom: 'Ata (valideynlik hüququndan məhrum)', inForce: true, withdrawn: null, recordedBy: 'test-social_worker', attachmentId: scan.id });
    expect(await ok(as(ctx, 'teacher'), 'documents.consents', { residentId: c.id })).toEqual([r]);
    const entry = ctx.conn.sqlite.prepare("SELECT entity, entity_id, after FROM audit_log WHERE action = 'consent.record'").get() as { entity: string; entity_id: string; after: string };
    expect(entry).toMatchObject({ entity: 'resident', entity_id: c.id });
    expect(JSON.parse(entry.after)).toMatchObject({ purpose: 'sharing', withheldFrom: 'Ata (valideynlik hüququndan məhrum)' });
  });

  it('refuses, naming the field and writing nothing: no body for sharing, a future or pre-birth date, "too young" from age 10, a scan that is not a consent', async () => {
    const ctx = await testCtx();
    const c = await ok(ctx, 'residents.create', childInput({ dateOfBirth: '2016-11-26' })); // 10 on 2026-11-26
    const other = await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: c.id, docType: 'birth_certificate', dataBase64: tinyPdf('bc').toString('base64') });
    const cases: Array<[Partial<CallInput<'documents.consentRecord'>>, string, string]> = [
      [{ purpose: 'sharing', purposeDetail: '' }, 'purposeDetail', 'documents.consent.errors.bodyRequired'],
      [{ givenOn: '2026-11-27' }, 'givenOn', 'validation.dateFuture'],
      [{ givenOn: '2016-01-01' }, 'givenOn', 'documents.consent.errors.beforeBirth'],
      [{ givenOn: '2026-11-26', childAssent: 'not_asked_too_young' }, 'childAssent', 'documents.consent.errors.oldEnoughToAsk'],
      [{ attachmentId: other.id }, 'attachmentId', 'documents.consent.errors.notAConsentScan'],
      [{ givenByName: '  ' }, 'givenByName', 'validation.required'],
    ];
    for (const [over, path, message] of cases) {
      const r = await dispatch(ctx, 'documents.consentRecord', consent(c.id, over));
      expect(r, path).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path, message }] } });
    }
    // The day before the tenth birthday a child may be too young to be asked.
    expect((await dispatch(ctx, 'documents.consentRecord', consent(c.id, { givenOn: '2026-11-25', childAssent: 'not_asked_too_young' }))).ok).toBe(true);
    expect(ctx.conn.sqlite.prepare('SELECT count(*) FROM consents').pluck().get()).toBe(1);
  });

  it('is recorded and withdrawn only by the roles that handle the case; consent documents likewise', async () => {
    const ctx = await testCtx();
    const c = await ok(ctx, 'residents.create', childInput());
    for (const role of ['admin', 'caregiver', 'teacher', 'medical', 'psychologist', 'read_only'] as const) {
      expect(await dispatch(as(ctx, role), 'documents.consentRecord', consent(c.id)), role).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const role of ['director', 'social_worker'] as const) {
      expect((await dispatch(as(ctx, role), 'documents.consentRecord', consent(c.id))).ok, role).toBe(true);
    }
    for (const role of ['caregiver', 'read_only'] as const) {
      expect(await dispatch(as(ctx, role), 'documents.consents', { residentId: c.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const scan = { ownerType: 'resident', ownerId: c.id, docType: 'consent', dataBase64: tinyPdf('c').toString('base64') } as const;
    for (const role of ['admin', 'medical'] as const) {
      expect(await dispatch(as(ctx, role), 'documents.add', scan), role).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'documents.errors.caseRolesOnly' } });
      expect(await dispatch(as(ctx, role), 'documents.add', { ...scan, docType: 'admission_decision' }), role).toMatchObject({ ok: false, error: { message: 'documents.errors.caseRolesOnly' } });
    }
    expect((await dispatch(as(ctx, 'social_worker'), 'documents.add', scan)).ok).toBe(true);
    expect((await dispatch(as(ctx, 'admin'), 'documents.add', { ...scan, docType: 'school_report', dataBase64: tinyPdf('school').toString('base64') })).ok).toBe(true);
  });
});

describe('consents: withdrawing, and what it changes', () => {
  it('withdraws with a date and a reason (kept, audited); the photos consent is then not in force; a refused assent is no consent', async () => {
    const ctx = await testCtx();
    const c = await ok(ctx, 'residents.create', childInput({ dateOfBirth: '2012-05-01' }));
    expect(await childConsentState(ctx.db, c.id, 'photos')).toBe('none');
    const given = await ok(ctx, 'documents.consentRecord', consent(c.id));
    expect(await childConsentState(ctx.db, c.id, 'photos')).toBe('given');
    expect(await childConsentState(ctx.db, c.id, 'sharing')).toBe('none');

    const bad = [
      [{ withdrawnOn: '2026-09-30' }, 'withdrawnOn', 'documents.consent.errors.withdrawnBeforeGiven'],
      [{ withdrawnOn: '2026-11-27' }, 'withdrawnOn', 'validation.dateFuture'],
      [{ reason: ' ' }, 'reason', 'validation.required'],
    ] as const;
    for (const [over, path, message] of bad) {
      const r = await dispatch(ctx, 'documents.consentWithdraw', { id: given.id, withdrawnOn: '2026-11-20', reason: 'Ana fikrini dəyişdi', ...over });
      expect(r).toMatchObject({ ok: false, error: { fields: [{ path, message }] } });
    }
    const w = await ok(as(ctx, 'social_worker'), 'documents.consentWithdraw', { id: given.id, withdrawnOn: '2026-11-20', reason: 'Ana fikrini dəyişdi' });
    expect(w).toMatchObject({ inForce: false, withdrawn: { on: '2026-11-20', by: 'test-social_worker', reason: 'Ana fikrini dəyişdi' } });
    expect(await childConsentState(ctx.db, c.id, 'photos')).toBe('not_in_force');
    expect(await dispatch(ctx, 'documents.consentWithdraw', { id: given.id, withdrawnOn: '2026-11-21', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const audit = ctx.conn.sqlite.prepare("SELECT before, after FROM audit_log WHERE action = 'consent.withdraw'").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ withdrawnOn: null });
    expect(JSON.parse(audit.after)).toMatchObject({ withdrawnOn: '2026-11-20', withdrawReason: 'Ana fikrini dəyişdi' });

    // The child refuses: recorded, but not in force.
    const refused = await ok(ctx, 'documents.consentRecord', consent(c.id, { childAssent: 'refused', givenOn: '2026-11-22' }));
    expect(refused.inForce).toBe(false);
    expect(await childConsentState(ctx.db, c.id, 'photos')).toBe('not_in_force');
    await ok(ctx, 'documents.consentRecord', consent(c.id, { givenOn: '2026-11-25' }));
    expect(await childConsentState(ctx.db, c.id, 'photos')).toBe('given');
    expect((await ok(ctx, 'documents.consents', { residentId: c.id })).map((x) => x.givenOn)).toEqual(['2026-11-25', '2026-11-22', '2026-10-01']);
  });
});

describe('the life-story book respects the photos consent', () => {
  it('offers images of photos, school reports and keepsakes; photos only while a photos consent is in force', async () => {
    const { tinyPng } = await import('../../helpers/documents');
    const ctx = await testCtx();
    const c = await ok(ctx, 'residents.create', childInput({ dateOfBirth: '2012-05-01' }));
    const img = (n: number) => tinyPng(4 + n, 4).toString('base64');
    const photo = await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: c.id, docType: 'photo', title: 'Ad günü', documentDate: '2025-05-01', dataBase64: img(1) });
    const report = await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: c.id, docType: 'school_report', title: '5-ci sinif', documentDate: '2024-06-01', dataBase64: img(2) });
    await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: c.id, docType: 'birth_certificate', dataBase64: img(3) });
    await ok(ctx, 'documents.add', { ownerType: 'resident', ownerId: c.id, docType: 'other', title: 'Fəxri fərman (PDF)', dataBase64: tinyPdf('ff').toString('base64') });
    let book = await ok(ctx, 'documents.lifeStory', { residentId: c.id });
    expect(book).toMatchObject({ photoConsent: 'none', photosWithheld: 1 });
    expect(book.items.map((i) => i.id)).toEqual([report.id]);
    const given = await ok(ctx, 'documents.consentRecord', consent(c.id));
    book = await ok(ctx, 'documents.lifeStory', { residentId: c.id });
    expect(book).toMatchObject({ photoConsent: 'given', photosWithheld: 0 });
    expect(book.items.map((i) => [i.id, i.title])).toEqual([[report.id, '5-ci sinif'], [photo.id, 'Ad günü']]);
    await ok(ctx, 'documents.consentWithdraw', { id: given.id, withdrawnOn: '2026-11-26', reason: 'Uşaq istəmir' });
    book = await ok(ctx, 'documents.lifeStory', { residentId: c.id });
    expect(book).toMatchObject({ photoConsent: 'not_in_force', photosWithheld: 1 });
    expect(book.items.map((i) => i.id)).toEqual([report.id]);
  });
});

describe('the demo institution’s documents', () => {
  it('has papers on file for most children, some missing or expiring, and consents, so the signals show something', async () => {
    const { writeDemo } = await import('../../../src-main/core/demo/write');
    const ctx = await testCtx();
    const s = await writeDemo(ctx, { children: 60, seed: 7, daily: false });
    expect(s.documents.attachments).toBeGreaterThan(60);
    expect(s.documents.consents).toBeGreaterThan(10);
    const dash = await ok(ctx, 'dashboard.get', {});
    const count = (kind: string) => (dash.signals.find((x: { kind: string }) => x.kind === kind) as { count: number } | undefined)?.count ?? 0;
    const current = ctx.conn.sqlite.prepare("SELECT count(*) FROM residents WHERE status <> 'discharged'").pluck().get() as number;
    expect(count('documents_missing')).toBeGreaterThan(0);
    expect(count('documents_missing')).toBeLessThan(current);
    expect(count('documents_expiring')).toBeGreaterThan(0);
    // Consents follow the rules the calls enforce: the assent by age on the day given.
    const young = ctx.conn.sqlite.prepare("SELECT count(*) FROM consents c JOIN residents r ON r.id = c.resident_id WHERE c.child_assent = 'not_asked_too_young' AND date(r.date_of_birth, '+10 years') <= c.given_on").pluck().get();
    expect(young).toBe(0);
  });
});
