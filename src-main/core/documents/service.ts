import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Ctx } from '../context';
import { todayOf } from '../context';
import type { AttachmentsTable, DB } from '../db/types';
import type { ReadDb } from '../db/read';
import { writeTx } from '../db/write';
import { AppError, invalid } from '../contract/errors';
import { roleCan, type Permission } from '../contract/permissions';
import { uuidv7 } from '../ids';
import { documentChecklist, type ChecklistItem } from './rules';
import {
  CASE_DOC_TYPES,
  LEGAL_DECISIONS,
  LIMITS,
  MEDICAL_DOC_TYPES,
  sniffMime,
  type AttachmentAdd,
  type AttachmentContent,
  type AttachmentDto,
  type AttachmentVoid,
  type ChildPhoto,
  type DocType,
  type FileMime,
  type Owner,
  type OwnerType,
} from './schema';

// Attachments on a record: add (the real type from the bytes, caps, the same file twice refused),
// list, read the bytes, void with a reason; the child's current photo; the missing-documents
// checklist. Every change writes its audit entry in the same transaction. Medical documents exist
// only for the roles with residents.medical: others neither list, read, add nor void them.

type Row = Omit<AttachmentsTable, 'thumbnail'> & { thumbnail: Uint8Array | null; current_photo: number | null };

const canSeeMedical = (ctx: Ctx) => roleCan(ctx.actor.role, 'residents.medical');
/** Decisions and consent documents: added and voided by the roles that handle the case (care.write). */
const isCaseDocument = (t: string) => (CASE_DOC_TYPES as readonly string[]).includes(t);
const handlesCase = (ctx: Ctx) => roleCan(ctx.actor.role, 'care.write');
const isMedical = (t: string) => (MEDICAL_DOC_TYPES as readonly string[]).includes(t);
const dataUrl = (mime: string, bytes: Uint8Array) => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

function toDto(r: Row): AttachmentDto {
  return {
    id: r.id,
    ownerType: r.owner_type,
    ownerId: r.owner_id,
    residentId: r.resident_id,
    docType: r.doc_type as DocType,
    title: r.title,
    documentDate: r.document_date,
    validUntil: r.valid_until,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    thumbnail: r.thumbnail && r.thumbnail_mime ? dataUrl(r.thumbnail_mime, r.thumbnail) : null,
    addedAt: r.added_at,
    addedBy: r.added_by,
    voided: r.voided_at ? { at: r.voided_at, by: r.voided_by ?? '', reason: r.void_reason ?? '' } : null,
    currentPhoto: r.current_photo === 1,
  };
}

/** What the audit log keeps of an attachment: never its bytes. */
function audited(r: Pick<Row, 'owner_type' | 'owner_id' | 'resident_id' | 'doc_type' | 'title' | 'document_date' | 'valid_until' | 'file_name' | 'mime' | 'size' | 'sha256'>) {
  return {
    ownerType: r.owner_type, ownerId: r.owner_id, residentId: r.resident_id, docType: r.doc_type, title: r.title,
    documentDate: r.document_date, validUntil: r.valid_until, fileName: r.file_name, mime: r.mime, size: r.size, sha256: r.sha256,
  };
}

function selectRows(db: ReadDb | Kysely<DB>) {
  return db
    .selectFrom('attachments as a')
    .leftJoin('resident_photos as p', 'p.attachment_id', 'a.id')
    .select([
      'a.id', 'a.owner_type', 'a.owner_id', 'a.resident_id', 'a.staff_id', 'a.doc_type', 'a.title', 'a.document_date', 'a.valid_until',
      'a.file_name', 'a.mime', 'a.size', 'a.sha256', 'a.thumbnail', 'a.thumbnail_mime', 'a.added_at', 'a.added_by', 'a.voided_at',
      'a.voided_by', 'a.void_reason', 'p.current as current_photo',
    ]);
}

function decode(b64: string, field: string): Buffer {
  const bytes = Buffer.from(b64, 'base64');
  // Buffer.from skips what is not base64; a string that does not round-trip was not base64.
  if (bytes.toString('base64').replace(/=+$/, '') !== b64.replace(/=+$/, '')) {
    throw invalid([{ path: field, message: 'documents.errors.unreadable' }]);
  }
  return bytes;
}

/** The record exists, and which child it is about (a staff member's: none). */
async function ownerResident(trx: Kysely<DB> | ReadDb, owner: Owner, residentId: string | null): Promise<string | null> {
  const missing = () => new AppError('not_found', 'documents.errors.ownerNotFound');
  switch (owner.ownerType) {
    case 'resident': {
      const r = await trx.selectFrom('residents').select('id').where('id', '=', owner.ownerId).executeTakeFirst();
      if (!r) throw new AppError('not_found', 'residents.notFound');
      return r.id;
    }
    case 'staff': {
      const s = await trx.selectFrom('staff').select('id').where('id', '=', owner.ownerId).executeTakeFirst();
      if (!s) throw missing();
      return null;
    }
    // An episode's, plan's or review's document is about that record's child, whatever was sent.
    case 'episode': {
      const e = await trx.selectFrom('care_episodes').select('resident_id').where('id', '=', owner.ownerId).executeTakeFirst();
      if (!e) throw missing();
      return e.resident_id;
    }
    case 'plan': {
      const p = await trx.selectFrom('case_plans').select('resident_id').where('id', '=', owner.ownerId).executeTakeFirst();
      if (!p) throw missing();
      return p.resident_id;
    }
    case 'review': {
      const r = await trx
        .selectFrom('case_reviews as r')
        .innerJoin('case_plans as p', 'p.id', 'r.plan_id')
        .select('p.resident_id')
        .where('r.id', '=', owner.ownerId)
        .executeTakeFirst();
      if (!r) throw missing();
      return r.resident_id;
    }
    case 'incident': {
      // An incident involves several children: the document is about one of them, or the whole incident.
      const i = await trx.selectFrom('incidents').select('id').where('id', '=', owner.ownerId).executeTakeFirst();
      if (!i) throw missing();
      if (!residentId) return null;
      const c = await trx.selectFrom('incident_children').select('resident_id').where('incident_id', '=', owner.ownerId).where('resident_id', '=', residentId).executeTakeFirst();
      if (!c) throw invalid([{ path: 'residentId', message: 'documents.errors.notInIncident' }]);
      return c.resident_id;
    }
  }
}

/**
 * Beyond documents.read / documents.write, what the owner's record asks (issue 15 §7): a staff
 * member's documents are the staff file's (staff.write: director, admin); an episode's, plan's
 * or review's, the case's (read with care.read, written with care.write); an incident's, the
 * incident's (daily.write, as incidents themselves).
 */
const OWNER_ACCESS: Record<OwnerType, { read: Permission | null; write: Permission | null }> = {
  resident: { read: null, write: null },
  staff: { read: 'staff.write', write: 'staff.write' },
  episode: { read: 'care.read', write: 'care.write' },
  plan: { read: 'care.read', write: 'care.write' },
  review: { read: 'care.read', write: 'care.write' },
  incident: { read: 'daily.write', write: 'daily.write' },
};
const mayOwner = (ctx: Ctx, ownerType: OwnerType, what: 'read' | 'write') => {
  const p = OWNER_ACCESS[ownerType][what];
  return p === null || roleCan(ctx.actor.role, p);
};

export async function addAttachment(ctx: Ctx, input: AttachmentAdd): Promise<AttachmentDto> {
  if (isMedical(input.docType) && !canSeeMedical(ctx)) throw new AppError('forbidden', 'documents.errors.medicalOnly');
  if (isCaseDocument(input.docType) && !handlesCase(ctx)) throw new AppError('forbidden', 'documents.errors.caseRolesOnly');
  if (!mayOwner(ctx, input.ownerType, 'write')) throw new AppError('forbidden', 'documents.errors.ownerRolesOnly');
  const bytes = decode(input.dataBase64, 'dataBase64');
  if (bytes.length === 0) throw invalid([{ path: 'dataBase64', message: 'documents.errors.empty' }]);
  if (bytes.length > LIMITS.fileBytes) {
    throw invalid([{ path: 'dataBase64', message: 'documents.errors.tooLarge', params: { max: LIMITS.fileBytes / 1024 / 1024 } }]);
  }
  const mime = sniffMime(bytes);
  if (!mime) throw invalid([{ path: 'dataBase64', message: 'documents.errors.wrongType' }]);
  if (input.docType === 'photo' && mime === 'application/pdf') throw invalid([{ path: 'dataBase64', message: 'documents.errors.photoNotImage' }]);
  let thumbnail: Buffer | null = null;
  let thumbnailMime: AttachmentsTable['thumbnail_mime'] = null;
  if (input.thumbnailBase64 && mime !== 'application/pdf') {
    thumbnail = decode(input.thumbnailBase64, 'thumbnailBase64');
    const t = sniffMime(thumbnail);
    if (t !== 'image/png' && t !== 'image/jpeg') throw invalid([{ path: 'thumbnailBase64', message: 'documents.errors.wrongType' }]);
    if (thumbnail.length > LIMITS.thumbnailBytes) throw invalid([{ path: 'thumbnailBase64', message: 'documents.errors.tooLarge', params: { max: 0.25 } }]);
    thumbnailMime = t;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  return writeTx(ctx, async (trx, audit) => {
    const residentId = await ownerResident(trx, input, input.residentId);
    const held = await trx
      .selectFrom('attachments')
      .select([(eb) => eb.fn.countAll<number>().as('files'), (eb) => eb.fn.coalesce(eb.fn.sum<number>('size'), eb.val(0)).as('bytes')])
      .where('owner_type', '=', input.ownerType)
      .where('owner_id', '=', input.ownerId)
      .where('voided_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(held.files) + 1 > LIMITS.recordFiles) {
      throw new AppError('invalid', 'documents.errors.recordFull', { max: LIMITS.recordFiles });
    }
    if (Number(held.bytes) + bytes.length > LIMITS.recordBytes) {
      throw new AppError('invalid', 'documents.errors.recordTooLarge', { max: LIMITS.recordBytes / 1024 / 1024 });
    }
    const same = await trx
      .selectFrom('attachments')
      .select(['id', 'title', 'file_name', 'added_at'])
      .where('owner_type', '=', input.ownerType)
      .where('owner_id', '=', input.ownerId)
      .where('sha256', '=', sha256)
      .where('voided_at', 'is', null)
      .executeTakeFirst();
    if (same) {
      throw new AppError('duplicate', 'documents.errors.duplicate', { added: same.added_at.slice(0, 10).split('-').reverse().join('.'), title: same.title || same.file_name }, undefined, { id: same.id });
    }
    await trx.insertInto('attachment_blobs').values({ sha256, size: bytes.length, bytes }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
    const now = ctx.now().toISOString();
    const row: AttachmentsTable = {
      id: uuidv7(ctx.now().getTime()),
      owner_type: input.ownerType,
      owner_id: input.ownerId,
      resident_id: residentId,
      staff_id: input.ownerType === 'staff' ? input.ownerId : null,
      doc_type: input.docType,
      title: input.title,
      document_date: input.documentDate,
      valid_until: input.validUntil,
      file_name: input.fileName,
      mime: mime as FileMime,
      size: bytes.length,
      sha256,
      thumbnail,
      thumbnail_mime: thumbnailMime,
      added_at: now,
      added_by: ctx.actor.username,
      voided_at: null,
      voided_by: null,
      void_reason: null,
    };
    await trx.insertInto('attachments').values(row).execute();
    await audit({ action: 'attachment.add', entity: 'attachment', entityId: row.id, after: audited(row) });
    let current = false;
    if (input.docType === 'photo' && input.ownerType === 'resident' && residentId) {
      // The newest photo becomes the child's current one; the one before stays in the history.
      await trx.updateTable('resident_photos').set({ current: 0 }).where('resident_id', '=', residentId).where('current', '=', 1).execute();
      await trx.insertInto('resident_photos').values({ id: uuidv7(ctx.now().getTime()), resident_id: residentId, attachment_id: row.id, current: 1, set_at: now, set_by: ctx.actor.username }).execute();
      await audit({ action: 'photo.set', entity: 'resident', entityId: residentId, after: { photo: row.id } });
      current = true;
    }
    return toDto({ ...row, current_photo: current ? 1 : null });
  });
}

export async function listAttachments(ctx: Ctx, owner: Owner): Promise<AttachmentDto[]> {
  if (!mayOwner(ctx, owner.ownerType, 'read')) throw new AppError('forbidden', 'documents.errors.ownerRolesOnly');
  let q = selectRows(ctx.db).where('a.owner_type', '=', owner.ownerType).where('a.owner_id', '=', owner.ownerId);
  if (!canSeeMedical(ctx)) q = q.where('a.doc_type', 'not in', MEDICAL_DOC_TYPES as DocType[]);
  const rows = await q.orderBy('a.added_at', 'desc').orderBy(sql`a.rowid`, 'desc').execute();
  return rows.map(toDto);
}

async function visibleRow(ctx: Ctx, db: ReadDb | Kysely<DB>, id: string): Promise<Row> {
  const r = await selectRows(db).where('a.id', '=', id).executeTakeFirst();
  // A medical document does not exist for a role that may not see it.
  if (!r || (isMedical(r.doc_type) && !canSeeMedical(ctx)) || !mayOwner(ctx, r.owner_type, 'read')) throw new AppError('not_found', 'documents.errors.notFound');
  return r;
}

export async function attachmentContent(ctx: Ctx, id: string): Promise<AttachmentContent> {
  const r = await visibleRow(ctx, ctx.db, id);
  const blob = await ctx.db.selectFrom('attachment_blobs').select('bytes').where('sha256', '=', r.sha256).executeTakeFirstOrThrow();
  return { id: r.id, mime: r.mime, fileName: r.file_name, dataBase64: Buffer.from(blob.bytes).toString('base64') };
}

export async function voidAttachment(ctx: Ctx, input: AttachmentVoid): Promise<AttachmentDto> {
  return writeTx(ctx, async (trx, audit) => {
    const r = await visibleRow(ctx, trx, input.id);
    if (r.voided_at) throw new AppError('conflict', 'documents.errors.alreadyVoided');
    if (isCaseDocument(r.doc_type) && !handlesCase(ctx)) throw new AppError('forbidden', 'documents.errors.caseRolesOnly');
    if (!mayOwner(ctx, r.owner_type, 'write')) throw new AppError('forbidden', 'documents.errors.ownerRolesOnly');
    if ((LEGAL_DECISIONS as readonly string[]).includes(r.doc_type) && ctx.actor.role !== 'director') {
      throw new AppError('forbidden', 'documents.errors.decisionDirectorOnly');
    }
    const now = ctx.now().toISOString();
    await trx.updateTable('attachments').set({ voided_at: now, voided_by: ctx.actor.username, void_reason: input.reason }).where('id', '=', r.id).execute();
    await audit({
      action: 'attachment.void', entity: 'attachment', entityId: r.id,
      before: { ...audited(r), voided: false }, after: { ...audited(r), voided: true, reason: input.reason },
    });
    if (r.current_photo === 1 && r.resident_id) {
      // The photo before it (the newest not voided) becomes current again, if there is one.
      await trx.updateTable('resident_photos').set({ current: 0 }).where('attachment_id', '=', r.id).execute();
      const previous = await trx
        .selectFrom('resident_photos as p')
        .innerJoin('attachments as a', 'a.id', 'p.attachment_id')
        .select('p.id')
        .where('p.resident_id', '=', r.resident_id)
        .where('a.voided_at', 'is', null)
        .orderBy('p.set_at', 'desc')
        .orderBy(sql`p.rowid`, 'desc')
        .executeTakeFirst();
      if (previous) await trx.updateTable('resident_photos').set({ current: 1 }).where('id', '=', previous.id).execute();
      await audit({ action: 'photo.set', entity: 'resident', entityId: r.resident_id, before: { photo: r.id }, after: { photo: previous ? previous.id : null } });
    }
    return toDto({ ...r, voided_at: now, voided_by: ctx.actor.username, void_reason: input.reason, current_photo: r.current_photo ? 0 : r.current_photo });
  });
}

/** The child's current photo (its thumbnail), for every role that reads the register. */
export async function childPhoto(ctx: Ctx, residentId: string): Promise<ChildPhoto | null> {
  const r = await ctx.db
    .selectFrom('resident_photos as p')
    .innerJoin('attachments as a', 'a.id', 'p.attachment_id')
    .select(['a.id', 'a.thumbnail', 'a.thumbnail_mime'])
    .where('p.resident_id', '=', residentId)
    .where('p.current', '=', 1)
    .where('a.voided_at', 'is', null)
    .executeTakeFirst();
  if (!r || !r.thumbnail || !r.thumbnail_mime) return null;
  return { attachmentId: r.id, thumbnail: dataUrl(r.thumbnail_mime, r.thumbnail) };
}

/** Present documents of a child (all owners that name the child), for the checklist and the signals. */
export async function presentDocuments(db: ReadDb, residentIds?: readonly string[]) {
  let q = db
    .selectFrom('attachments')
    .select(['resident_id', 'doc_type', 'valid_until', 'voided_at'])
    .where('resident_id', 'is not', null)
    .where('voided_at', 'is', null);
  if (residentIds) q = q.where('resident_id', 'in', residentIds.length ? residentIds : ['']);
  const rows = await q.execute();
  return rows.map((r) => ({ residentId: r.resident_id as string, docType: r.doc_type, validUntil: r.valid_until, voided: r.voided_at !== null }));
}

export async function missingDocuments(ctx: Ctx, residentId: string): Promise<ChecklistItem[]> {
  const child = await ctx.db.selectFrom('residents').select(['status', 'fin']).where('id', '=', residentId).executeTakeFirst();
  if (!child) throw new AppError('not_found', 'residents.notFound');
  return documentChecklist(child, await presentDocuments(ctx.db, [residentId]), todayOf(ctx));
}

/** Children in care (not discharged) whose file lacks a required document today: the signal and the children list's filter. */
export async function childrenMissingDocuments(db: ReadDb, today: string): Promise<string[]> {
  const children = await db.selectFrom('residents').select(['id', 'status', 'fin']).where('status', '<>', 'discharged').execute();
  const byChild = new Map<string, Awaited<ReturnType<typeof presentDocuments>>>();
  for (const d of await presentDocuments(db)) {
    const list = byChild.get(d.residentId);
    if (list) list.push(d);
    else byChild.set(d.residentId, [d]);
  }
  return children.filter((c) => documentChecklist(c, byChild.get(c.id) ?? [], today).some((i) => !i.present)).map((c) => c.id);
}
