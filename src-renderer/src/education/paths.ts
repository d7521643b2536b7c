import type { Locale } from '@core/i18n';
import { educationPrintPath } from '@core/education/print';

// The education screens' addresses.
export const educationPaths = {
  plans: () => '/education',
  plan: (id: string) => `/education/plans/${encodeURIComponent(id)}`,
  /** The printed plan (A4), in the chosen language. */
  print: (id: string, lang: Locale) => educationPrintPath(id, lang),
};
