import type { HandlersOf } from '../contract/handler';
import type { documentsCalls } from './calls';
import { lifeStory } from './life-story';
import { listConsents, recordConsent, withdrawConsent } from './consents';
import { addAttachment, attachmentContent, childPhoto, listAttachments, missingDocuments, voidAttachment } from './service';

export const documentsHandlers: HandlersOf<typeof documentsCalls> = {
  'documents.list': (ctx, i) => listAttachments(ctx, i),
  'documents.add': (ctx, i) => addAttachment(ctx, i),
  'documents.content': (ctx, i) => attachmentContent(ctx, i.id),
  'documents.void': (ctx, i) => voidAttachment(ctx, i),
  'documents.missing': (ctx, i) => missingDocuments(ctx, i.residentId),
  'documents.photo': async (ctx, i) => ({ photo: await childPhoto(ctx, i.residentId) }),
  'documents.consents': (ctx, i) => listConsents(ctx, i.residentId),
  'documents.consentRecord': (ctx, i) => recordConsent(ctx, i),
  'documents.consentWithdraw': (ctx, i) => withdrawConsent(ctx, i),
  'documents.lifeStory': (ctx, i) => lifeStory(ctx, i.residentId),
};
