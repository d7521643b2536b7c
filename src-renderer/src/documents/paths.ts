import type { Locale } from '@core/i18n';

// The documents screens' addresses.
export const documentsPaths = {
  /** The life-story book of a child (A4), in the chosen language. */
  lifeStory: (residentId: string, lang: Locale) => `/print/life-story/${encodeURIComponent(residentId)}/${lang}`,
};
