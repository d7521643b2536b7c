import type { Locale } from '../i18n/locales';

// The printed registers' and reports' routes, shared by the renderer (its links and "save as PDF")
// and the CLI (`qaygi print`). Isomorphic.
/** An open end of the register's period in its route. */
export const OPEN_END = 'any';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The register's period from its route's segments (an open end, or a day); null for anything else. */
export function registerRangeOf(from?: string, to?: string): { from?: string; to?: string } | null {
  const part = (v: string | undefined) => (v === undefined || v === OPEN_END ? undefined : DAY.test(v) ? v : null);
  const f = part(from);
  const t = part(to);
  if (f === null || t === null) return null;
  return { ...(f ? { from: f } : {}), ...(t ? { to: t } : {}) };
}

export const exportsPrintPaths = {
  /** The whole register, or the stays begun or ended in a period (either end open). */
  register: (lang: Locale, range: { from?: string; to?: string } = {}) =>
    range.from || range.to ? `/print/register/${lang}/${range.from || OPEN_END}/${range.to || OPEN_END}` : `/print/register/${lang}`,
  personalFile: (id: string, lang: Locale) => `/print/personal-file/${encodeURIComponent(id)}/${lang}`,
  indicators: (period: string, lang: Locale) => `/print/indicators/${encodeURIComponent(period)}/${lang}`,
};
