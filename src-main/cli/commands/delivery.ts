import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from '../main';
import { translate } from '../../core/i18n/index';
import { readKeyFile } from '../../core/packages/crypto/age';
import { deliverNow, listQueue } from '../../core/packages/delivery/queue';
import { setDeliverySettings } from '../../core/packages/delivery/settings';
import { answerPackage, generateReceiptKey, receiptSignerFromPem } from '../../core/packages/receipt-issue';
import { importReceipt, importReceiptKey } from '../../core/packages/delivery/receipts';
import { parseTrustFile, TrustError } from '../../core/packages/format/trust';
import { readStateFile, StateError, writeStateFile, emptyState } from '../../core/packages/verify/state';
import { withDb } from '../db';
import { writeKeyFiles } from '../key-files';
import { CliFailure, cliLocale, printJsonLine, UsageError } from '../io';

// Delivery commands: the ministry's receipt key and receipts, and on the institution's side the
// receipt key, receipts brought back by hand, the ministry's address and the upload queue.

const t = (key: string, params?: Record<string, string | number>) => translate(cliLocale(), key, params);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function need(values: Record<string, unknown>, name: string): string {
  const v = str(values[name]);
  if (v === undefined) throw new UsageError(`--${name} is required`);
  return v;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliFailure(`cannot read ${path}`);
  }
}

function oneFile(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`one ${what} file is required`);
  return positionals[0]!;
}

export const ministryReceiptKeygen: Command = {
  words: ['ministry', 'receipt-keygen'],
  usage: 'ministry receipt-keygen --out DIR   (writes receipt-key.pem, the ministry’s receipt-signing key, and receipt-public.json for the institutions)',
  options: { out: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const dir = need(values, 'out');
    const keyFile = join(dir, 'receipt-key.pem');
    const pubFile = join(dir, 'receipt-public.json');
    const key = generateReceiptKey();
    writeKeyFiles(dir, [
      { path: keyFile, text: key.privatePem, secret: true },
      { path: pubFile, text: key.publicText, secret: false },
    ]);
    process.stdout.write(`${key.keyId}\n`);
    process.stderr.write(`${t('delivery.cli.receiptKeyWritten', { key: keyFile, public: pubFile, keyId: key.keyId })}\n`);
    return 0;
  },
};

export const ministryReceipt: Command = {
  words: ['ministry', 'receipt'],
  usage:
    'ministry receipt PACKAGE --identity identity.txt --trust TRUST.json --key receipt-key.pem --out RECEIPT [--state STATE.json]   (verifies, writes the signed receipt; exit 0 accepted, 1 rejected)',
  options: { identity: { type: 'string' }, trust: { type: 'string' }, key: { type: 'string' }, out: { type: 'string' }, state: { type: 'string' } },
  async run(values, positionals) {
    const file = oneFile(positionals, 'PACKAGE');
    const out = need(values, 'out');
    const identity = readKeyFile(readText(need(values, 'identity')), 'identity');
    if (!identity) throw new CliFailure(t('packages.errors.badIdentity'));
    let trust;
    try {
      trust = parseTrustFile(readText(need(values, 'trust'))).trust;
    } catch (e) {
      if (e instanceof TrustError) throw new CliFailure(t('packages.errors.badTrust', { reason: e.reason }));
      throw e;
    }
    const signer = receiptSignerFromPem(readText(need(values, 'key')));
    if (!signer) throw new CliFailure(t('delivery.errors.badReceiptKey'));
    const statePath = str(values.state);
    let state;
    try {
      state = statePath ? readStateFile(statePath) : emptyState();
    } catch (e) {
      if (e instanceof StateError) throw new CliFailure(t('packages.errors.badState', { reason: e.message }));
      throw e;
    }
    if (existsSync(out)) throw new CliFailure(t('packages.errors.fileExists', { file: out }));
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new CliFailure(`cannot read ${file}`);
    }
    const answer = await answerPackage(bytes, basename(file), { identity, trust, state, signer, now: new Date() });
    if (!answer) throw new CliFailure(t('delivery.cli.noAnswer'));
    writeFileSync(out, answer.text, { flag: 'wx' });
    if (statePath && answer.state !== state) writeStateFile(statePath, answer.state);
    const r = answer.receipt;
    const verdict = r.verdict === 'rejected' ? `rejected: ${r.reason!.code}` : r.alreadyReceived ? 'already_received' : 'accepted';
    process.stdout.write(`${verdict}\n`);
    process.stderr.write(`${t('delivery.cli.receiptWritten', { file: out, verdict })}\n`);
    return r.verdict === 'accepted' ? 0 : 1;
  },
};

export const ministryReceiptKeyImport: Command = {
  words: ['ministry', 'receipt-key'],
  usage: 'ministry receipt-key --db FILE RECEIPT_PUBLIC_FILE   (sets the ministry’s receipt key, from receipt-public.json)',
  options: { db: { type: 'string' } },
  async run(values, positionals) {
    const text = readText(oneFile(positionals, 'RECEIPT_PUBLIC'));
    return withDb(str(values.db), async (ctx) => {
      const k = await importReceiptKey(ctx, text);
      process.stdout.write(`${t('delivery.cli.receiptKeySet', { keyId: k.keyId })}\n`);
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
    const url = need(values, 'url');
    const caPem = url === '' ? '' : readText(need(values, 'ca'));
    return withDb(str(values.db), async (ctx) => {
      const s = await setDeliverySettings(ctx, { url, caPem });
      process.stdout.write(`${s.url ? t('delivery.cli.addressSet', { url: s.url, fingerprint: s.caFingerprint ?? '' }) : t('delivery.cli.addressCleared')}\n`);
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
      process.stdout.write(`${t('delivery.cli.receiptImported', { sequence: p.sequence, status })}\n`);
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
        process.stdout.write(`${t('delivery.cli.delivered', { sequence: o.sequence, result })}\n`);
      }
      return report.outcomes.every((o) => o.result === 'acknowledged') ? 0 : 1;
    });
  },
};
