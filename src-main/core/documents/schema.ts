import { z } from 'zod';
import { isoDate, optionalIsoDate, optionalText } from '../person/schema';
export { ageOn } from '../person/schema';

// Documents on a record: types, owners, the add/void inputs, the DTOs, and the one rule about
// bytes the renderer and the core both need (what a file really is, from its first bytes).
// Isomorphic (no Node imports).

export const DOC_TYPES = [
  'admission_decision', 'exit_decision', 'birth_certificate', 'identity_card', 'medical',
  'school_report', 'consent', 'photo', 'signature', 'other',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** The legal decisions: only the director voids one. */
export const LEGAL_DECISIONS: readonly DocType[] = ['admission_decision', 'exit_decision'];
/** Added and voided only by the roles that handle the case (care.write: director, social worker). */
export const CASE_DOC_TYPES: readonly DocType[] = ['admission_decision', 'exit_decision', 'consent'];
/** Seen and added only by the roles with residents.medical. */
export const MEDICAL_DOC_TYPES: readonly DocType[] = ['medical'];

export const OWNER_TYPES = ['resident', 'staff', 'episode', 'plan', 'review', 'incident'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

export const FILE_MIMES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type FileMime = (typeof FILE_MIMES)[number];
export type ImageMime = Exclude<FileMime, 'application/pdf'>;

/** Default caps: 20 MB a file; a record holds at most 100 files and 200 MB. A thumbnail ≤ 256 KB. */
export const LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  recordFiles: 100,
  recordBytes: 200 * 1024 * 1024,
  thumbnailBytes: 256 * 1024,
  /** The thumbnail's longer side, in pixels (the renderer draws it). */
  thumbnailSide: 256,
} as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, by their magic numbers (never the file's name): PDF, JPEG, PNG, or null. */
export function sniffMime(bytes: Uint8Array): FileMime | null {
  const starts = (sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(PNG_SIGNATURE)) return 'image/png';
  return null;
}

/** Base64 of at most `maxBytes` bytes (4 characters per 3 bytes). */
const base64 = (maxBytes: number) =>
  z
    .string({ error: 'validation.required' })
    .min(4, { error: 'documents.errors.empty' })
    .max(Math.ceil(maxBytes / 3) * 4, { error: 'documents.errors.tooLarge' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'documents.errors.unreadable' });

const Id = z.string().min(1).max(64);

export const OwnerInput = z.object({ ownerType: z.enum(OWNER_TYPES), ownerId: Id }).strict();
export type Owner = z.output<typeof OwnerInput>;

export const AttachmentAddInput = z
  .object({
    ownerType: z.enum(OWNER_TYPES),
    ownerId: Id,
    /** The child an episode's, plan's, review's or incident's document is about (its own id for a child). */
    residentId: Id.nullable().optional().default(null),
    docType: z.enum(DOC_TYPES, { error: 'validation.choose' }),
    title: optionalText(200),
    documentDate: optionalIsoDate,
    validUntil: optionalIsoDate,
    fileName: optionalText(255),
    dataBase64: base64(LIMITS.fileBytes),
    /** The renderer's thumbnail of an image (PNG or JPEG), drawn once on add. */
    thumbnailBase64: base64(LIMITS.thumbnailBytes).nullable().optional().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.validUntil && v.documentDate && v.validUntil < v.documentDate) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'documents.errors.validBeforeDate' });
    }
  });
export type AttachmentAdd = z.output<typeof AttachmentAddInput>;

export const AttachmentIdInput = z.object({ id: Id }).strict();

export const AttachmentVoidInput = z
  .object({
    id: Id,
    reason: z
      .string({ error: 'validation.required' })
      .transform((s) => s.trim())
      .pipe(z.string().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' })),
  })
  .strict();
export type AttachmentVoid = z.output<typeof AttachmentVoidInput>;

export const ResidentIdInput = z.object({ residentId: Id }).strict();

export interface AttachmentDto {
  id: string;
  ownerType: OwnerType;
  ownerId: string;
  residentId: string | null;
  docType: DocType;
  title: string;
  documentDate: string | null;
  validUntil: string | null;
  fileName: string;
  mime: FileMime;
  size: number;
  sha256: string;
  /** data: URL of the thumbnail (images only). */
  thumbnail: string | null;
  addedAt: string;
  addedBy: string;
  voided: { at: string; by: string; reason: string } | null;
  /** The child's current photo. */
  currentPhoto: boolean;
}

export interface AttachmentContent {
  id: string;
  mime: FileMime;
  fileName: string;
  dataBase64: string;
}

export interface ChildPhoto {
  attachmentId: string;
  /** data: URL */
  thumbnail: string;
}

// ── Consent as data (issue 15 §6) ────────────────────────────────────────────────────────────

export const CONSENT_GIVERS = ['parent', 'guardian', 'institution', 'guardianship_authority', 'other'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
export const CONSENT_PURPOSES = ['sharing', 'photos', 'medical_treatment', 'other'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CHILD_ASSENTS = ['given', 'refused', 'not_asked_too_young', 'not_able'] as const;
export type ChildAssent = (typeof CHILD_ASSENTS)[number];

/**
 * From this age the child's own opinion must be asked (Family Code of Azerbaijan, art. 53: the
 * opinion of a child of ten must be taken into account): "too young to be asked" is refused.
 */
export const ASSENT_AGE = 10;

const reasonText = z
  .string({ error: 'validation.required' })
  .transform((s) => s.trim())
  .pipe(z.string().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' }));

export const ConsentRecordInput = z
  .object({
    residentId: Id,
    givenByName: z
      .string({ error: 'validation.required' })
      .transform((s) => s.trim().replace(/\s+/g, ' '))
      .pipe(z.string().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' })),
    givenByRole: z.enum(CONSENT_GIVERS, { error: 'validation.choose' }),
    purpose: z.enum(CONSENT_PURPOSES, { error: 'validation.choose' }),
    /** For sharing: the named body; for other: what it is for. */
    purposeDetail: optionalText(300),
    sharedWith: optionalText(500),
    withheldFrom: optionalText(500),
    childAssent: z.enum(CHILD_ASSENTS, { error: 'validation.choose' }),
    givenOn: isoDate,
    /** The signed form, an attachment of the child of type consent. */
    attachmentId: Id.nullable().optional().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.purpose === 'sharing' || v.purpose === 'other') && !v.purposeDetail) {
      ctx.addIssue({ code: 'custom', path: ['purposeDetail'], message: v.purpose === 'sharing' ? 'documents.consent.errors.bodyRequired' : 'validation.required' });
    }
  });
export type ConsentRecord = z.output<typeof ConsentRecordInput>;

export const ConsentWithdrawInput = z
  .object({ id: Id, withdrawnOn: isoDate, reason: reasonText })
  .strict();
export type ConsentWithdraw = z.output<typeof ConsentWithdrawInput>;

export interface ConsentDto {
  id: string;
  residentId: string;
  givenByName: string;
  givenByRole: ConsentGiver;
  purpose: ConsentPurpose;
  purposeDetail: string;
  sharedWith: string;
  withheldFrom: string;
  childAssent: ChildAssent;
  givenOn: string;
  withdrawn: { on: string; by: string; reason: string } | null;
  attachmentId: string | null;
  recordedAt: string;
  recordedBy: string;
  /** In force: not withdrawn, and the child did not refuse. */
  inForce: boolean;
}

/** Where a purpose stands for a child: a consent in force; consents, none in force (withdrawn, or the child refused); none ever. */
export type ConsentState = 'given' | 'not_in_force' | 'none';

/** The state of one purpose from a child's consents (the newest in force wins; a refused assent is not consent). */
export function consentState(consents: ReadonlyArray<Pick<ConsentDto, 'purpose' | 'inForce'>>, purpose: ConsentPurpose): ConsentState {
  const of = consents.filter((c) => c.purpose === purpose);
  if (of.some((c) => c.inForce)) return 'given';
  return of.length ? 'not_in_force' : 'none';
}

// ── The life-story book (issue 15 §9) ───────────────────────────────────────────────────────

/** What may go into the book: images of these types (never a decision, a medical report, a consent or an identity document). */
export const LIFE_STORY_DOC_TYPES: readonly DocType[] = ['photo', 'school_report', 'other'];

export interface LifeStoryDto {
  residentId: string;
  photoConsent: ConsentState;
  /** Photos on file left out because no photos consent is in force. */
  photosWithheld: number;
  items: Array<{ id: string; docType: DocType; title: string; documentDate: string | null; mime: ImageMime }>;
}
