import { bech32Encode } from '../../../src-main/core/packages/crypto/bech32';
import { recipientOf } from '../../../src-main/core/packages/crypto/age';
import { buildBag, type BuiltBag } from '../../../src-main/core/packages/format/bag';
import { signerOf, signingKeyFromSeed } from '../../../src-main/core/packages/crypto/keys';
import { parsePeriod } from '../../../src-main/core/packages/format/period';
import { KNOWN_SCHEMAS } from '../../../src-main/core/packages/format/schemas/index';

// The worked example of docs/package-format.md: fixed keys, a fixed clock, tiny data. The data are
// the CSV files exactly as the document prints them (CRLF line ends); the test builds the bag from
// them and checks every file, size and hash the document gives.

/** Ed25519 seed: the bytes 0x00, 0x01, … 0x1f. */
export const EXAMPLE_SEED = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
/** The ministry's age identity for the example: the X25519 secret 0x01 repeated. */
export const EXAMPLE_IDENTITY = bech32Encode('age-secret-key-', Buffer.alloc(32, 1)).toUpperCase();
export const EXAMPLE_RECIPIENT = recipientOf(EXAMPLE_IDENTITY);

export function exampleBag(csv: Record<string, Buffer>): BuiltBag {
  const known = KNOWN_SCHEMAS[1]!;
  return buildBag({
    institution: { code: 'BAK-UE-03', name: 'Bakı şəhəri 3 nömrəli uşaq evi' },
    period: parsePeriod('2026-Q3')!,
    sequence: 1,
    previous: null,
    supersedes: null,
    preparedAt: '2026-10-05T09:00:00Z',
    recipient: EXAMPLE_RECIPIENT,
    software: 'Qaygi 0.1.0',
    schemaVersion: 1,
    resources: known.map((def) => ({ def, csv: csv[def.name]! })),
    dataQuality: { reason: 'Şəhadətnamə arxivdən gözlənilir.', problems: [{ code: 'fin_missing', count: 1 }] },
    auditHead: { seq: 1842, hash: '5d1b0c7e9a2f4e6b8c3d1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d' },
    signer: signerOf(signingKeyFromSeed(EXAMPLE_SEED)),
  });
}
