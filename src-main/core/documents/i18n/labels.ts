import type { MessageKey } from '../../i18n/keys';
import type { DocType } from '../schema';
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
