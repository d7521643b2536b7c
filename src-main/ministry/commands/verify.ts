import { CliFailure, cliText as t, need, oneFile, str, type Command } from '../../cli/command';
import { padSequence } from '../../core/packages/format/names';
import { unpackVerified, UnpackError } from '../../core/packages/verify/unpack';
import { verifyPackageFile, type VerifyResult } from '../../core/packages/verify/verifier';
import { advanceState, writeStateFile, type VerifierState } from '../../core/packages/verify/state';
import { identityFrom, stateFrom, trustFrom } from './inputs';
import { PACKAGE_STATUS_LABEL, VERIFY_MESSAGE } from '../../core/packages/i18n/labels';

// `qaygi verify` and `qaygi inspect`: the ministry checks a package (scripts read the exit code
// and the --json line), and unpacks one that passed. Exit codes: 0 passed, 1 refused, 2 bad arguments.

function failureLines(r: Extract<VerifyResult, { ok: false }>): string {
  return `${r.error.code}: ${t(VERIFY_MESSAGE[r.error.code], r.error.params)}`;
}

export const packagesVerify: Command = {
  words: ['verify'],
  usage: 'verify PACKAGE --identity identity.txt --trust TRUST.json [--state STATE.json] [--json]   (exit 0 only when every check passes)',
  options: { identity: { type: 'string' }, trust: { type: 'string' }, state: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, positionals) {
    const file = oneFile(positionals, 'PACKAGE');
    const identity = identityFrom(need(values, 'identity'));
    const trust = trustFrom(need(values, 'trust'));
    const statePath = str(values.state);
    const state: VerifierState | null = statePath ? stateFrom(statePath) : null;
    const now = new Date();
    const r = await verifyPackageFile(file, { identity, trust, state, now });
    if (!r.ok) {
      if (values.json) {
        const { code, step, params } = r.error;
        process.stdout.write(`${JSON.stringify({ ok: false, code, step, params, message: t(VERIFY_MESSAGE[code], params) })}\n`);
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
          auditHead: v.statement.auditHead,
          resources: v.resources,
        })}\n`,
      );
    } else {
      process.stdout.write(`${v.status}: ${t(PACKAGE_STATUS_LABEL[v.status], params)}\n`);
      if (!v.chainChecked) process.stdout.write(`${t('packages.cli.chainNotChecked')}\n`);
    }
    return 0;
  },
};

export const packagesInspect: Command = {
  words: ['inspect'],
  usage:
    'inspect PACKAGE --identity identity.txt --trust TRUST.json --out DIR [--state STATE.json]   (verifies, then unpacks into DIR; says the audit head it anchors)',
  options: { identity: { type: 'string' }, trust: { type: 'string' }, out: { type: 'string' }, state: { type: 'string' } },
  async run(values, positionals) {
    const file = oneFile(positionals, 'PACKAGE');
    const out = need(values, 'out');
    const statePath = str(values.state);
    const state: VerifierState | null = statePath ? stateFrom(statePath) : null;
    const r = await verifyPackageFile(file, { identity: identityFrom(need(values, 'identity')), trust: trustFrom(need(values, 'trust')), state, now: new Date() });
    if (!r.ok) {
      process.stderr.write(`${failureLines(r)}\n`);
      return 1;
    }
    try {
      const folder = unpackVerified(r.value, out);
      process.stdout.write(`${t('packages.cli.unpacked', { folder })}\n`);
      const head = r.value.statement.auditHead;
      process.stdout.write(`${head ? t('packages.cli.auditHead', { seq: head.seq, hash: head.hash }) : t('packages.cli.auditHeadNone')}\n`);
      // With the state, the verifier has already refused a head behind the anchored ones.
      const chain = state?.institutions[r.value.statement.institution];
      const anchored = Math.max(0, ...(chain?.accepted ?? []).map((a) => a.auditHead?.seq ?? 0));
      if (anchored > 0) process.stdout.write(`${t('packages.cli.auditAnchored', { anchored })}\n`);
      return 0;
    } catch (e) {
      if (e instanceof UnpackError) throw new CliFailure(t('packages.errors.unpackExists', { path: e.path }));
      throw e;
    }
  },
};
