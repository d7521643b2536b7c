export const LOCALES = ['az', 'en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'az';

/** The app's language for a system locale tag (`ru-RU` → ru, `en-GB` → en); Azerbaijani otherwise. */
export function localeFromSystem(tag: string): Locale {
  const lang = tag.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(lang ?? '') ? (lang as Locale) : DEFAULT_LOCALE;
}
