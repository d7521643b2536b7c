import type { MessageKey } from '../../i18n/keys';
import type { ChildAssent, ConsentGiver, ConsentPurpose, ConsentState, DocType } from '../schema';
import type { Stage } from '../rules';

// The key for each value, written out so that no key is built at run time.

export const DOC_TYPE_LABEL = {
  admission_decision: 'documents.enums.docType.admission_decision',
  exit_decision: 'documents.enums.docType.exit_decision',
  birth_certificate: 'documents.enums.docType.birth_certificate',
  identity_card: 'documents.enums.docType.identity_card',
  medical: 'documents.enums.docType.medical',
  school_report: 'documents.enums.docType.school_report',
  consent: 'documents.enums.docType.consent',
  photo: 'documents.enums.docType.photo',
  signature: 'documents.enums.docType.signature',
  other: 'documents.enums.docType.other',
} as const satisfies Record<DocType, MessageKey>;

export const STAGE_LABEL = {
  admission: 'documents.enums.stage.admission',
  exit: 'documents.enums.stage.exit',
} as const satisfies Record<Stage, MessageKey>;

export const CONSENT_GIVER_LABEL = {
  parent: 'documents.consent.enums.givenByRole.parent',
  guardian: 'documents.consent.enums.givenByRole.guardian',
  institution: 'documents.consent.enums.givenByRole.institution',
  guardianship_authority: 'documents.consent.enums.givenByRole.guardianship_authority',
  other: 'documents.consent.enums.givenByRole.other',
} as const satisfies Record<ConsentGiver, MessageKey>;

export const CONSENT_PURPOSE_LABEL = {
  sharing: 'documents.consent.enums.purpose.sharing',
  photos: 'documents.consent.enums.purpose.photos',
  medical_treatment: 'documents.consent.enums.purpose.medical_treatment',
  other: 'documents.consent.enums.purpose.other',
} as const satisfies Record<ConsentPurpose, MessageKey>;

export const CHILD_ASSENT_LABEL = {
  given: 'documents.consent.enums.childAssent.given',
  refused: 'documents.consent.enums.childAssent.refused',
  not_asked_too_young: 'documents.consent.enums.childAssent.not_asked_too_young',
  not_able: 'documents.consent.enums.childAssent.not_able',
} as const satisfies Record<ChildAssent, MessageKey>;

export const PHOTO_CONSENT_LABEL = {
  given: 'documents.consent.photosState.given',
  not_in_force: 'documents.consent.photosState.not_in_force',
  none: 'documents.consent.photosState.none',
} as const satisfies Record<ConsentState, MessageKey>;
