import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../../src-main/core/context';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { importReceiptKey } from '../../../src-main/core/packages/delivery/receipts';
import { openSigner, trustFileText } from '../../../src-main/core/packages/keys-service';
import { signerOf, signingKeyFromSeed, type Signer } from '../../../src-main/core/packages/crypto/keys';
import { receiptKeyFileText } from '../../../src-main/core/packages/format/receipt';
import { parseTrustFile, type Trust } from '../../../src-main/core/packages/format/trust';
import { tempDir, testCtx } from '../../helpers/db';
import { addCleanChildren, readyInstitution, store } from './db-fixture';

// The two sides of a delivery on one machine: an institution (a real database, a key, children,
// the ministry's recipient and receipt key) and the ministry (its age identity, the trust file
// with the institution's key, its receipt-signing key).

export type TestCtx = Ctx & { file: string; conn: { sqlite: import('better-sqlite3').Database } };

export interface Sides {
  ctx: TestCtx;
  identity: string;
  trust: Trust;
  receiptSigner: Signer;
  outDir: string;
}

export async function bothSides(): Promise<Sides> {
  const ctx = (await testCtx()) as TestCtx;
  const { ministry } = await readyInstitution(ctx);
  await addCleanChildren(ctx);
  const receiptSigner = signerOf(signingKeyFromSeed(Buffer.alloc(32, 7)));
  await importReceiptKey(ctx, receiptKeyFileText(receiptSigner.publicKey));
  const trust = parseTrustFile(await trustFileText(ctx)).trust;
  return { ctx, identity: ministry.identity, trust, receiptSigner, outDir: tempDir() };
}

export async function exported(ctx: Ctx, period: string, outDir = tempDir()) {
  return exportPackage(ctx, { period, outDir, signer: await openSigner(ctx, store()) });
}

/** A self-signed certificate for 127.0.0.1, made with the openssl command. */
export function selfSignedCert(): { key: string; cert: string } {
  const dir = tempDir();
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=Ministry intake test', '-addext', 'subjectAltName=IP:127.0.0.1',
  ], { stdio: 'ignore' });
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

export const count = (ctx: TestCtx, table: string) => ctx.conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
