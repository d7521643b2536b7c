import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src-main/core/context';
import { dispatch } from '../../../src-main/core/contract/dispatch';
import { DOC_TYPES } from '../../../src-main/core/documents/schema';
import { csvRecords } from '../../../src-main/core/packages/format/csv';
import { exportPackage } from '../../../src-main/core/packages/export/exporter';
import { openSigner, trustFileText } from '../../../src-main/core/packages/keys-service';
import { parseTrustFile } from '../../../src-main/core/packages/format/trust';
import { unpackVerified } from '../../../src-main/core/packages/verify/unpack';
import { verifyPackageFile } from '../../../src-main/core/packages/verify/verifier';
import { KNOWN_SCHEMAS, PACKAGE_SCHEMA_VERSION } from '../../../src-main/core/packages/format/schemas/index';
import { documentStatusTable, V2_DOC_TYPE } from '../../../src-main/core/packages/format/schemas/document-status';
import { tempDir, testCtx } from '../../helpers/db';
import { tinyPdf, tinyPng } from '../../helpers/documents';
import { addCleanChildren, readyInstitution, store } from '../packages/db-fixture';

// Issue 15 §8: the package lists, per child, which document types are on file and which are
// missing, as document_status.csv under its Table Schema (package schema version 2) — and never
// a file, a title or a file name.

const b64 = (b: Buffer) => b.toString('base64');

function csvObjects(bytes: Buffer): Array<Record<string, string | null>> {
  const [header, ...rows] = [...csvRecords(bytes.toString('utf8'))];
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h as string, r[i] ?? null])));
}

describe('documents in the package', () => {
  it('exports document_status.csv: required types with their status, other types on file; verified and read back; no file leaves', async () => {
    const ctx = (await testCtx({ now: '2026-10-05T10:00:00Z' })) as Ctx & { conn: { sqlite: import('better-sqlite3').Database } };
    const { ministry } = await readyInstitution(ctx);
    const [withFin, second, third] = await addCleanChildren(ctx);
    // The documents were added during the quarter (a document added after its last day does not count).
    const inQ3 = { ...ctx, now: () => new Date('2026-09-15T10:00:00Z') };
    const add = async (residentId: string, docType: string, over: Record<string, unknown> = {}) => {
      const r = await dispatch(inQ3, 'documents.add', { ownerType: 'resident', ownerId: residentId, docType: docType as never, title: 'Gizli başlıq', fileName: 'gizli-fayl.pdf', dataBase64: b64(tinyPdf(`${docType}${residentId}`)), ...over });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    await add(withFin!.id, 'admission_decision');
    await add(withFin!.id, 'birth_certificate');
    await add(withFin!.id, 'medical', { documentDate: '2026-01-10', validUntil: '2026-09-01' }); // ended before 30.09
    await add(withFin!.id, 'school_report');
    await add(withFin!.id, 'photo', { dataBase64: b64(tinyPng(5, 5)) });
    const voided = await add(second!.id, 'admission_decision');
    await dispatch(inQ3, 'documents.void', { id: voided.id, reason: 'Səhv uşaq' });
    // Added after the quarter: not in its package.
    await dispatch(ctx, 'documents.add', { ownerType: 'resident', ownerId: third!.id, docType: 'birth_certificate', dataBase64: b64(tinyPdf('late')) });

    const out = tempDir();
    const pkg = await exportPackage(ctx, { period: '2026-Q3', outDir: out, signer: await openSigner(ctx, store()) });
    expect(pkg.counts).toMatchObject({ document_status: expect.any(Number) });
    const r = await verifyPackageFile(pkg.path, { identity: ministry.identity, trust: parseTrustFile(await trustFileText(ctx)).trust, now: new Date('2026-10-06T00:00:00Z') });
    if (!r.ok) throw r.error;
    expect(r.value.statement.schemaVersion).toBe(2);
    const folder = unpackVerified(r.value, join(out, 'inspect'));
    const rows = csvObjects(readFileSync(join(folder, 'data', 'document_status.csv')));
    const of = (id: string) => Object.fromEntries(rows.filter((x) => x.resident_id === id).map((x) => [x.doc_type, `${x.stage ?? '-'}/${x.required}/${x.status}`]));
    expect(of(withFin!.id)).toEqual({
      admission_decision: 'admission/true/on_file',
      birth_certificate: 'admission/true/on_file',
      identity_card: 'admission/true/missing',
      medical: 'admission/true/expired',
      photo: '-/false/on_file',
      school_report: '-/false/on_file',
    });
    expect(of(second!.id)).toEqual({
      admission_decision: 'admission/true/missing', birth_certificate: 'admission/true/missing', medical: 'admission/true/missing',
    });
    expect(Object.keys(of(third!.id))).toEqual(['admission_decision', 'birth_certificate', 'medical']);
    // Sorted by the primary key (resident, type): the same data gives the same bytes.
    const keys = rows.map((x) => `${x.resident_id}/${x.doc_type}`);
    expect(keys).toEqual([...keys].sort());
    // Data minimisation: no file, title or file name in the package.
    const all = readdirSync(join(folder, 'data')).map((f) => readFileSync(join(folder, 'data', f), 'latin1')).join('');
    expect(all).not.toContain('gizli-fayl');
    expect(all).not.toContain(Buffer.from('Gizli başlıq').toString('latin1'));
    expect(all).not.toContain('%PDF');
    expect(readdirSync(join(folder, 'data'))).toContain('document_status.csv');
  });

  it('is schema version 2, document_status last; its code list covers the app’s types; the format document gives it exactly', () => {
    expect(PACKAGE_SCHEMA_VERSION).toBe(2);
    expect(KNOWN_SCHEMAS[2]!.at(-1)).toEqual(documentStatusTable);
    expect(V2_DOC_TYPE).toEqual(expect.arrayContaining([...DOC_TYPES]));
    const doc = readFileSync(join(__dirname, '../../../docs/package-format.md'), 'utf8');
    const block = /<!-- resource v2: document_status -->\n```json\n([\s\S]*?)```/.exec(doc);
    expect(block).not.toBeNull();
    const { name, description, schema } = documentStatusTable;
    expect(JSON.parse(block![1]!)).toEqual(JSON.parse(JSON.stringify({ name, description, schema })));
  });
});
