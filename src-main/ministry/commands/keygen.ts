import { join } from 'node:path';
import { cliText as t, need, needPresent, UsageError, type Command } from '../../cli/command';
import { generateAgeIdentity } from '../../core/packages/crypto/age';
import { writeKeyFiles } from '../key-files';
import { generateReceiptKey } from '../receipts';

// The ministry's two key pairs: the age identity packages are encrypted to, and the key that
// signs its receipts. Each public half goes to the institutions; the secret half never leaves.

export const ministryKeygen: Command = {
  words: ['ministry', 'keygen'],
  usage: 'ministry keygen --out DIR   (writes identity.txt and recipient.txt in age’s own formats)',
  options: { out: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const dir = need(values, 'out');
    const idFile = join(dir, 'identity.txt');
    const recFile = join(dir, 'recipient.txt');
    const { identity, recipient } = generateAgeIdentity();
    // The same layout as age-keygen writes, so the age command reads it too.
    const created = `${new Date().toISOString().slice(0, 19)}Z`;
    writeKeyFiles(dir, [
      { path: idFile, text: `# created: ${created}\n# public key: ${recipient}\n${identity}\n`, secret: true },
      { path: recFile, text: `${recipient}\n`, secret: false },
    ]);
    process.stdout.write(`${t('packages.cli.ministryKeys', { identity: idFile, recipient: recFile })}\n`);
    return 0;
  },
};

export const ministryReceiptKeygen: Command = {
  words: ['ministry', 'receipt-keygen'],
  usage: 'ministry receipt-keygen --out DIR   (writes receipt-key.pem, the ministry’s receipt-signing key, and receipt-public.json for the institutions)',
  options: { out: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const dir = needPresent(values, 'out');
    const keyFile = join(dir, 'receipt-key.pem');
    const pubFile = join(dir, 'receipt-public.json');
    const key = generateReceiptKey();
    writeKeyFiles(dir, [
      { path: keyFile, text: key.privatePem, secret: true },
      { path: pubFile, text: key.publicText, secret: false },
    ]);
    process.stdout.write(`${key.keyId}\n`);
    process.stderr.write(`${t('packages.delivery.cli.receiptKeyWritten', { key: keyFile, public: pubFile, keyId: key.keyId })}\n`);
    return 0;
  },
};
