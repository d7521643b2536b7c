import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { displayValue as residentValue, isFieldName as isResidentField } from '../residents/fieldDisplay';
import { staffDisplayValue, staffFieldLabelKey } from '../staff/staffDisplay';
import { GENERIC_FIELDS, INSTITUTION_FIELDS, ORDER, USER_FIELDS, type Change, type Entry } from './auditEntries';
import { RESIDENT_FIELD_LABEL } from '@core/residents/i18n/labels';
import { INSTITUTION_FIELD_LABEL, INSTITUTION_TYPE_LABEL } from '@core/institution/i18n/labels';
import { ROLE_LABEL, USER_FIELD_LABEL } from '@core/auth/i18n/labels';
import { ACTION_LABEL, AUDIT_FIELD_LABEL, AUDIT_REASON_LABEL, ENTITY_LABEL } from '@core/audit/i18n/labels';
import { keyFor, type MessageKey } from '@core/i18n/keys';
import { careFieldKey, careValue, isCareEntity } from '../care/auditDisplay';

export { actionColor, visibleChanges, type Change, type Entry } from './auditEntries';

// How an audit entry reads on screen, whatever it is about: the action in words, each changed
// field with its form label, and each value as the record's page shows it (enums translated,
// dates dd.mm.yyyy). One place, so the audit screen and every record's history tab read alike.

/** Labels and values for audit entries, in the current language. */
export function useAuditDisplay(opts: {
  seeMedical: boolean;
  staffNames?: Record<string, string>;
  /** Training id → title: a training's entry names the training it changed. */
  trainingTitles?: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  // a value the screens know has words; anything else (from an older or newer version) shows raw
  const orRaw = (map: Readonly<Record<string, MessageKey>>, raw: string) => {
    const key = keyFor(map, raw);
    return key && i18n.exists(key) ? tk(key) : raw;
  };

  const fieldLabel = (entity: string, field: string): string => {
    if (entity === 'resident' && isResidentField(field)) return tk(RESIDENT_FIELD_LABEL[field]);
    if (entity === 'staff' && (ORDER.staff!.includes(field))) return tk(staffFieldLabelKey(field));
    if (entity === 'user' && USER_FIELDS.includes(field)) return orRaw(USER_FIELD_LABEL, field);
    if (entity === 'institution' && INSTITUTION_FIELDS.includes(field)) return orRaw(INSTITUTION_FIELD_LABEL, field);
    if (entity === 'settings' && field === 'idleLockMinutes') return t('institution.settings.security.idleLockMinutes');
    if (isCareEntity(entity)) {
      const key = careFieldKey(entity, field);
      if (key) return tk(key);
    }
    if (GENERIC_FIELDS.includes(field)) return orRaw(AUDIT_FIELD_LABEL, field);
    return field;
  };

  const value = (entity: string, c: Change, v: unknown): string => {
    if (c.hidden || (entity === 'resident' && c.field === 'disabilityDiagnosis' && !opts.seeMedical)) return t('audit.history.hidden');
    let shown: string;
    if (v === null || v === undefined || v === '') shown = '';
    else if (entity === 'resident') shown = residentValue(c.field, v, tk, locale);
    else if (entity === 'staff') shown = staffDisplayValue(c.field, v, tk, locale);
    else if (isCareEntity(entity) && careValue(entity, c.field, v, tk, locale) !== null) shown = careValue(entity, c.field, v, tk, locale)!;
    else if (typeof v === 'boolean') shown = tk(v ? 'common.yes' : 'common.no');
    else if (c.field === 'role') shown = orRaw(ROLE_LABEL, String(v));
    else if (entity === 'institution' && c.field === 'type') shown = orRaw(INSTITUTION_TYPE_LABEL, String(v));
    else if (c.field === 'reason') shown = orRaw(AUDIT_REASON_LABEL, String(v));
    else if (c.field === 'lockedUntil') shown = formatDateTime(String(v), locale);
    else if (c.field === 'staffId') shown = opts.staffNames?.[String(v)] ?? String(v);
    else shown = typeof v === 'string' ? v : JSON.stringify(v);
    return shown || '—';
  };

  /** What inside the record the entry is about (a training of a staff member), or ''. */
  const part = (e: Entry): string => {
    const id = [e.after, e.before].map((v) => (v && typeof v === 'object' ? (v as Record<string, unknown>).trainingId : undefined)).find(Boolean);
    if (typeof id !== 'string') return '';
    const after = e.after as Record<string, unknown> | null;
    const title = opts.trainingTitles?.[id] ?? (typeof after?.title === 'string' ? after.title : '');
    return title ? t('audit.training', { title }) : '';
  };

  return {
    fieldLabel,
    part,
    value,
    action: (action: string) => orRaw(ACTION_LABEL, action),
    entity: (entity: string) => orRaw(ENTITY_LABEL, entity),
  };
}
