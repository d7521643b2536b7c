import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { Ctx } from '../../../src-main/core/context';
import type { CallInput, CallName, CallOutput } from '../../../src-main/core/contract/calls';
import { ROLES, type Role } from '../../../src-main/core/contract/permissions';
import { actor, testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { staffInput } from '../../helpers/staff';
import { tinyPdf } from '../../helpers/documents';

// Attachments on other records (issue 15 §1, §7): a staff member, an episode, a plan, a review,
// an incident. The owner must exist; an episode's, plan's or review's document is about that
// record's child (it counts in the child's checklist); each kind's access, role by role.

async function ok<K extends CallName>(ctx: Ctx, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const r = await dispatch(ctx, name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value;
}
const as = (ctx: Ctx, role: Role): Ctx => ({ ...ctx, actor: actor(role) });
let n = 0;
const pdf = () => tinyPdf(`f${n++}`).toString('base64');

async function setUp() {
  const ctx = await testCtx();
  const c = await ok(ctx, 'residents.create', childInput());
  const other = await ok(ctx, 'residents.create', childInput({ lastName: 'Əliyeva', firstName: 'Aygün', sex: 'F', fin: '', confirmDuplicate: true }));
  const staff = await ok(ctx, 'staff.create', staffInput());
  const episodeId = ctx.conn.sqlite.prepare("SELECT id FROM care_episodes WHERE resident_id = ? AND kind = 'admission'").pluck().get(c.id) as string;
  const plan = await ok(ctx, 'care.planCreate', { residentId: c.id, kind: 'care', startedOn: '2026-11-12', responsible: 'S. İsmayılova', goals: [{ domain: 'family', goal: 'Ana ilə görüş', target: 'həftədə bir' }] });
  const review = await ok(ctx, 'care.review', { planId: plan.id, reviewedOn: '2026-11-20', participants: 'Uşaq, sosial işçi', childView: '', decision: 'Davam', progress: {} });
  const incident = await ok(ctx, 'daily.createIncident', { date: '2026-11-26', time: '14:30', place: 'Həyət', kind: 'injury', severity: 'low', residentIds: [c.id], whatHappened: 'Yıxıldı' });
  return { ctx, c, other, staff, episodeId, plan, review, incident };
}

describe('documents on other records', () => {
  it('attaches to an episode, a plan and a review as the child’s documents, and to an incident about one of its children', async () => {
    const { ctx, c, other, episodeId, plan, review, incident } = await setUp();
    // The child sent is ignored: the record says whose it is.
    const onEpisode = await ok(ctx, 'documents.add', { ownerType: 'episode', ownerId: episodeId, residentId: other.id, docType: 'admission_decision', dataBase64: pdf() });
    expect(onEpisode).toMatchObject({ ownerType: 'episode', residentId: c.id });
    expect((await ok(ctx, 'documents.missing', { residentId: c.id })).find((i) => i.docType === 'admission_decision')?.present).toBe(true);
    expect((await ok(ctx, 'documents.add', { ownerType: 'plan', ownerId: plan.id, docType: 'other', dataBase64: pdf() })).residentId).toBe(c.id);
    expect((await ok(ctx, 'documents.add', { ownerType: 'review', ownerId: review.id, docType: 'other', dataBase64: pdf() })).residentId).toBe(c.id);
    expect(await ok(ctx, 'documents.list', { ownerType: 'review', ownerId: review.id })).toHaveLength(1);
    // An incident: the whole incident, or one of its children, never another child.
    expect((await ok(ctx, 'documents.add', { ownerType: 'incident', ownerId: incident.id, docType: 'other', dataBase64: pdf() })).residentId).toBeNull();
    expect((await ok(ctx, 'documents.add', { ownerType: 'incident', ownerId: incident.id, residentId: c.id, docType: 'medical', dataBase64: pdf() })).residentId).toBe(c.id);
    const stranger = await dispatch(ctx, 'documents.add', { ownerType: 'incident', ownerId: incident.id, residentId: other.id, docType: 'other', dataBase64: pdf() });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'residentId', message: 'documents.errors.notInIncident' }] } });
    for (const ownerType of ['episode', 'plan', 'review', 'incident', 'staff'] as const) {
      const r = await dispatch(ctx, 'documents.add', { ownerType, ownerId: 'no-such-record', docType: 'other', dataBase64: pdf() });
      expect(r, ownerType).toMatchObject({ ok: false, error: { code: 'not_found', message: 'documents.errors.ownerNotFound' } });
    }
  });

  it('keeps each kind’s access role by role: staff files for staff.write, case records for care.write, incidents for daily.write', async () => {
    const { ctx, staff, plan, incident } = await setUp();
    const owners = {
      staff: { ownerType: 'staff', ownerId: staff.id },
      plan: { ownerType: 'plan', ownerId: plan.id },
      incident: { ownerType: 'incident', ownerId: incident.id },
    } as const;
    const ids: Record<string, string> = {};
    for (const [k, o] of Object.entries(owners)) ids[k] = (await ok(ctx, 'documents.add', { ...o, docType: 'other', title: `${k} sənədi`, dataBase64: pdf() })).id;
    // Who may add (documents.write and the owner's permission) and who may read (documents.read and the owner's).
    const expected: Record<keyof typeof owners, { add: Role[]; read: Role[] }> = {
      staff: { add: ['director', 'admin'], read: ['director', 'admin'] },
      plan: { add: ['director', 'social_worker'], read: ['director', 'admin', 'social_worker', 'teacher', 'medical', 'psychologist'] },
      incident: { add: ['director', 'social_worker', 'medical'], read: ['director', 'social_worker', 'medical', 'psychologist'] },
    };
    for (const [k, o] of Object.entries(owners) as Array<[keyof typeof owners, (typeof owners)[keyof typeof owners]]>) {
      const adds: Role[] = [];
      const reads: Role[] = [];
      for (const role of ROLES) {
        if ((await dispatch(as(ctx, role), 'documents.add', { ...o, docType: 'other', dataBase64: pdf() })).ok) adds.push(role);
        const list = await dispatch(as(ctx, role), 'documents.list', o);
        const content = await dispatch(as(ctx, role), 'documents.content', { id: ids[k]! });
        expect(list.ok, `${k} ${role}`).toBe(content.ok);
        if (list.ok) reads.push(role);
        else if (role !== 'caregiver' && role !== 'read_only') expect(content, `${k} ${role}`).toMatchObject({ ok: false, error: { code: 'not_found' } });
      }
      expect(adds, `${k} add`).toEqual(expected[k].add);
      expect(reads, `${k} read`).toEqual(expected[k].read);
    }
    // Voiding follows writing: the admin voids a staff document, not a plan's.
    expect((await dispatch(as(ctx, 'admin'), 'documents.void', { id: ids.plan!, reason: 'Səhv' }))).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'documents.errors.ownerRolesOnly' } });
    expect((await dispatch(as(ctx, 'admin'), 'documents.void', { id: ids.staff!, reason: 'Köhnə müqavilə' })).ok).toBe(true);
  });
});
