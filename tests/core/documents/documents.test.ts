import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Ctx } from '../../../src-main/core/context';
import type { CallInput, CallName, CallOutput } from '../../../src-main/core/contract/calls';
import type { Role } from '../../../src-main/core/contract/permissions';
import { sniffMime } from '../../../src-main/core/documents/schema';
import { actor, testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { staffInput } from '../../helpers/staff';
import { jpegHeader, tinyPdf, tinyPng } from '../../helpers/documents';

type TCtx = Awaited<ReturnType<typeof testCtx>>;

async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}

const as = (ctx: Ctx, role: Role): Ctx => ({ ...ctx, actor: actor(role) });
const b64 = (b: Buffer) => b.toString('base64');
const count = (ctx: TCtx, sql: string) => ctx.conn.sqlite.prepare(sql).pluck().get() as number;

async function child(ctx: Ctx, over: Partial<CallInput<'residents.create'>> = {}) {
  return ok(ctx, 'residents.create', childInput(over));
}

function add(ctx: Ctx, residentId: string, over: Partial<CallInput<'documents.add'>> = {}) {
  return dispatch(ctx, 'documents.add', {
    ownerType: 'resident', ownerId: residentId, docType: 'admission_decision', title: 'Komissiyanın qərarı',
    documentDate: '2022-08-20', fileName: 'qerar.pdf', dataBase64: b64(tinyPdf()), ...over,
  });
}

describe('documents: the type from the bytes', () => {
  it('knows PDF, JPEG and PNG by their magic numbers and nothing else', () => {
    expect(sniffMime(tinyPdf())).toBe('application/pdf');
    expect(sniffMime(tinyPng())).toBe('image/png');
    expect(sniffMime(jpegHeader())).toBe('image/jpeg');
    expect(sniffMime(Buffer.from('MZ\x90\x00 an exe'))).toBeNull();
    expect(sniffMime(Buffer.from('%PD'))).toBeNull();
    expect(sniffMime(Buffer.from('<html>%PDF-'))).toBeNull();
  });
});

describe('documents: adding, storing, reading', () => {
  it('stores the bytes once in the database, reads them back byte-identical, and audits the add without the bytes', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    const pdf = tinyPdf();
    const r = await add(ctx, c.id);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ docType: 'admission_decision', mime: 'application/pdf', size: pdf.length, residentId: c.id, voided: null, addedBy: 'test-director' });
    const content = await ok(ctx, 'documents.content', { id: r.value.id });
    expect(Buffer.from(content.dataBase64, 'base64').equals(pdf)).toBe(true);
    expect(await ok(ctx, 'documents.list', { ownerType: 'resident', ownerId: c.id })).toEqual([r.value]);
    const entry = ctx.conn.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'attachment.add'").pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({ docType: 'admission_decision', sha256: r.value.sha256, size: pdf.length });
    expect(entry).not.toContain(b64(pdf).slice(0, 40));
    // The same bytes on another child: one blob, two attachments.
    const other = await child(ctx, { lastName: 'Əliyeva', firstName: 'Aygün', sex: 'F', fin: '' });
    expect((await add(ctx, other.id)).ok).toBe(true);
    expect(count(ctx, 'SELECT count(*) FROM attachment_blobs')).toBe(1);
    expect(count(ctx, 'SELECT count(*) FROM attachments')).toBe(2);
  });

  it('refuses a file whose bytes are not PDF, JPEG or PNG, whatever its name, and writes nothing', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    const r = await add(ctx, c.id, { fileName: 'qerar.pdf', dataBase64: b64(Buffer.from('MZ pretending to be a pdf')) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'dataBase64', message: 'documents.errors.wrongType' }] } });
    const photoPdf = await add(ctx, c.id, { docType: 'photo', fileName: 'foto.png' });
    expect(photoPdf).toMatchObject({ ok: false, error: { fields: [{ message: 'documents.errors.photoNotImage' }] } });
    expect(count(ctx, 'SELECT count(*) FROM attachments')).toBe(0);
    expect(count(ctx, 'SELECT count(*) FROM attachment_blobs')).toBe(0);
  });

  it('refuses a file over the size cap at the boundary, and a validity that ends before the document’s date', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(20 * 1024 * 1024)]);
    const r = await add(ctx, c.id, { dataBase64: b64(big) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'dataBase64', message: 'documents.errors.tooLarge' }] } });
    const v = await add(ctx, c.id, { documentDate: '2026-01-10', validUntil: '2025-12-31' });
    expect(v).toMatchObject({ ok: false, error: { fields: [{ path: 'validUntil', message: 'documents.errors.validBeforeDate' }] } });
    expect(count(ctx, 'SELECT count(*) FROM attachments')).toBe(0);
  });

  it('notices the same file twice on the same record and says when it was added', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    expect((await add(ctx, c.id)).ok).toBe(true);
    const again = await add(ctx, c.id, { docType: 'other', fileName: 'copy.pdf' });
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate', message: 'documents.errors.duplicate', params: { added: '26.11.2026', title: 'Komissiyanın qərarı' } } });
    expect(count(ctx, 'SELECT count(*) FROM attachments')).toBe(1);
  });

  it('holds a record to its cap of files', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    for (let i = 0; i < 100; i++) {
      const r = await add(ctx, c.id, { docType: 'other', dataBase64: b64(tinyPdf(`n${i}`)) });
      expect(r.ok).toBe(true);
    }
    const r = await add(ctx, c.id, { docType: 'other', dataBase64: b64(tinyPdf('one too many')) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', message: 'documents.errors.recordFull', params: { max: 100 } } });
  });

  it('attaches to a staff member, and to an episode with the episode’s child', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    const s = await ok(ctx, 'staff.create', staffInput());
    const st = await dispatch(ctx, 'documents.add', { ownerType: 'staff', ownerId: s.id, docType: 'other', dataBase64: b64(tinyPdf('diploma')) });
    expect(st).toMatchObject({ ok: true, value: { ownerType: 'staff', residentId: null } });
    // The episode now exists (care): its id, and its child taken from it (tests/core/documents/owners.test.ts).
    const episodeId = ctx.conn.sqlite.prepare('SELECT id FROM care_episodes WHERE resident_id = ?').pluck().get(c.id) as string;
    const ep = await dispatch(ctx, 'documents.add', { ownerType: 'episode', ownerId: episodeId, docType: 'exit_decision', dataBase64: b64(tinyPdf('exit')) });
    expect(ep).toMatchObject({ ok: true, value: { ownerType: 'episode', ownerId: episodeId, residentId: c.id } });
    const nobody = await dispatch(ctx, 'documents.add', { ownerType: 'resident', ownerId: 'nobody', docType: 'other', dataBase64: b64(tinyPdf()) });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('documents: voiding', () => {
  it('voids with a reason, keeps the file and the reason in the audit trail; a voided file may be added again', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    const r = await add(ctx, c.id, { docType: 'birth_certificate' });
    if (!r.ok) throw new Error('add');
    const noReason = await dispatch(ctx, 'documents.void', { id: r.value.id, reason: '  ' });
    expect(noReason).toMatchObject({ ok: false, error: { fields: [{ path: 'reason', message: 'validation.required' }] } });
    const v = await ok(as(ctx, 'social_worker'), 'documents.void', { id: r.value.id, reason: 'Başqa uşağın sənədi' });
    expect(v.voided).toEqual({ at: '2026-11-26T10:00:00.000Z', by: 'test-social_worker', reason: 'Başqa uşağın sənədi' });
    const after = JSON.parse(ctx.conn.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'attachment.void'").pluck().get() as string);
    expect(after).toMatchObject({ voided: true, reason: 'Başqa uşağın sənədi' });
    expect((await ok(ctx, 'documents.content', { id: r.value.id })).dataBase64).toBe(b64(tinyPdf()));
    expect(await dispatch(ctx, 'documents.void', { id: r.value.id, reason: 'again' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await add(ctx, c.id, { docType: 'birth_certificate' })).ok).toBe(true);
  });

  it('lets only the director void a legal decision', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    const r = await add(ctx, c.id);
    if (!r.ok) throw new Error('add');
    const sw = await dispatch(as(ctx, 'social_worker'), 'documents.void', { id: r.value.id, reason: 'Səhv' });
    expect(sw).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'documents.errors.decisionDirectorOnly' } });
    // Admin and medical staff may write documents, but decisions belong to those who handle the case.
    for (const role of ['admin', 'medical'] as const) {
      const v = await dispatch(as(ctx, role), 'documents.void', { id: r.value.id, reason: 'Səhv' });
      expect(v).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'documents.errors.caseRolesOnly' } });
    }
    expect(count(ctx, "SELECT count(*) FROM attachments WHERE voided_at IS NOT NULL")).toBe(0);
    expect((await dispatch(ctx, 'documents.void', { id: r.value.id, reason: 'Səhv' })).ok).toBe(true);
  });
});

describe('documents: access', () => {
  it('medical documents exist only for the medical roles; caregivers and read-only see no documents, but the photo', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    const refused = await add(as(ctx, 'social_worker'), c.id, { docType: 'medical', dataBase64: b64(tinyPdf('med')) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'documents.errors.medicalOnly' } });
    const med = await add(as(ctx, 'medical'), c.id, { docType: 'medical', title: 'Epilepsiya', dataBase64: b64(tinyPdf('med')) });
    if (!med.ok) throw new Error('add');
    const owner = { ownerType: 'resident', ownerId: c.id } as const;
    expect(await ok(as(ctx, 'psychologist'), 'documents.list', owner)).toHaveLength(1);
    expect(await ok(as(ctx, 'admin'), 'documents.list', owner)).toEqual([]);
    expect(await dispatch(as(ctx, 'admin'), 'documents.content', { id: med.value.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(as(ctx, 'admin'), 'documents.void', { id: med.value.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    for (const role of ['caregiver', 'read_only'] as const) {
      expect(await dispatch(as(ctx, role), 'documents.list', owner)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await dispatch(as(ctx, role), 'documents.photo', { residentId: c.id })).ok).toBe(true);
    }
    expect(await dispatch(as(ctx, 'teacher'), 'documents.add', { ...owner, docType: 'other', dataBase64: b64(tinyPdf()) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The audit trail shows admin that a document was added, not its title.
    const hist = await ok(as(ctx, 'admin'), 'audit.list', { entity: 'attachment' });
    expect(hist.rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(hist)).not.toContain('Epilepsiya');
    expect(JSON.stringify(await ok(ctx, 'audit.list', { entity: 'attachment' }))).toContain('Epilepsiya');
  });
});

describe('documents: the child’s photo', () => {
  it('the newest photo is current with its thumbnail, the one before stays in the history and comes back when it is voided', async () => {
    const ctx = await testCtx();
    const c = await child(ctx);
    expect(await ok(ctx, 'documents.photo', { residentId: c.id })).toEqual({ photo: null });
    const thumb = tinyPng(4, 3);
    const first = await add(ctx, c.id, { docType: 'photo', dataBase64: b64(tinyPng(8, 6)), thumbnailBase64: b64(thumb) });
    const second = await add(ctx, c.id, { docType: 'photo', dataBase64: b64(tinyPng(8, 6, [200, 0, 0])), thumbnailBase64: b64(thumb) });
    if (!first.ok || !second.ok) throw new Error('add');
    expect(await ok(ctx, 'documents.photo', { residentId: c.id })).toEqual({ photo: { attachmentId: second.value.id, thumbnail: `data:image/png;base64,${b64(thumb)}` } });
    const list = await ok(ctx, 'documents.list', { ownerType: 'resident', ownerId: c.id });
    expect(list.map((a) => [a.id, a.currentPhoto])).toEqual([[second.value.id, true], [first.value.id, false]]);
    await ok(ctx, 'documents.void', { id: second.value.id, reason: 'Bulanıq' });
    expect((await ok(ctx, 'documents.photo', { residentId: c.id })).photo?.attachmentId).toBe(first.value.id);
    // A thumbnail that is not an image is refused.
    const bad = await add(ctx, c.id, { docType: 'photo', dataBase64: b64(tinyPng(9, 9)), thumbnailBase64: b64(tinyPdf()) });
    expect(bad).toMatchObject({ ok: false, error: { fields: [{ path: 'thumbnailBase64', message: 'documents.errors.wrongType' }] } });
  });
});

describe('documents: the missing list and the dashboard', () => {
  it('asks on admission for the decision, birth certificate, FIN card (with a FIN) and a medical report; on exit for the exit decision', async () => {
    const ctx = await testCtx();
    const withFin = await child(ctx, { fin: '5AB7K2M' });
    const noFin = await child(ctx, { fin: '', lastName: 'Əliyeva', firstName: 'Aygün', sex: 'F' });
    const missing = async (id: string) => (await ok(ctx, 'documents.missing', { residentId: id })).filter((i) => !i.present).map((i) => i.docType);
    expect(await missing(withFin.id)).toEqual(['admission_decision', 'birth_certificate', 'identity_card', 'medical']);
    expect(await missing(noFin.id)).toEqual(['admission_decision', 'birth_certificate', 'medical']);
    await add(ctx, noFin.id);
    await add(ctx, noFin.id, { docType: 'birth_certificate', dataBase64: b64(tinyPdf('bc')) });
    // An expired document does not count.
    await add(ctx, noFin.id, { docType: 'medical', documentDate: '2025-01-01', validUntil: '2025-12-31', dataBase64: b64(tinyPdf('old')) });
    expect(await missing(noFin.id)).toEqual(['medical']);
    const dash = await ok(ctx, 'dashboard.get', {});
    const sig = (kind: string) => dash.signals.find((s: { kind: string }) => s.kind === kind);
    expect(sig('documents_missing')).toMatchObject({ count: 2 });
    await add(ctx, noFin.id, { docType: 'medical', documentDate: '2026-11-01', validUntil: '2026-12-20', dataBase64: b64(tinyPdf('new')) });
    expect(await missing(noFin.id)).toEqual([]);
    const dash2 = await ok(ctx, 'dashboard.get', {});
    const sig2 = (kind: string) => dash2.signals.find((s: { kind: string }) => s.kind === kind);
    expect(sig2('documents_missing')).toMatchObject({ count: 1 });
    expect(sig2('documents_expiring')).toMatchObject({ count: 1 });
    // Discharged: the exit decision is asked for too.
    // (the status follows the care episodes: the child leaves through an exit)
    await ok(ctx, 'care.exit', {
      residentId: noFin.id, exitedOn: '2026-11-25', destination: 'biological_family', exitReason: 'family_ready',
      decidingBody: 'guardianship', decisionNumber: 'Q-17', decisionDate: '2026-11-24',
    });
    expect(await missing(noFin.id)).toEqual(['exit_decision']);
  });
});
