import type { HandlersOf } from '../contract/handler';
import type { documentsCalls } from './calls';
import { addAttachment, attachmentContent, childPhoto, listAttachments, missingDocuments, voidAttachment } from './service';

export const documentsHandlers: HandlersOf<typeof documentsCalls> = {
  'documents.list': (ctx, i) => listAttachments(ctx, i),
  'documents.add': (ctx, i) => addAttachment(ctx, i),
  'documents.content': (ctx, i) => attachmentContent(ctx, i.id),
  'documents.void': (ctx, i) => voidAttachment(ctx, i),
  'documents.missing': (ctx, i) => missingDocuments(ctx, i.residentId),
  'documents.photo': async (ctx, i) => ({ photo: await childPhoto(ctx, i.residentId) }),
};
