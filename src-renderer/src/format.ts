import type { Locale } from '@core/i18n';

// How dates, names and numbers are shown. Azerbaijani and Russian documents write dates
// dd.mm.yyyy; the English screens use dd/mm/yyyy so that day-first stays unmistakable.

export function dateSeparator(locale: Locale): string {
  return locale === 'en' ? '/' : '.';
}

/** `YYYY-MM-DD` → `dd.mm.yyyy` (az, ru) or `dd/mm/yyyy` (en); '' for nothing. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const s = dateSeparator(locale);
  return `${m[3]}${s}${m[2]}${s}${m[1]}`;
}

/** An instant (ISO 8601 UTC) in local time: `dd.mm.yyyy HH:mm`. */
export function formatDateTime(isoInstant: string, locale: Locale): string {
  const d = new Date(isoInstant);
  if (Number.isNaN(d.getTime())) return isoInstant;
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  return `${formatDate(day, locale)} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * Typed date → `YYYY-MM-DD`, or null when it is not a whole, real date. Accepts day-first with
 * `.`, `/` or `-` (14.03.2015, 4/3/2015) and ISO (2015-03-14).
 */
export function parseDateInput(text: string): string | null {
  const s = text.trim();
  let y: number, mo: number, d: number;
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (dayFirst) [d, mo, y] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  else if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** As official documents write it: surname, name, patronymic — `Məmmədov Elçin Rəşid oğlu`. */
export function fullName(r: { lastName: string; firstName: string; patronymic?: string | null }): string {
  return [r.lastName, r.firstName, r.patronymic].filter((p) => p && p.trim()).join(' ');
}

// Grouped by hand: Chromium's trimmed locale data has no Azerbaijani number format.
const GROUP_SEPARATOR: Record<Locale, string> = { az: '.', en: ',', ru: '\u00a0' };

/** 1983 → `1.983` (az), `1,983` (en), `1 983` (ru). */
export function formatCount(n: number, locale: Locale): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR[locale]);
  return n < 0 ? `-${grouped}` : grouped;
}
