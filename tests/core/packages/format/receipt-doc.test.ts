import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pae, parseEnvelopeText } from '../../../../src-main/core/packages/format/dsse';
import { signingKeyFromSeed, toBase64 } from '../../../../src-main/core/packages/crypto/keys';
import { checkReceipt, parseReceiptKeyFile, receiptBytes, receiptKeyFileText, signReceipt } from '../../../../src-main/core/packages/format/receipt';
import { exampleReceipts, receiptSigner, RECEIPT_SEED } from '../receipt-example';

// docs/package-format.md §17 against the code, as format-doc.test.ts does for the package: the
// receipt key file, both example payloads, their PAE digests and signatures, and the receipt file
// are recomputed from the fixed key and compared with the document.

const DOC = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/package-format.md'), 'utf8');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const block = (marker: string) => new RegExp(`<!-- ${marker} -->\\n\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(DOC)![1]!;
const statementSha256 = /statement digest: `([0-9a-f]{64})`/.exec(DOC)![1]!;
const examples = exampleReceipts(statementSha256);

describe('docs/package-format.md, §17 receipts', () => {
  it('prints the example receipt key file as the code writes it, from the seed it names', () => {
    expect(RECEIPT_SEED[0]).toBe(0x20);
    expect(block('receipt-key')).toBe(receiptKeyFileText(signingKeyFromSeed(RECEIPT_SEED).publicKey));
    expect(parseReceiptKeyFile(block('receipt-key'))).toMatchObject({ keyId: receiptSigner().keyId });
  });

  for (const verdict of ['accepted', 'rejected'] as const) {
    it(`prints the ${verdict} receipt's payload, PAE digest and signature the code makes`, () => {
      const r = examples[verdict];
      expect(block(`receipt: ${verdict}`)).toBe(`${receiptBytes(r).toString('utf8')}\n`);
      const env = parseEnvelopeText(signReceipt(r, receiptSigner()).toString('utf8'))!;
      expect(new RegExp(`receipt PAE SHA-256 \\(${verdict}\\): \`([0-9a-f]{64})\``).exec(DOC)![1]).toBe(sha(pae(env.payloadType, env.payload)));
      expect(new RegExp(`receipt signature \\(${verdict}, base64\\): \`([^\`]+)\``).exec(DOC)![1]).toBe(toBase64(env.signatures[0]!.sig));
    });
  }

  it('prints the accepted receipt file byte for byte, and it verifies with the printed key', () => {
    const text = block('receipt-file: accepted');
    expect(text).toBe(signReceipt(examples.accepted, receiptSigner()).toString('utf8'));
    const key = parseReceiptKeyFile(block('receipt-key'))!;
    expect(checkReceipt(text, key)).toMatchObject({ ok: true, receipt: examples.accepted });
    // The statement digest is the one of the worked example (§14).
    expect(examples.accepted.statementSha256).toBe(statementSha256);
  });

  it('names every refusal the institution gives', () => {
    for (const key of ['noReceiptKey', 'receiptMalformed', 'receiptSignature', 'receiptOtherInstitution', 'receiptUnknownPackage']) {
      expect(DOC).toContain(key);
    }
  });
});
