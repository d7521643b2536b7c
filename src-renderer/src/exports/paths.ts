import type { Locale } from '@core/i18n';

export const exportsPaths = {
  register: (lang: Locale) => `/print/register/${lang}`,
  personalFile: (id: string, lang: Locale) => `/print/personal-file/${encodeURIComponent(id)}/${lang}`,
  indicators: (period: string, lang: Locale) => `/print/indicators/${encodeURIComponent(period)}/${lang}`,
};
