import { createPrivateKey } from 'node:crypto';
import { translate } from '../core/i18n/index';
import { sha256Hex } from '../core/packages/crypto/digest';
import { PACKAGE_EXTENSION, padSequence } from '../core/packages/format/names';
import { generateSigningKey, keyPairFromPkcs8, signerOf, type Signer } from '../core/packages/crypto/keys';
import { parsePeriod } from '../core/packages/format/period';
import { receiptKeyFileText, signReceipt, type Receipt } from '../core/packages/format/receipt';
import { instantOf } from '../core/packages/format/statement';
import type { Trust } from '../core/packages/format/trust';
import { verifyPackage } from '../core/packages/verify/verifier';
import { advanceState, type VerifierState } from '../core/packages/verify/state';
import { VERIFY_MESSAGE } from '../core/packages/i18n/labels';

// The ministry's side of a delivery: verify a package with the verifier library and answer it with
// a signed receipt. Used by `qaygi ministry receipt` and by the intake server.

/** `<institution>_<period>_<sequence>.qaygi`, read back: what a package claims before it is opened. */
export function parsePackageFileName(name: string): { institution: string; period: string; sequence: number } | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]{0,31})_(\d{4}-(?:Q[1-4]|0[1-9]|1[0-2]))_(\d{4,9})$/.exec(
    name.endsWith(PACKAGE_EXTENSION) ? name.slice(0, -PACKAGE_EXTENSION.length) : '',
  );
  if (!m || !parsePeriod(m[2]!)) return null;
  const sequence = Number(m[3]);
  if (sequence < 1 || padSequence(sequence) !== m[3]) return null;
  return { institution: m[1]!, period: m[2]!, sequence };
}

export interface AnswerOptions {
  identity: string;
  trust: Trust;
  state: VerifierState;
  signer: Signer;
  now: Date;
}

export interface Answer {
  receipt: Receipt;
  /** The receipt file's bytes (the signed envelope). */
  text: Buffer;
  /** The state after the package (the same object when nothing was accepted). */
  state: VerifierState;
}

/**
 * Verifies a package and signs the answer. A package that passes is accepted (and the state
 * advances), one sent again is accepted as "already received"; one that fails is rejected with the
 * verifier's code and its English message. Null when the package cannot even say whose it is (its
 * file name is not a package's and it does not verify): there is nobody to answer.
 */
export async function answerPackage(bytes: Buffer, fileName: string, opts: AnswerOptions): Promise<Answer | null> {
  const r = await verifyPackage(bytes, { identity: opts.identity, trust: opts.trust, state: opts.state, now: opts.now });
  const base = { format: 'qaygi-receipt/1' as const, packageSha256: sha256Hex(bytes), receivedAt: instantOf(opts.now) };
  let receipt: Receipt;
  let state = opts.state;
  if (r.ok) {
    const st = r.value.statement;
    receipt = {
      ...base,
      institution: st.institution,
      period: st.period.label,
      sequence: st.sequence,
      statementSha256: r.value.statementSha256,
      verdict: 'accepted',
      alreadyReceived: r.value.status === 'already_received',
      reason: null,
    };
    if (r.value.status === 'accepted') state = advanceState(opts.state, st, r.value.statementSha256, opts.now);
  } else {
    const claimed = parsePackageFileName(fileName);
    if (!claimed) return null;
    const message = translate('en', VERIFY_MESSAGE[r.error.code], r.error.params);
    receipt = {
      ...base,
      ...claimed,
      statementSha256: null,
      verdict: 'rejected',
      alreadyReceived: false,
      reason: { code: r.error.code, message: message.slice(0, 2000) },
    };
  }
  return { receipt, text: signReceipt(receipt, opts.signer), state };
}

/** A new receipt-signing key: the private key as PKCS#8 PEM, and the public file for institutions. */
export function generateReceiptKey(): { privatePem: string; publicText: string; keyId: string } {
  const pair = generateSigningKey();
  const privatePem = createPrivateKey({ key: pair.pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }).toString();
  return { privatePem, publicText: receiptKeyFileText(pair.publicKey), keyId: pair.keyId };
}

/** The receipt signer from receipt-key.pem; null when the text is not an Ed25519 private key. */
export function receiptSignerFromPem(pem: string): Signer | null {
  try {
    const der = createPrivateKey({ key: pem, format: 'pem' }).export({ format: 'der', type: 'pkcs8' });
    return signerOf(keyPairFromPkcs8(der));
  } catch {
    return null;
  }
}
