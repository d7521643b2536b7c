import type { Locale } from '@core/i18n';
import { keyFor, type MessageKey } from '@core/i18n/keys';
import { formatDate } from '../format';

// How a record's field value is shown as words — on a profile and in its history — for every
// register: enum values by their typed label maps, dates in the reader's format, yes/no.

export interface FieldKinds {
  enums: Partial<Record<string, Readonly<Record<string, MessageKey>>>>;
  dates: ReadonlySet<string>;
}

/** The value as words; '' for nothing. */
export function showFieldValue(kinds: FieldKinds, field: string, value: unknown, tk: (key: string) => string, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return tk(value ? 'common.yes' : 'common.no');
  const e = kinds.enums[field];
  if (e) return tk(keyFor(e, String(value)) ?? String(value));
  if (kinds.dates.has(field)) return formatDate(String(value), locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
