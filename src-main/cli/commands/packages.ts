import { writeFileSync } from 'node:fs';
import type { Command } from '../main';
import { AppError } from '../../core/contract/errors';
import { exportPackage } from '../../core/packages/export/exporter';
import { importRecipient, initSigningKey, openSigner, rotateSigningKey, trustFileText } from '../../core/packages/keys-service';
import { passphraseKeyStore } from '../../core/packages/crypto/keystore';
import type { ExportPrerequisite, PrecheckProblem } from '../../core/packages/schema';
import { withDb } from '../db';
import { cliText as t, need, oneFile, readText, str, UsageError } from '../command';
import { formatCallError } from '../io';
import { keyFor } from '../../core/i18n/keys';
import { PREREQUISITE_LABEL, PROBLEM_LABEL } from '../../core/packages/i18n/labels';

// The institution's packages commands, for scripts: its signing key, the ministry's recipient,
// export. The ministry's own commands (verify, inspect, its keys) are in src-main/ministry/.
// Exit codes: 0 done, 1 refused or failed (the reason on stderr), 2 bad arguments.

/** A passphrase file's content (by default --passphrase-file), without its final line break. */
function passphrase(values: Record<string, unknown>, option = 'passphrase-file'): string {
  return readText(need(values, option)).replace(/\r?\n$/, '');
}

export const keysInit: Command = {
  words: ['keys', 'init'],
  usage: 'keys init --db FILE --passphrase-file P   (makes the institution’s signing key; prints its key id)',
  options: { db: { type: 'string' }, 'passphrase-file': { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const store = passphraseKeyStore(passphrase(values));
    return withDb(str(values.db), async (ctx) => {
      const key = await initSigningKey(ctx, store);
      process.stdout.write(`${key.keyId}\n`);
      process.stderr.write(`${t('packages.cli.keyCreated', { keyId: key.keyId })}\n${t('packages.cli.fingerprint', { fingerprint: key.fingerprint })}\n`);
      return 0;
    });
  },
};

export const keysRotate: Command = {
  words: ['keys', 'rotate'],
  usage: 'keys rotate --db FILE --passphrase-file OLD --new-passphrase-file NEW   (a new signing key, the old one retired; prints the new key id)',
  options: { db: { type: 'string' }, 'passphrase-file': { type: 'string' }, 'new-passphrase-file': { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const current = passphraseKeyStore(passphrase(values));
    const next = passphraseKeyStore(passphrase(values, 'new-passphrase-file'));
    return withDb(str(values.db), async (ctx) => {
      const key = await rotateSigningKey(ctx, current, next);
      process.stdout.write(`${key.keyId}\n`);
      process.stderr.write(`${t('packages.cli.keyCreated', { keyId: key.keyId })}\n${t('packages.cli.fingerprint', { fingerprint: key.fingerprint })}\n`);
      return 0;
    });
  },
};

export const keysExport: Command = {
  words: ['keys', 'export'],
  usage: 'keys export --db FILE --out TRUST.json   (this institution’s entries of the trust file, for the ministry)',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const out = need(values, 'out');
    return withDb(str(values.db), async (ctx) => {
      writeFileSync(out, await trustFileText(ctx));
      process.stdout.write(`${t('packages.cli.trustWritten', { file: out })}\n`);
      return 0;
    });
  },
};

export const ministryImport: Command = {
  words: ['ministry', 'import'],
  usage: 'ministry import --db FILE RECIPIENT_FILE   (sets the ministry’s age recipient)',
  options: { db: { type: 'string' } },
  async run(values, positionals) {
    const text = readText(oneFile(positionals, 'PACKAGE'));
    return withDb(str(values.db), async (ctx) => {
      const r = await importRecipient(ctx, text);
      process.stdout.write(`${t('packages.cli.recipientSet', { fingerprint: r.fingerprint })}\n`);
      return 0;
    });
  },
};

function problemLines(e: AppError): string[] {
  const d = e.details as { problems?: PrecheckProblem[]; missing?: ExportPrerequisite[] } | undefined;
  const lines: string[] = [];
  for (const m of d?.missing ?? []) lines.push(`  - ${t(PREREQUISITE_LABEL[m])}`);
  for (const p of d?.problems ?? []) {
    const where = p.entityId ? ` (${p.entity} ${p.entityId})` : '';
    lines.push(`  ${p.code}: ${p.label}${where}: ${t(keyFor(PROBLEM_LABEL, p.code) ?? p.code)}`);
  }
  return lines;
}

export const packagesExport: Command = {
  words: ['export'],
  usage: 'export --db FILE --period 2026-Q3 --out DIR --passphrase-file P [--accept-problems REASON]   (writes the package; prints its path)',
  options: {
    db: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'accept-problems': { type: 'string' },
  },
  async run(values, positionals) {
    if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    const period = need(values, 'period');
    const out = need(values, 'out');
    const store = passphraseKeyStore(passphrase(values));
    return withDb(str(values.db), async (ctx) => {
      try {
        const signer = await openSigner(ctx, store);
        const r = await exportPackage(ctx, { period, outDir: out, signer, acceptProblems: str(values['accept-problems']) });
        process.stdout.write(`${r.path}\n`);
        return 0;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        process.stderr.write(`${[formatCallError(e.toCallError()), ...problemLines(e)].join('\n')}\n`);
        if (e.messageKey === 'packages.errors.problemsFound') process.stderr.write('(--accept-problems REASON to go on)\n');
        return 1;
      }
    });
  },
};
