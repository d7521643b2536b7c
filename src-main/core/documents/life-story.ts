import type { Ctx } from '../context';
import { AppError } from '../contract/errors';
import { childConsentState } from './consents';
import { LIFE_STORY_DOC_TYPES, type DocType, type ImageMime, type LifeStoryDto } from './schema';

// The life-story book (issue 15 §9): what may go into the book that leaves with the child — the
// child's images (photos, certificates, school reports, other keepsakes; JPEG or PNG, not voided),
// in the order they were dated. Photos only while a photos consent is in force (consents.ts): the
// core leaves them out otherwise and says how many, so no screen can print them.

export async function lifeStory(ctx: Ctx, residentId: string): Promise<LifeStoryDto> {
  const child = await ctx.db.selectFrom('residents').select('id').where('id', '=', residentId).executeTakeFirst();
  if (!child) throw new AppError('not_found', 'residents.notFound');
  const photoConsent = await childConsentState(ctx.db, residentId, 'photos');
  const rows = await ctx.db
    .selectFrom('attachments')
    .select(['id', 'doc_type', 'title', 'file_name', 'document_date', 'mime', 'added_at'])
    .where('resident_id', '=', residentId)
    .where('voided_at', 'is', null)
    .where('mime', 'in', ['image/jpeg', 'image/png'])
    .where('doc_type', 'in', LIFE_STORY_DOC_TYPES as DocType[])
    .execute();
  const sorted = rows.sort((a, b) => (a.document_date ?? a.added_at.slice(0, 10)).localeCompare(b.document_date ?? b.added_at.slice(0, 10)) || a.added_at.localeCompare(b.added_at));
  const allowed = sorted.filter((r) => r.doc_type !== 'photo' || photoConsent === 'given');
  return {
    residentId,
    photoConsent,
    photosWithheld: sorted.length - allowed.length,
    items: allowed.map((r) => ({
      id: r.id, docType: r.doc_type as DocType, title: r.title || r.file_name, documentDate: r.document_date, mime: r.mime as ImageMime,
    })),
  };
}
