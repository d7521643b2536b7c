import { describe, expect, it } from 'vitest';
import { testCtx } from '../../helpers/db';
import { childInput } from '../../helpers/residents';
import { ok, refused } from './fixture';

// Relatives: a restricted address reaches only the roles that write care; siblings in care are
// linked both ways.

const mother = (residentId: string) => ({
  residentId, relation: 'mother' as const, lastName: 'Məmmədova', firstName: 'Gülnar', parentalRights: 'restricted' as const,
  address: 'Sumqayıt, 9-cu mkr., ev 14', phone: '+994 50 123 45 67', addressRestricted: true, alive: 'yes' as const,
});

describe('care: relatives', () => {
  it('hides a restricted address and phone from roles that do not write care, and keeps them when such a role saves', async () => {
    const sw = await testCtx({ role: 'social_worker' });
    const c = await ok(sw, 'residents.create', childInput());
    const m = await ok(sw, 'care.relativeCreate', mother(c.id));
    expect(m.address).toBe('Sumqayıt, 9-cu mkr., ev 14');
    const caregiver = { ...sw, actor: { ...sw.actor, role: 'caregiver' as const } };
    const seen = await ok(caregiver, 'care.relatives', { residentId: c.id });
    expect(seen).toMatchObject([{ firstName: 'Gülnar', address: null, phone: null, addressRestricted: true }]);
    // a caregiver cannot write at all; a director that saves keeps the address
    expect((await refused(caregiver, 'care.relativeUpdate', { ...mother(c.id), id: m.id, version: 1 } as never)).code).toBe('forbidden');
    const back = await ok(sw, 'care.relatives', { residentId: c.id });
    expect(back[0]!.address).toBe('Sumqayıt, 9-cu mkr., ev 14');
    // and it never reaches the audit trail's readers through the relative's DTO for them either
    expect(JSON.stringify(seen)).not.toContain('Sumqayıt');
  });

  it('links siblings in care both ways, once; refuses a link to the child itself', async () => {
    const ctx = await testCtx({ role: 'director' });
    const a = await ok(ctx, 'residents.create', childInput({ firstName: 'Elçin' }));
    const b = await ok(ctx, 'residents.create', childInput({ firstName: 'Aysel', sex: 'F', dateOfBirth: '2017-01-02', patronymic: 'Rəşid qızı' }));
    await ok(ctx, 'care.relativeCreate', { residentId: a.id, relation: 'sibling', lastName: 'Məmmədova', firstName: 'Aysel', siblingResidentId: b.id });
    const ofB = await ok(ctx, 'care.relatives', { residentId: b.id });
    expect(ofB).toMatchObject([{ relation: 'sibling', firstName: 'Elçin', siblingResidentId: a.id }]);
    const again = await refused(ctx, 'care.relativeCreate', { residentId: b.id, relation: 'sibling', lastName: 'Məmmədov', firstName: 'Elçin', siblingResidentId: a.id });
    expect(again.fields).toEqual([{ path: 'siblingResidentId', message: 'care.errors.siblingLinked' }]);
    expect((await ok(ctx, 'care.relatives', { residentId: a.id })).filter((r) => r.siblingResidentId === b.id)).toHaveLength(1);
    const err = await refused(ctx, 'care.relativeCreate', { residentId: a.id, relation: 'sibling', lastName: 'X', firstName: 'Y', siblingResidentId: a.id });
    expect(err.fields).toEqual([{ path: 'siblingResidentId', message: 'care.errors.siblingSelf' }]);
    const wrong = await refused(ctx, 'care.relativeCreate', { residentId: a.id, relation: 'father', lastName: 'X', firstName: 'Y', siblingResidentId: b.id });
    expect(wrong.fields).toEqual([{ path: 'siblingResidentId', message: 'care.errors.siblingOnlyForSibling' }]);
  });
});
