import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Ctx } from '../context';
import type { AttachmentsTable, ConsentsTable, DB, ResidentsTable } from '../db/types';
import { appendAuditMany, type AuditInput } from '../audit/audit';
import { dayOf, dayStartMs, isoOf } from '../demo/dates';
import { seededUuidv7, type Prng } from '../demo/prng';
import { ASSENT_AGE, type DocType } from './schema';
import { pdfOfObjects } from './pdf-bytes';

// The demo institution's documents, reproducible from the seed (a stream of their own): most
// children's admission papers on file (so the missing-documents signal names some, not all), a
// few medical reports expiring within 30 days, photos consents (some withdrawn) and consents to
// share with the school. Each scan is a one-page PDF naming its type; the same type's scan is one
// blob (content-addressed), so the demo database stays small.

export interface DemoDocumentsSummary {
  attachments: number;
  consents: number;
  auditEntries: number;
}

function scan(title: string): Buffer {
  const text = `BT /F1 18 Tf 40 400 Td (${title}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return pdfOfObjects(objs);
}

const TITLES: Partial<Record<DocType, string>> = {
  admission_decision: 'Komissiyanin qerari', birth_certificate: 'Dogum haqqinda sehadetname', identity_card: 'Sexsiyyet vesiqesi',
  medical: 'Tibbi arayis', consent: 'Razilig formasi',
};

export async function writeDemoDocuments(trx: Kysely<DB>, ctx: Ctx, rng: Prng, children: ResidentsTable[], today: string): Promise<DemoDocumentsSummary> {
  const blobs = new Map<string, Buffer>();
  const attachments: AttachmentsTable[] = [];
  const consents: ConsentsTable[] = [];
  const audit: AuditInput[] = [];
  const todayDay = dayOf(today);
  for (const c of children) {
    if (c.status === 'discharged') continue;
    const added = Math.min(todayDay, dayOf(c.admission_date) + rng.int(0, 20));
    const at = new Date(dayStartMs(added) + 10 * 3_600_000).toISOString();
    const add = (docType: DocType, validUntil: string | null = null) => {
      const bytes = scan(TITLES[docType] ?? docType);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      blobs.set(sha256, bytes);
      const row: AttachmentsTable = {
        id: seededUuidv7(dayStartMs(added), rng), owner_type: 'resident', owner_id: c.id, resident_id: c.id, staff_id: null, doc_type: docType,
        title: TITLES[docType] ?? '', document_date: isoOf(added), valid_until: validUntil, file_name: `${docType}.pdf`, mime: 'application/pdf',
        size: bytes.length, sha256, thumbnail: null, thumbnail_mime: null, added_at: at, added_by: 'demo', voided_at: null, voided_by: null, void_reason: null,
      };
      attachments.push(row);
      audit.push({ action: 'attachment.add', entity: 'attachment', entityId: row.id, after: { ownerType: 'resident', ownerId: c.id, docType, sha256, size: bytes.length } });
      return row;
    };
    if (rng.chance(0.85)) add('admission_decision');
    if (rng.chance(0.9)) add('birth_certificate');
    if (c.fin && rng.chance(0.8)) add('identity_card');
    if (rng.chance(0.85)) add('medical', rng.chance(0.1) ? isoOf(todayDay + rng.int(1, 30)) : null);
    const consent = (purpose: string, detail: string, withdrawn: boolean) => {
      const given = isoOf(added);
      const row: ConsentsTable = {
        id: seededUuidv7(dayStartMs(added), rng), resident_id: c.id, given_by_name: 'Qəyyumluq və himayə orqanı', given_by_role: 'guardianship_authority',
        purpose, purpose_detail: detail, shared_with: detail ? 'Sinif rəhbəri, məktəb psixoloqu' : '', withheld_from: '',
        child_assent: dayOf(given) - dayOf(c.date_of_birth) >= ASSENT_AGE * 365.25 ? 'given' : 'not_asked_too_young', given_on: given,
        withdrawn_on: withdrawn ? isoOf(Math.min(todayDay, added + rng.int(30, 300))) : null, withdrawn_by: withdrawn ? 'demo' : null,
        withdraw_reason: withdrawn ? 'Valideyn razılığı geri götürdü' : null, attachment_id: null, recorded_at: at, recorded_by: 'demo',
      };
      consents.push(row);
      audit.push({ action: 'consent.record', entity: 'resident', entityId: c.id, after: { purpose, purposeDetail: detail, givenOn: given } });
    };
    if (rng.chance(0.6)) consent('photos', '', rng.chance(0.1));
    if (rng.chance(0.3)) consent('sharing', 'Ümumtəhsil məktəbi', false);
  }
  for (const [sha256, bytes] of blobs) await trx.insertInto('attachment_blobs').values({ sha256, size: bytes.length, bytes }).execute();
  for (let i = 0; i < attachments.length; i += 500) await trx.insertInto('attachments').values(attachments.slice(i, i + 500)).execute();
  for (let i = 0; i < consents.length; i += 500) await trx.insertInto('consents').values(consents.slice(i, i + 500)).execute();
  await appendAuditMany(trx, ctx, audit);
  return { attachments: attachments.length, consents: consents.length, auditEntries: audit.length };
}
