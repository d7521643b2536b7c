import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/core/contract/dispatch';
import { newPasswordErrors } from '../../src-renderer/src/session/passwordModel';
import { emptyUserValues, userCreateInput, validateUserCreate, validateUserUpdate } from '../../src-renderer/src/settings/userModel';
import { emptyInstitutionValues, institutionInput, validateInstitution } from '../../src-renderer/src/setup/institutionModel';
import { emptyDirectorValues, validateDirector } from '../../src-renderer/src/setup/directorModel';
import { decodeIssue } from '../../src-renderer/src/ui/fieldIssues';
import { testCtx } from '../helpers/db';

// The set-up wizard, the account and the password forms check the core's own rules before
// sending: the same keys the core would answer with.

const keys = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, decodeIssue(v).key]));

describe('new passwords', () => {
  it('applies the core rules and wants the two copies equal', () => {
    expect(keys(newPasswordErrors('', '', []))).toEqual({ password: 'validation.required', repeat: 'validation.required' });
    expect(keys(newPasswordErrors('qısa', 'qısa', []))).toEqual({ password: 'auth.passwordTooShort' });
    expect(decodeIssue(newPasswordErrors('qısa', 'qısa', []).password!).params).toEqual({ min: 10 });
    expect(keys(newPasswordErrors('Leyla-2026-yaz', 'Leyla-2026-yaz', ['leyla.m', 'Məmmədova Leyla']))).toEqual({ password: 'auth.passwordHasName' });
    expect(keys(newPasswordErrors('ababababab', 'ababababab', []))).toEqual({ password: 'auth.passwordTooSimple' });
    expect(keys(newPasswordErrors('Bahar-yağışı-77', 'Bahar-yağışı-78', []))).toEqual({ repeat: 'auth.signIn.passwordsDiffer' });
    expect(newPasswordErrors('Bahar-yağışı-77', 'Bahar-yağışı-77', ['leyla.m'])).toEqual({});
  });
});

describe('set-up wizard models', () => {
  it('the institution: required fields, the code format, an empty capacity is "required"', () => {
    expect(keys(validateInstitution(emptyInstitutionValues()))).toEqual({
      code: 'institution.codeFormat',
      nameAz: 'validation.required',
      type: 'validation.choose',
      region: 'validation.required',
      capacity: 'validation.required',
    });
    expect(keys(validateInstitution({ ...emptyInstitutionValues(), code: 'AZ-GNC-002', nameAz: 'X', type: 'boarding_school', region: 'Gəncə', capacity: 0 }))).toEqual({
      capacity: 'validation.too_small',
    });
  });

  it('the director: a username the core accepts, a name, and a password not built from them', async () => {
    expect(keys(validateDirector(emptyDirectorValues()))).toEqual({
      username: 'auth.usernameFormat',
      displayName: 'validation.required',
      password: 'validation.required',
      repeat: 'validation.required',
    });
    const d = { username: 'aynur', displayName: 'Həsənova Aynur', password: 'Hesenova-2026!', repeat: 'Hesenova-2026!' };
    expect(keys(validateDirector(d))).toEqual({ password: 'auth.passwordHasName' });
    const good = { ...d, password: 'Qış-günəşi-2026', repeat: 'Qış-günəşi-2026' };
    expect(validateDirector(good)).toEqual({});

    const ctx = await testCtx();
    const institution = { ...emptyInstitutionValues(), code: 'AZ-GNC-002', nameAz: 'Gəncə internatı', type: 'boarding_school' as const, region: 'Gəncə', capacity: 80 as const };
    expect(validateInstitution(institution)).toEqual({});
    const r = await dispatch(ctx, 'setup.create', {
      institution: institutionInput(institution),
      director: { username: good.username, displayName: good.displayName, password: good.password },
    });
    expect(r.ok && [r.value.institution.code, r.value.session.user?.role]).toEqual(['AZ-GNC-002', 'director']);
  });
});

describe('account form model', () => {
  it('a new account needs a username, a role and a good password (not the linked staff name)', () => {
    expect(keys(validateUserCreate(emptyUserValues()))).toEqual({
      username: 'auth.usernameFormat',
      role: 'validation.choose',
      password: 'validation.required',
      repeat: 'validation.required',
    });
    const v = { ...emptyUserValues(), username: 'sebine', role: 'caregiver' as const, password: 'Quliyeva-1985', repeat: 'Quliyeva-1985' };
    expect(keys(validateUserCreate(v, 'Quliyeva Səbinə Arif qızı'))).toEqual({ password: 'auth.passwordHasName' });
    expect(validateUserCreate(v, '')).toEqual({});
    expect(userCreateInput(v)).toEqual({ username: 'sebine', displayName: '', role: 'caregiver', staffId: null, password: 'Quliyeva-1985', mustChangePassword: true });
  });

  it('a change needs a name and a role', () => {
    expect(keys(validateUserUpdate({ ...emptyUserValues(), displayName: ' ', role: '' }))).toEqual({
      displayName: 'validation.required',
      role: 'validation.choose',
    });
  });
});
