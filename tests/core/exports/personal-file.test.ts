import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src-main/core/contract/permissions';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { writeTx } from '../../../src-main/core/db/write';
import type { PersonalFileDto } from '../../../src-main/core/exports/schema';
import { actor, testCtx } from '../../helpers/db';
import { insertInstitution } from '../packages/db-fixture';
import { admittedChild, ok } from '../care/fixture';

// The personal file's call enforces, per role, what the printed file may show: the medical part
// (diagnosis, allergies) only for director, medical and psychologist; a restricted address only
// for the roles that place children (director, social worker).

async function childWithFile() {
  const ctx = await testCtx();
  await insertInstitution(ctx);
  const { residentId } = await admittedChild(ctx);
  const child = await ok(ctx, 'residents.get', { id: residentId });
  const { createdAt: _c, updatedAt: _u, ...fields } = child;
  await ok(ctx, 'residents.update', { ...fields, id: residentId, version: child.version, disability: true, disabilityDegree: 'II', disabilityDiagnosis: 'Serebral iflic' } as never);
  await ok(ctx, 'care.relativeCreate', { residentId, relation: 'father', lastName: 'Hüseynov', firstName: 'Elşən', address: 'Sumqayıt, 5-ci mkr., ev 12', phone: '+994 50 111 22 33', addressRestricted: true } as never);
  await ok(ctx, 'care.relativeCreate', { residentId, relation: 'grandmother', lastName: 'Hüseynova', firstName: 'Gülnarə', address: 'Bakı, Nizami küç. 4', addressRestricted: false } as never);
  const at = ctx.now().toISOString();
  await writeTx(ctx, (trx) => trx.insertInto('allergies').values({ id: 'al-1', resident_id: residentId, allergen: 'Penisillin', kind: 'medicine', reaction: 'Səpgi', severity: 'severe', noted_date: '2026-11-11', version: 1, created_at: at, updated_at: at, voided_at: null, void_reason: '' }).execute());
  return { ctx, residentId };
}

const as = async (ctx: Awaited<ReturnType<typeof testCtx>>, role: Role, id: string): Promise<PersonalFileDto> => {
  const r = await dispatch({ ...ctx, actor: actor(role) }, 'exports.personalFile', { id });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('the personal file per role', () => {
  it('gives the director everything: diagnosis, allergies, the restricted address', async () => {
    const { ctx, residentId } = await childWithFile();
    const f = await as(ctx, 'director', residentId);
    expect(f.identity.lastName).toBe('Hüseynova');
    expect(f.identity.disabilityDiagnosis).toBe('Serebral iflic');
    expect(f.medical?.allergies).toEqual([{ allergen: 'Penisillin', reaction: 'Səpgi', severity: 'severe', notedDate: '2026-11-11' }]);
    expect(f.relatives.map((r) => r.address)).toEqual(['Sumqayıt, 5-ci mkr., ev 12', 'Bakı, Nizami küç. 4']);
    expect(f.episodes.map((e) => e.kind)).toEqual(['admission']);
  });

  it.each([
    ['medical', true, false],
    ['psychologist', true, false],
    ['social_worker', false, true],
    ['teacher', false, false],
    ['caregiver', false, false],
    ['read_only', false, false],
  ] as const)('%s: medical part %s, restricted address %s', async (role, medical, restricted) => {
    const { ctx, residentId } = await childWithFile();
    const f = await as(ctx, role, residentId);
    expect(f.medical !== null).toBe(medical);
    expect(f.identity.disabilityDiagnosis !== null).toBe(medical);
    expect(JSON.stringify(f).includes('Penisillin')).toBe(medical);
    expect(JSON.stringify(f).includes('Serebral')).toBe(medical);
    expect(f.relatives[0]!.addressRestricted).toBe(true);
    expect(f.relatives[0]!.address !== null).toBe(restricted);
    expect(JSON.stringify(f).includes('Sumqayıt')).toBe(restricted);
    // The grandmother's address is not restricted: every role sees it.
    expect(f.relatives[1]!.address).toBe('Bakı, Nizami küç. 4');
  });

  it('refuses a child that is not there', async () => {
    const { ctx } = await childWithFile();
    const r = await dispatch(ctx, 'exports.personalFile', { id: 'nobody' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('not_found');
  });

  it('is written in the read log as an opening of the child’s record', async () => {
    const { ctx, residentId } = await childWithFile();
    const r = await dispatch({ ...ctx, actor: { ...actor('social_worker'), via: 'web' } }, 'exports.personalFile', { id: residentId });
    expect(r.ok).toBe(true);
    const reads = await ctx.db.selectFrom('record_reads').select(['entity_id', 'role']).execute();
    expect(reads).toEqual([{ entity_id: residentId, role: 'social_worker' }]);
  });
});
