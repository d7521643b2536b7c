import type { Locale } from '../i18n/locales';

// The printed registers' and reports' routes, shared by the renderer (its links and "save as PDF")
// and the CLI (`qaygi print`). Isomorphic.
export const exportsPrintPaths = {
  register: (lang: Locale) => `/print/register/${lang}`,
  personalFile: (id: string, lang: Locale) => `/print/personal-file/${encodeURIComponent(id)}/${lang}`,
  indicators: (period: string, lang: Locale) => `/print/indicators/${encodeURIComponent(period)}/${lang}`,
};
