import { VERIFY_CODES, type VerifyCode, type VerifyParams, type VerifyStep } from './codes';

/** The verifier's one failure: a code (one per way to fail), its step, and what it concerns. */
export class VerifyError extends Error {
  readonly step: VerifyStep;
  constructor(
    readonly code: VerifyCode,
    readonly params: VerifyParams = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'VerifyError';
    this.step = VERIFY_CODES[code];
  }
}
