import type { Kysely } from 'kysely';
import type { Ctx } from '../../context';
import type { DB } from '../../db/types';
import type { Audit } from '../../db/write';
import { writeTx } from '../../db/write';
import { AppError } from '../../contract/errors';
import { toPackageDto } from '../service';
import { fromBase64 } from '../crypto/keys';
import { checkReceipt, parseReceiptKeyFile, type Receipt } from '../format/receipt';
import type { PackageDto } from '../schema';
import { instantOf } from '../format/statement';
import type { ReadDb } from '../../db/read';
import type { MessageKey } from '../../i18n/keys';

// The institution's side of a receipt: the ministry's receipt key, imported like its recipient,
// and the receipts themselves (an upload's answer, or a file brought back by hand). A receipt that
// does not verify, names another institution or a package this one never made changes nothing.

export type ReceiptRefusal = 'no_key' | 'malformed' | 'signature' | 'other_institution' | 'unknown_package';

const REFUSALS: Record<ReceiptRefusal, { code: 'invalid' | 'not_found' | 'conflict'; key: MessageKey }> = {
  no_key: { code: 'not_found', key: 'packages.delivery.errors.noReceiptKey' },
  malformed: { code: 'invalid', key: 'packages.delivery.errors.receiptMalformed' },
  signature: { code: 'invalid', key: 'packages.delivery.errors.receiptSignature' },
  other_institution: { code: 'conflict', key: 'packages.delivery.errors.receiptOtherInstitution' },
  unknown_package: { code: 'not_found', key: 'packages.delivery.errors.receiptUnknownPackage' },
};

/** A refused receipt: its own message key, and `details.receipt` naming the refusal. */
export function receiptRefused(reason: ReceiptRefusal, params?: Record<string, string | number>): AppError {
  const r = REFUSALS[reason];
  return new AppError(r.code, r.key, params, undefined, { receipt: reason });
}

export function receiptKeyRow(db: ReadDb) {
  return db.selectFrom('ministry_receipt_key').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** Sets the ministry's receipt key from the text of receipt-public.json. */
export async function importReceiptKey(ctx: Ctx, text: string): Promise<{ keyId: string; publicKey: string; importedAt: string }> {
  const key = parseReceiptKeyFile(text);
  if (!key) throw new AppError('invalid', 'packages.delivery.errors.badReceiptKey', undefined, [{ path: 'text', message: 'packages.delivery.validation.receiptKey' }]);
  const publicKey = key.publicKey.toString('base64');
  const importedAt = instantOf(ctx.now());
  return writeTx(ctx, async (trx, audit) => {
    const before = await receiptKeyRow(trx);
    if (before?.public_key === publicKey) return { keyId: before.key_id, publicKey, importedAt: before.imported_at };
    await trx
      .insertInto('ministry_receipt_key')
      .values({ id: 1, key_id: key.keyId, public_key: publicKey, imported_at: importedAt })
      .onConflict((oc) => oc.column('id').doUpdateSet({ key_id: key.keyId, public_key: publicKey, imported_at: importedAt }))
      .execute();
    await audit({
      action: 'ministry_receipt_key.import',
      entity: 'ministry_receipt_key',
      entityId: '1',
      before: before ? { keyId: before.key_id } : undefined,
      after: { keyId: key.keyId },
    });
    return { keyId: key.keyId, publicKey, importedAt };
  });
}

/**
 * Verifies a receipt and records it on its package, inside a write transaction: acknowledged or
 * rejected with the ministry's reason. An acknowledged package stays acknowledged (a later answer
 * to the same package, e.g. "already received", changes nothing); the same receipt twice is a no-op.
 * `expect` is the package an upload sent: a receipt about any other is refused.
 */
export async function recordReceipt(
  trx: Kysely<DB>,
  ctx: Ctx,
  audit: Audit,
  text: string,
  expect?: { sequence: number },
): Promise<{ dto: PackageDto; receipt: Receipt }> {
  const keyRow = await receiptKeyRow(trx);
  if (!keyRow) throw receiptRefused('no_key');
  const checked = checkReceipt(text, { keyId: keyRow.key_id, publicKey: fromBase64(keyRow.public_key)! });
  if (!checked.ok) throw receiptRefused(checked.reason);
  const r = checked.receipt;
  const inst = await trx.selectFrom('institution').select('code').where('id', '=', 1).executeTakeFirst();
  if (r.institution !== inst?.code) throw receiptRefused('other_institution', { institution: r.institution });
  const pkg = await trx.selectFrom('packages').selectAll().where('sequence', '=', r.sequence).executeTakeFirst();
  if (!pkg || pkg.sha256 !== r.packageSha256 || pkg.period !== r.period || (expect && expect.sequence !== r.sequence)) {
    throw receiptRefused('unknown_package', { sequence: r.sequence, period: r.period });
  }
  if (r.verdict === 'accepted' && r.statementSha256 !== pkg.statement_sha256) {
    throw receiptRefused('unknown_package', { sequence: r.sequence, period: r.period });
  }
  const envelopeText = text.trim();
  if (pkg.status === 'acknowledged' || pkg.receipt === envelopeText) return { dto: toPackageDto(pkg), receipt: r };
  const status = r.verdict === 'accepted' ? ('acknowledged' as const) : ('rejected' as const);
  const reason = r.reason ? `${r.reason.code}: ${r.reason.message}` : null;
  const at = ctx.now().toISOString();
  await trx
    .updateTable('packages')
    .set({ status, status_reason: reason, status_at: at, receipt: envelopeText, received_at: r.receivedAt })
    .where('sequence', '=', pkg.sequence)
    .execute();
  await trx
    .updateTable('delivery_queue')
    .set({ state: 'sent', next_attempt_at: null, last_error: null, updated_at: at })
    .where('package_sequence', '=', pkg.sequence)
    .execute();
  await audit({
    action: 'package.receipt',
    entity: 'package',
    entityId: pkg.id,
    before: { status: pkg.status },
    after: { status, reason, receivedAt: r.receivedAt, alreadyReceived: r.alreadyReceived },
  });
  const updated = await trx.selectFrom('packages').selectAll().where('sequence', '=', pkg.sequence).executeTakeFirstOrThrow();
  return { dto: toPackageDto(updated), receipt: r };
}

/** Imports a receipt file (brought back by hand, or saved from an upload). */
export async function importReceipt(ctx: Ctx, text: string): Promise<PackageDto> {
  return writeTx(ctx, async (trx, audit) => (await recordReceipt(trx, ctx, audit, text)).dto);
}
