import { call, type CallFragment } from '../contract/define';
import {
  AttachmentAddInput, AttachmentIdInput, AttachmentVoidInput, ConsentRecordInput, ConsentWithdrawInput, OwnerInput, ResidentIdInput,
  type AttachmentContent, type AttachmentDto, type ChildPhoto, type ConsentDto, type LifeStoryDto,
} from './schema';
import type { ChecklistItem } from './rules';

// The documents domain's calls. Medical documents are further limited to residents.medical in the
// service; voiding a legal decision to the director.
export const documentsCalls = {
  'documents.list': call<AttachmentDto[]>()(OwnerInput, 'documents.read'),
  'documents.add': call<AttachmentDto>()(AttachmentAddInput, 'documents.write'),
  /** The file's bytes (base64), to view it inside the app or save a copy. */
  'documents.content': call<AttachmentContent>()(AttachmentIdInput, 'documents.read'),
  'documents.void': call<AttachmentDto>()(AttachmentVoidInput, 'documents.write'),
  /** The child's checklist by stage: which required documents are on file and which are missing. */
  'documents.missing': call<ChecklistItem[]>()(ResidentIdInput, 'documents.read'),
  /** The child's current photo (thumbnail), for everyone who reads the register. */
  'documents.photo': call<{ photo: ChildPhoto | null }>()(ResidentIdInput, 'residents.read'),
  /** The child's consents (in force, withdrawn), newest first. */
  'documents.consents': call<ConsentDto[]>()(ResidentIdInput, 'documents.read'),
  /** Consent as data, recorded and withdrawn by the roles that handle the case. */
  'documents.consentRecord': call<ConsentDto>()(ConsentRecordInput, 'care.write'),
  'documents.consentWithdraw': call<ConsentDto>()(ConsentWithdrawInput, 'care.write'),
  /** What the life-story book may hold (photos only with a photos consent in force). */
  'documents.lifeStory': call<LifeStoryDto>()(ResidentIdInput, 'documents.read'),
} satisfies CallFragment;
