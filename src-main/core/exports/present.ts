import { ADMISSION_TYPE_LABEL, DECIDING_BODY_LABEL } from '../care/i18n/labels';
import type { MessageKey } from '../i18n/keys';
import type { RegisterRow } from './schema';

// How the register's cells are written, the same on its print page and in its XLSX. Isomorphic.

/** A code's label, or the code itself when it has none (an old value). */
export function labelOf(map: Record<string, MessageKey>, code: string | null, t: (k: string) => string): string {
  if (!code) return '';
  return code in map ? t(map[code]!) : code;
}

/** The admission's basis as the register writes it: the deciding body, and the legal basis if given. */
export function basisText(r: Pick<RegisterRow, 'decidingBody' | 'legalBasis' | 'admissionType'>, t: (k: string) => string): string {
  return [labelOf(ADMISSION_TYPE_LABEL, r.admissionType, t), labelOf(DECIDING_BODY_LABEL, r.decidingBody, t), r.legalBasis].filter(Boolean).join('; ');
}

/** The decision's number and date, as one line (dates as the register prints them, dd.mm.yyyy). */
export function decisionText(number: string, date: string | null): string {
  const d = date ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : '';
  return [number ? `№ ${number}` : '', d].filter(Boolean).join(', ');
}

