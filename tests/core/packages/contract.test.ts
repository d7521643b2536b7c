import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { translate, LOCALES } from '../../../src-main/core/i18n/index';
import { generateAgeIdentity } from '../../../src-main/core/packages/crypto/age';
import { VERIFY_CODES } from '../../../src-main/core/packages/verify/codes';
import { PRECHECK_RULES } from '../../../src-main/core/packages/export/precheck';
import { parseTrustFile } from '../../../src-main/core/packages/format/trust';
import { testCtx } from '../../helpers/db';
import { addChild, readyInstitution } from './db-fixture';

describe('the packages contract calls', () => {
  it('give the director the pre-check, the keys, the trust file and the history', async () => {
    const ctx = await testCtx();
    const { key, ministry } = await readyInstitution(ctx);
    await addChild(ctx, { admissionBasis: 'court' });
    const pre = await dispatch(ctx, 'packages.precheck', { period: ' 2026-Q3 ' });
    expect(pre).toMatchObject({ ok: true, value: { period: { label: '2026-Q3' }, sequence: 1, problems: [{ code: 'admission_decision_missing' }] } });
    const keys = await dispatch(ctx, 'packages.keysStatus', {});
    expect(keys).toMatchObject({ ok: true, value: { activeKey: { keyId: key.keyId }, recipient: { recipient: ministry.recipient } } });
    const trust = await dispatch(ctx, 'packages.trustFile', {});
    if (!trust.ok) throw new Error(JSON.stringify(trust.error));
    expect(trust.value.fileName).toBe('qaygi-trust-BAK-UE-03.json');
    expect(parseTrustFile(trust.value.text).file.entries[0]!.keyId).toBe(key.keyId);
    expect(await dispatch(ctx, 'packages.list', {})).toEqual({ ok: true, value: [] });
  });

  it('answer a bad period on the field, with a translated message', async () => {
    const ctx = await testCtx();
    const r = await dispatch(ctx, 'packages.precheck', { period: '2026-Q5' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'period', message: 'packages.validation.period' }] } });
    expect(translate('az', 'packages.validation.period')).toBe('Ay (2026-09) və ya rüb (2026-Q3) daxil edin.');
  });

  it('import the recipient, and refuse a secret key pasted by mistake', async () => {
    const ctx = await testCtx();
    const { identity, recipient } = generateAgeIdentity();
    const bad = await dispatch(ctx, 'packages.importRecipient', { text: identity });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', message: 'packages.errors.badRecipient' } });
    const good = await dispatch(ctx, 'packages.importRecipient', { text: `${recipient}\n` });
    expect(good).toMatchObject({ ok: true, value: { recipient } });
  });

  it('are the director’s only', async () => {
    for (const role of ['admin', 'social_worker', 'caregiver', 'read_only'] as const) {
      const ctx = await testCtx({ role });
      for (const name of ['packages.list', 'packages.precheck', 'packages.keysStatus', 'packages.trustFile', 'packages.closedPeriods'] as const) {
        const r = await dispatch(ctx, name, name === 'packages.precheck' ? { period: '2026-Q3' } : {});
        expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });
});

describe('messages', () => {
  it('every verifier code, pre-check problem and status has a message in az, en and ru', () => {
    const keys = [
      ...Object.keys(VERIFY_CODES).map((c) => `packages.verify.${c}`),
      ...PRECHECK_RULES.map((r) => `packages.problems.${r.code}`),
      'packages.problems.formula_text',
      ...['created', 'delivered', 'acknowledged', 'rejected', 'accepted', 'already_received'].map((s) => `packages.status.${s}`),
      ...['institution', 'institution_code', 'signing_key', 'recipient'].map((s) => `packages.prerequisites.${s}`),
    ];
    for (const locale of LOCALES) {
      const missing = keys.filter((k) => translate(locale, k) === k);
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });
});
