import { signerOf, signingKeyFromSeed } from '../../../src-main/core/packages/crypto/keys';
import type { Receipt } from '../../../src-main/core/packages/format/receipt';

// The receipt example of docs/package-format.md §17: the ministry's receipt key from a fixed seed,
// answering the worked example's package (§14). The package digest is fixed by hand (the .qaygi
// file of §14 differs from run to run); the statement digest is §14's.

/** Ed25519 seed of the example receipt key: the bytes 0x20, 0x21, … 0x3f. */
export const RECEIPT_SEED = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x20 + i));
export const receiptSigner = () => signerOf(signingKeyFromSeed(RECEIPT_SEED));

export const EXAMPLE_PACKAGE_SHA256 = '9f2c4e1a7b3d5f60819a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70';

export function exampleReceipts(statementSha256: string): { accepted: Receipt; rejected: Receipt } {
  const base = { format: 'qaygi-receipt/1' as const, institution: 'BAK-UE-03', period: '2026-Q3', sequence: 1, packageSha256: EXAMPLE_PACKAGE_SHA256, receivedAt: '2026-10-06T07:30:00Z' };
  return {
    accepted: { ...base, statementSha256, verdict: 'accepted', alreadyReceived: false, reason: null },
    rejected: {
      ...base,
      statementSha256: null,
      verdict: 'rejected',
      alreadyReceived: false,
      reason: { code: 'key_unknown', message: 'The package is signed by a key the trust file does not know (9f86d081884c7d65).' },
    },
  };
}
