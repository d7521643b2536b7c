import type { Ctx } from '../../../src-main/core/context';
import { writeTx } from '../../../src-main/core/db/write';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import type { CallInput } from '../../../src-main/core/contract/calls';
import { generateAgeIdentity } from '../../../src-main/core/packages/crypto/age';
import { importRecipient, initSigningKey } from '../../../src-main/core/packages/keys-service';
import { passphraseKeyStore } from '../../../src-main/core/packages/crypto/keystore';
import { childInput } from '../../helpers/residents';

// An institution in a real database file: the institution row (as the set-up or the demo writes
// it), children through the residents contract, a signing key and the ministry's recipient.

export const PASSPHRASE = 'correct horse battery staple';
export const store = () => passphraseKeyStore(PASSPHRASE);

export async function insertInstitution(ctx: Ctx, code = 'BAK-UE-03'): Promise<void> {
  const now = ctx.now().toISOString();
  await writeTx(ctx, (trx) =>
    trx
      .insertInto('institution')
      .values({ id: 1, code, name_az: 'Bakı şəhəri 3 nömrəli uşaq evi', name_en: 'Baku children’s home No 3', type: 'childrens_home', region: 'Bakı', address: '', capacity: 60, created_at: now, updated_at: now })
      .execute(),
  );
}

export async function addChild(ctx: Ctx, over: Partial<CallInput<'residents.create'>> = {}) {
  const r = await dispatch(ctx, 'residents.create', childInput({ confirmDuplicate: true, ...over }));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** Three clean children (no pre-check problem) admitted before 2026-Q3, one in it. */
export async function addCleanChildren(ctx: Ctx) {
  const decided = { admissionBasis: 'commission' as const, admissionDecisionNumber: '12/3', admissionDecisionDate: '2022-08-25', admissionAuthority: 'Nəsimi rayon komissiyası' };
  return [
    await addChild(ctx, { ...decided, fin: '5AB7K2M', birthCertificate: 'AZE 1234567' }),
    await addChild(ctx, { ...decided, lastName: 'Əliyeva', firstName: 'Aygün', patronymic: 'Elşən qızı', sex: 'F', dateOfBirth: '2014-05-02', disability: true, disabilityDegree: 'II', disabilityDiagnosis: 'secret diagnosis', notes: 'private note' }),
    await addChild(ctx, { ...decided, lastName: 'Hüseynov', firstName: 'Tural', patronymic: '', admissionDate: '2026-08-10', admissionDecisionDate: '2026-08-01', admissionBasis: 'court', placeOfBirth: 'Gəncə, "Köhnə" məhəllə' }),
  ];
}

export async function readyInstitution(ctx: Ctx) {
  await insertInstitution(ctx);
  const key = await initSigningKey(ctx, store());
  const ministry = generateAgeIdentity();
  await importRecipient(ctx, `# the ministry\n${ministry.recipient}\n`);
  return { key, ministry };
}
