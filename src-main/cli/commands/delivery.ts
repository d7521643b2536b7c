import type { Command } from '../main';
import { deliverNow, listQueue } from '../../core/packages/delivery/queue';
import { setDeliverySettings } from '../../core/packages/delivery/settings';
import { importReceipt, importReceiptKey } from '../../core/packages/delivery/receipts';
import { withDb } from '../db';
import { cliText as t, needPresent, oneFile, readText, str, UsageError } from '../command';
import { printJsonLine } from '../io';

// The institution's delivery commands: the ministry's receipt key, receipts brought back by hand,
// the ministry's address and the upload queue. (The ministry's receipts: src-main/ministry/.)

export const ministryReceiptKeyImport: Command = {
  words: ['ministry', 'receipt-key'],
  usage: 'ministry receipt-key --db FILE RECEIPT_PUBLIC_FILE   (sets the ministry’s receipt key, from receipt-public.json)',
  options: { db: { type: 'string' } },
  async run(values, positionals) {
    const text = readText(oneFile(positionals, 'RECEIPT_PUBLIC'));
    return withDb(str(values.db), async (ctx) => {
      const k = await importReceiptKey(ctx, text);
      process.stdout.write(`${t('packages.delivery.cli.receiptKeySet', { keyId: k.keyId })}\n`);
      return 0;
    });
  },
};

export const ministryAddress: Command = {
  words: ['ministry', 'address'],
  usage: 'ministry address --db FILE --url https://… --ca CA.pem   (the ministry’s intake address and its pinned certificate; --url "" clears it)',
  options: { db: { type: 'string' }, url: { type: 'string' }, ca: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const url = needPresent(values, 'url');
    const caPem = url === '' ? '' : readText(needPresent(values, 'ca'));
    return withDb(str(values.db), async (ctx) => {
      const s = await setDeliverySettings(ctx, { url, caPem });
      process.stdout.write(`${s.url ? t('packages.delivery.cli.addressSet', { url: s.url, fingerprint: s.caFingerprint ?? '' }) : t('packages.delivery.cli.addressCleared')}\n`);
      return 0;
    });
  },
};

export const packagesReceiptImport: Command = {
  words: ['packages', 'receipt', 'import'],
  usage: 'packages receipt import --db FILE RECEIPT   (verifies the ministry’s receipt; marks the package acknowledged or rejected)',
  options: { db: { type: 'string' } },
  async run(values, positionals) {
    const text = readText(oneFile(positionals, 'RECEIPT'));
    return withDb(str(values.db), async (ctx) => {
      const p = await importReceipt(ctx, text);
      const status = p.statusReason ? `${p.status} (${p.statusReason})` : p.status;
      process.stdout.write(`${t('packages.delivery.cli.receiptImported', { sequence: p.sequence, status })}\n`);
      return 0;
    });
  },
};

export const packagesQueue: Command = {
  words: ['packages', 'queue'],
  usage: 'packages queue --db FILE   (the upload queue, one JSON line per package)',
  options: { db: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    return withDb(str(values.db), async (ctx) => {
      for (const item of await listQueue(ctx)) printJsonLine(item);
      return 0;
    });
  },
};

export const packagesDeliver: Command = {
  words: ['packages', 'deliver'],
  usage: 'packages deliver --db FILE [--sequence N]   (uploads the packages due now, or package N at once; exit 1 when one is not acknowledged)',
  options: { db: { type: 'string' }, sequence: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const seq = str(values.sequence);
    if (seq !== undefined && !/^[1-9]\d{0,8}$/.test(seq)) throw new UsageError('--sequence must be a package number');
    return withDb(str(values.db), async (ctx) => {
      const report = await deliverNow(ctx, { sequence: seq === undefined ? undefined : Number(seq) });
      for (const o of report.outcomes) {
        const result = o.error ? `${o.result} (${o.error.kind}: ${o.error.detail})` : o.alreadyReceived ? `${o.result}, already_received` : o.result;
        process.stdout.write(`${t('packages.delivery.cli.delivered', { sequence: o.sequence, result })}\n`);
      }
      return report.outcomes.every((o) => o.result === 'acknowledged') ? 0 : 1;
    });
  },
};
