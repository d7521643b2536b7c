import { X509Certificate } from 'node:crypto';
import type { Ctx } from '../../context';
import { writeTx } from '../../db/write';
import { AppError } from '../../contract/errors';
import type { DeliverySettingsDto, DeliverySettingsRequest } from './schema';
import { receiptKeyRow } from './receipts';
import type { ReadDb } from '../../db/read';

// The ministry's intake address and its pinned certificate, in the settings table (one JSON value
// per key). Uploads happen only where both are set.

const URL_KEY = 'delivery.url';
const CA_KEY = 'delivery.caPem';

export interface DeliveryEndpoint {
  url: string;
  caPem: string;
}

async function setting(db: ReadDb, key: string): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  const v: unknown = row ? JSON.parse(row.value) : null;
  return typeof v === 'string' && v !== '' ? v : null;
}

/** The address and certificate, or null where uploads are not configured. */
export async function deliveryEndpoint(db: ReadDb): Promise<DeliveryEndpoint | null> {
  const [url, caPem] = await Promise.all([setting(db, URL_KEY), setting(db, CA_KEY)]);
  return url && caPem ? { url, caPem } : null;
}

function certificate(pem: string): X509Certificate | null {
  try {
    return new X509Certificate(pem);
  } catch {
    return null;
  }
}

export async function getDeliverySettings(ctx: Ctx): Promise<DeliverySettingsDto> {
  const [url, caPem, key] = await Promise.all([setting(ctx.db, URL_KEY), setting(ctx.db, CA_KEY), receiptKeyRow(ctx.db)]);
  const cert = caPem ? certificate(caPem) : null;
  return {
    url,
    caFingerprint: cert?.fingerprint256 ?? null,
    caSubject: cert?.subject ?? null,
    receiptKey: key ? { keyId: key.key_id, publicKey: key.public_key, importedAt: key.imported_at } : null,
  };
}

/** Sets (or, with an empty address, clears) the ministry's address and certificate. */
export async function setDeliverySettings(ctx: Ctx, input: DeliverySettingsRequest): Promise<DeliverySettingsDto> {
  const url = input.url.trim();
  const caPem = input.caPem.trim();
  if (url !== '') {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.protocol !== 'https:' || parsed.username || parsed.password) {
      throw new AppError('invalid', 'packages.delivery.errors.badAddress', undefined, [{ path: 'url', message: 'packages.delivery.validation.url' }]);
    }
    if (!certificate(caPem)) {
      throw new AppError('invalid', 'packages.delivery.errors.badCertificate', undefined, [{ path: 'caPem', message: 'packages.delivery.validation.certificate' }]);
    }
  }
  await writeTx(ctx, async (trx, audit) => {
    const before = { url: await setting(trx, URL_KEY), caPem: await setting(trx, CA_KEY) };
    const after = { url: url || null, caPem: url ? caPem : null };
    if (before.url === after.url && before.caPem === after.caPem) return;
    const now = ctx.now().toISOString();
    for (const [key, value] of [[URL_KEY, after.url], [CA_KEY, after.caPem]] as const) {
      await trx
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value ?? ''), updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value ?? ''), updated_at: now }))
        .execute();
    }
    const fp = (pem: string | null) => (pem ? certificate(pem)?.fingerprint256 ?? null : null);
    await audit({
      action: 'delivery.settings',
      entity: 'settings',
      entityId: 'delivery',
      before: { url: before.url, caFingerprint: fp(before.caPem) },
      after: { url: after.url, caFingerprint: fp(after.caPem) },
    });
  });
  return getDeliverySettings(ctx);
}
