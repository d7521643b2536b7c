import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../main';
import { AppError } from '../../core/contract/errors';
import { translate } from '../../core/i18n/index';
import { generateAgeIdentity, readKeyFile } from '../../core/packages/crypto/age';
import { exportPackage } from '../../core/packages/export/exporter';
import { importRecipient, initSigningKey, openSigner, rotateSigningKey, trustFileText } from '../../core/packages/keys-service';
import { passphraseKeyStore } from '../../core/packages/crypto/keystore';
import type { ExportPrerequisite, PrecheckProblem } from '../../core/packages/schema';
import { parseTrustFile, TrustError } from '../../core/packages/format/trust';
import { unpackVerified, UnpackError } from '../../core/packages/verify/unpack';
import { verifyPackageFile, type VerifyResult } from '../../core/packages/verify/verifier';
import { advanceState, readStateFile, StateError, writeStateFile, type VerifierState } from '../../core/packages/verify/state';
import { padSequence } from '../../core/packages/format/names';
import { withDb } from '../db';
import { writeKeyFiles } from '../key-files';
import { CliFailure, cliLocale, formatCallError, UsageError } from '../io';

// The packages commands, for scripts and for the ministry: keys, the ministry's age keys, export,
// verify and inspect. Exit codes: 0 done, 1 refused or failed (the reason on stderr), 2 bad arguments.

const t = (key: string, params?: Record<string, string | number>) => translate(cliLocale(), key, params);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function need(values: Record<string, unknown>, name: string): string {
  const v = str(values[name]);
  if (!v) throw new UsageError(`--${name} is required`);
  return v;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliFailure(`cannot read ${path}`);
  }
}

/** A passphrase file's content (by default --passphrase-file), without its final line break. */
function passphrase(values: Record<string, unknown>, option = 'passphrase-file'): string {
  return readText(need(values, option)).replace(/\r?\n$/, '');
}

function identityFrom(values: Record<string, unknown>): string {
  const identity = readKeyFile(readText(need(values, 'identity')), 'identity');
  if (!identity) throw new CliFailure(t('packages.errors.badIdentity'));
  return identity;
}

function trustFrom(values: Record<string, unknown>) {
  try {
    return parseTrustFile(readText(need(values, 'trust'))).trust;
  } catch (e) {
    if (e instanceof TrustError) throw new CliFailure(t('packages.errors.badTrust', { reason: e.reason }));
    throw e;
  }
}

function onePackage(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError('one PACKAGE file is required');
  return positionals[0]!;
}

function failureLines(r: Extract<VerifyResult, { ok: false }>): string {
  return `${r.error.code}: ${t(`packages.verify.${r.error.code}`, r.error.params)}`;
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

export const ministryImport: Command = {
  words: ['ministry', 'import'],
  usage: 'ministry import --db FILE RECIPIENT_FILE   (sets the ministry’s age recipient)',
  options: { db: { type: 'string' } },
  async run(values, positionals) {
    const text = readText(onePackage(positionals));
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
  for (const m of d?.missing ?? []) lines.push(`  - ${t(`packages.prerequisites.${m}`)}`);
  for (const p of d?.problems ?? []) {
    const where = p.entityId ? ` (${p.entity} ${p.entityId})` : '';
    lines.push(`  ${p.code}: ${p.label}${where}: ${t(`packages.problems.${p.code}`)}`);
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

export const packagesVerify: Command = {
  words: ['verify'],
  usage: 'verify PACKAGE --identity identity.txt --trust TRUST.json [--state STATE.json] [--json]   (exit 0 only when every check passes)',
  options: { identity: { type: 'string' }, trust: { type: 'string' }, state: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, positionals) {
    const file = onePackage(positionals);
    const identity = identityFrom(values);
    const trust = trustFrom(values);
    const statePath = str(values.state);
    let state: VerifierState | null = null;
    try {
      state = statePath ? readStateFile(statePath) : null;
    } catch (e) {
      if (e instanceof StateError) throw new CliFailure(t('packages.errors.badState', { reason: e.message }));
      throw e;
    }
    const now = new Date();
    const r = await verifyPackageFile(file, { identity, trust, state, now });
    if (!r.ok) {
      if (values.json) {
        const { code, step, params } = r.error;
        process.stdout.write(`${JSON.stringify({ ok: false, code, step, params, message: t(`packages.verify.${code}`, params) })}\n`);
      }
      process.stderr.write(`${failureLines(r)}\n`);
      return 1;
    }
    const v = r.value;
    if (statePath && state && v.status === 'accepted') writeStateFile(statePath, advanceState(state, v.statement, v.statementSha256, now));
    const params = { bag: v.root, institution: `${v.statement.institution} (${v.institutionName})`, period: v.statement.period.label, sequence: padSequence(v.statement.sequence) };
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({
          ok: true,
          status: v.status,
          institution: v.statement.institution,
          institutionName: v.institutionName,
          period: v.statement.period.label,
          sequence: v.statement.sequence,
          bag: v.root,
          statementSha256: v.statementSha256,
          preparedAt: v.statement.preparedAt,
          chainChecked: v.chainChecked,
          dataQuality: v.statement.dataQuality,
          resources: v.resources,
        })}\n`,
      );
    } else {
      process.stdout.write(`${v.status}: ${t(`packages.status.${v.status}`, params)}\n`);
      if (!v.chainChecked) process.stdout.write(`${t('packages.cli.chainNotChecked')}\n`);
    }
    return 0;
  },
};

export const packagesInspect: Command = {
  words: ['inspect'],
  usage: 'inspect PACKAGE --identity identity.txt --trust TRUST.json --out DIR   (verifies, then unpacks into DIR)',
  options: { identity: { type: 'string' }, trust: { type: 'string' }, out: { type: 'string' } },
  async run(values, positionals) {
    const file = onePackage(positionals);
    const out = need(values, 'out');
    const r = await verifyPackageFile(file, { identity: identityFrom(values), trust: trustFrom(values), now: new Date() });
    if (!r.ok) {
      process.stderr.write(`${failureLines(r)}\n`);
      return 1;
    }
    try {
      const folder = unpackVerified(r.value, out);
      process.stdout.write(`${t('packages.cli.unpacked', { folder })}\n`);
      return 0;
    } catch (e) {
      if (e instanceof UnpackError) throw new CliFailure(t('packages.errors.unpackExists', { path: e.path }));
      throw e;
    }
  },
};
