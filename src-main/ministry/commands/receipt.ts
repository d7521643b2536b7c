import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CliFailure, cliText as t, needPresent, oneFile, readText, str, type Command } from '../../cli/command';
import { emptyState, writeStateFile } from '../../core/packages/verify/state';
import { answerPackage, receiptSignerFromPem } from '../receipts';
import { identityFrom, stateFrom, trustFrom } from './inputs';

// `qaygi ministry receipt`: a package brought by hand is verified and answered with a signed
// receipt, as the intake server answers an upload.

export const ministryReceipt: Command = {
  words: ['ministry', 'receipt'],
  usage:
    'ministry receipt PACKAGE --identity identity.txt --trust TRUST.json --key receipt-key.pem --out RECEIPT [--state STATE.json]   (verifies, writes the signed receipt; exit 0 accepted, 1 rejected)',
  options: { identity: { type: 'string' }, trust: { type: 'string' }, key: { type: 'string' }, out: { type: 'string' }, state: { type: 'string' } },
  async run(values, positionals) {
    const file = oneFile(positionals, 'PACKAGE');
    const out = needPresent(values, 'out');
    const identity = identityFrom(needPresent(values, 'identity'));
    const trust = trustFrom(needPresent(values, 'trust'));
    const signer = receiptSignerFromPem(readText(needPresent(values, 'key')));
    if (!signer) throw new CliFailure(t('packages.delivery.errors.badReceiptKey'));
    const statePath = str(values.state);
    const state = statePath ? stateFrom(statePath) : emptyState();
    if (existsSync(out)) throw new CliFailure(t('packages.errors.fileExists', { file: out }));
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new CliFailure(`cannot read ${file}`);
    }
    const answer = await answerPackage(bytes, basename(file), { identity, trust, state, signer, now: new Date() });
    if (!answer) throw new CliFailure(t('packages.delivery.cli.noAnswer'));
    writeFileSync(out, answer.text, { flag: 'wx' });
    if (statePath && answer.state !== state) writeStateFile(statePath, answer.state);
    const r = answer.receipt;
    const verdict = r.verdict === 'rejected' ? `rejected: ${r.reason!.code}` : r.alreadyReceived ? 'already_received' : 'accepted';
    process.stdout.write(`${verdict}\n`);
    process.stderr.write(`${t('packages.delivery.cli.receiptWritten', { file: out, verdict })}\n`);
    return r.verdict === 'accepted' ? 0 : 1;
  },
};
