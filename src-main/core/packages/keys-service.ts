import type { Ctx } from '../context';
import { writeTx } from '../db/write';
import { AppError } from '../contract/errors';
import { decodeRecipient, readKeyFile, recipientFingerprint } from './crypto/age';
import { ROTATION_PAYLOAD_TYPE, parseEnvelope, signEnvelope } from './format/dsse';
import { ROTATION_FORMAT } from './format/names';
import { generateSigningKey, keyFingerprint, keyPairFromPkcs8, signerOf, toBase64, fromBase64, type Signer } from './crypto/keys';
import { KeyStoreError, type KeyStore } from './crypto/keystore';
import { activeKeyRow, institutionRow, keyRows, lastPreparedBy, recipientRow, type SigningKeyRow } from './queries';
import type { KeysStatusDto, RecipientDto, SigningKeyDto, TrustFileDto } from './schema';
import { instantOf } from './format/statement';
import { rotationBytes, serializeTrustFile, trustEntryOf, type RotationStatement } from './format/trust';

// The institution's signing keys and the ministry's recipient, in the database.

function toKeyDto(r: SigningKeyRow): SigningKeyDto {
  return {
    keyId: r.key_id,
    fingerprint: keyFingerprint(fromBase64(r.public_key)!),
    publicKey: r.public_key,
    status: r.status,
    sealedBy: r.sealed_by,
    createdAt: r.created_at,
    retiredAt: r.retired_at,
  };
}

async function seal(store: KeyStore, pkcs8: Buffer, keyId: string): Promise<string> {
  try {
    return await store.seal(pkcs8, keyId);
  } catch (e) {
    if (e instanceof KeyStoreError && e.reason === 'weak_passphrase') {
      throw new AppError('invalid', 'packages.errors.weakPassphrase', { min: 10 });
    }
    throw e;
  }
}

/** Makes the institution's first signing key. Refused when there is one already (rotate instead). */
export async function initSigningKey(ctx: Ctx, store: KeyStore): Promise<SigningKeyDto> {
  const pair = generateSigningKey();
  const sealed = await seal(store, pair.pkcs8, pair.keyId);
  return writeTx(ctx, async (trx, audit) => {
    if (await activeKeyRow(trx)) throw new AppError('conflict', 'packages.errors.keyExists');
    const row: SigningKeyRow = {
      key_id: pair.keyId,
      public_key: toBase64(pair.publicKey),
      private_key_sealed: sealed,
      sealed_by: store.kind,
      status: 'active',
      rotation: null,
      created_at: instantOf(ctx.now()),
      retired_at: null,
    };
    await trx.insertInto('signing_keys').values(row).execute();
    const dto = toKeyDto(row);
    await audit({ action: 'signing_key.create', entity: 'signing_key', entityId: pair.keyId, after: dto });
    return dto;
  });
}

/** Unseals a key's PKCS#8 (a wrong passphrase is a translated error). */
export async function openPkcs8(row: SigningKeyRow, store: KeyStore): Promise<Buffer> {
  try {
    return await store.open(row.private_key_sealed, row.key_id);
  } catch (e) {
    if (e instanceof KeyStoreError) throw new AppError('invalid', 'packages.errors.wrongPassphrase');
    throw e;
  }
}

/** The active key, unsealed: what the exporter signs with. */
export async function openSigner(ctx: Ctx, store: KeyStore): Promise<Signer> {
  const row = await activeKeyRow(ctx.db);
  if (!row) throw new AppError('not_found', 'packages.errors.noSigningKey');
  return signerOf(keyPairFromPkcs8(await openPkcs8(row, store)));
}

/**
 * When the rotation takes effect: now, or one second after the old key's last package when that
 * was signed in this same second (instants have whole seconds, and a package prepared at or after
 * its key's retirement is refused by the verifier).
 */
async function rotationInstant(db: Ctx['db'], oldKeyId: string, now: Date): Promise<string> {
  const at = instantOf(now);
  const last = await lastPreparedBy(db, oldKeyId);
  return last < at ? at : instantOf(new Date(Date.parse(last) + 1000));
}

/**
 * Rotation: a new key, and a rotation statement signed by the old key and the new one; the old
 * key is kept, retired, so that packages signed before still verify.
 */
export async function rotateSigningKey(ctx: Ctx, current: KeyStore, next: KeyStore): Promise<SigningKeyDto> {
  const oldRow = await activeKeyRow(ctx.db);
  if (!oldRow) throw new AppError('not_found', 'packages.errors.noSigningKey');
  const institution = await institutionRow(ctx.db);
  if (!institution) throw new AppError('not_found', 'packages.errors.noInstitution');
  const oldSigner = signerOf(keyPairFromPkcs8(await openPkcs8(oldRow, current)));
  const pair = generateSigningKey();
  const sealed = await seal(next, pair.pkcs8, pair.keyId);
  return writeTx(ctx, async (trx, audit) => {
    const still = await activeKeyRow(trx);
    if (still?.key_id !== oldRow.key_id) throw new AppError('conflict', 'errors.staleVersion');
    // Decided inside the write lock, so no package of the old key can come after it.
    const at = await rotationInstant(trx, oldRow.key_id, ctx.now());
    const statement: RotationStatement = {
      format: ROTATION_FORMAT,
      institution: institution.code,
      previousKeyId: oldRow.key_id,
      keyId: pair.keyId,
      publicKey: toBase64(pair.publicKey),
      at,
    };
    const envelope = signEnvelope(ROTATION_PAYLOAD_TYPE, rotationBytes(statement), [oldSigner, signerOf(pair)]);
    await trx.updateTable('signing_keys').set({ status: 'retired', retired_at: at }).where('key_id', '=', oldRow.key_id).execute();
    const row: SigningKeyRow = {
      key_id: pair.keyId,
      public_key: statement.publicKey,
      private_key_sealed: sealed,
      sealed_by: next.kind,
      status: 'active',
      rotation: JSON.stringify({
        payloadType: envelope.payloadType,
        payload: toBase64(envelope.payload),
        signatures: envelope.signatures.map((s) => ({ keyid: s.keyid, sig: toBase64(s.sig) })),
      }),
      created_at: at,
      retired_at: null,
    };
    await trx.insertInto('signing_keys').values(row).execute();
    const dto = toKeyDto(row);
    await audit({
      action: 'signing_key.rotate',
      entity: 'signing_key',
      entityId: pair.keyId,
      before: { keyId: oldRow.key_id },
      after: dto,
    });
    return dto;
  });
}

export async function keysStatus(ctx: Ctx): Promise<KeysStatusDto> {
  const [inst, keys, rec] = await Promise.all([institutionRow(ctx.db), keyRows(ctx.db), recipientRow(ctx.db)]);
  const dtos = keys.map(toKeyDto);
  return {
    institution: inst ? { code: inst.code, name: inst.name_az } : null,
    activeKey: dtos.find((k) => k.status === 'active') ?? null,
    retiredKeys: dtos.filter((k) => k.status === 'retired'),
    recipient: rec ? { recipient: rec.recipient, fingerprint: rec.fingerprint, importedAt: rec.imported_at } : null,
  };
}

/** This institution's entries of the trust file: every key, the retired ones with their date. */
export async function trustFileText(ctx: Ctx): Promise<string> {
  const inst = await institutionRow(ctx.db);
  if (!inst) throw new AppError('not_found', 'packages.errors.noInstitution');
  const keys = await keyRows(ctx.db);
  if (keys.length === 0) throw new AppError('not_found', 'packages.errors.noSigningKey');
  const entries = keys.map((k) =>
    trustEntryOf({
      code: inst.code,
      name: inst.name_az,
      publicKey: fromBase64(k.public_key)!,
      validFrom: k.created_at,
      retiredAt: k.retired_at,
      rotation: k.rotation ? parseEnvelope(JSON.parse(k.rotation)) : null,
    }),
  );
  return serializeTrustFile(entries);
}

/** Sets the ministry's age recipient from the text of a recipient file (`age1…`). */
export async function importRecipient(ctx: Ctx, text: string): Promise<RecipientDto> {
  const recipient = readKeyFile(text, 'recipient');
  if (!recipient || !decodeRecipient(recipient)) {
    throw new AppError('invalid', 'packages.errors.badRecipient', undefined, [{ path: 'text', message: 'packages.validation.recipient' }]);
  }
  const dto: RecipientDto = { recipient, fingerprint: recipientFingerprint(recipient), importedAt: instantOf(ctx.now()) };
  return writeTx(ctx, async (trx, audit) => {
    const before = await recipientRow(trx);
    if (before?.recipient === recipient) return { recipient, fingerprint: before.fingerprint, importedAt: before.imported_at };
    await trx
      .insertInto('ministry_recipient')
      .values({ id: 1, recipient, fingerprint: dto.fingerprint, imported_at: dto.importedAt })
      .onConflict((oc) => oc.column('id').doUpdateSet({ recipient, fingerprint: dto.fingerprint, imported_at: dto.importedAt }))
      .execute();
    await audit({
      action: 'ministry_recipient.import',
      entity: 'ministry_recipient',
      entityId: '1',
      before: before ? { recipient: before.recipient, fingerprint: before.fingerprint } : undefined,
      after: { recipient, fingerprint: dto.fingerprint },
    });
    return dto;
  });
}

export async function trustFileDto(ctx: Ctx): Promise<TrustFileDto> {
  const inst = await institutionRow(ctx.db);
  return { fileName: `qaygi-trust-${inst?.code ?? 'institution'}.json`, text: await trustFileText(ctx) };
}
