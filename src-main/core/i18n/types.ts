import type { Locale } from './locales';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The plural forms each language has: Intl.PluralRules(locale).resolvedOptions().pluralCategories,
 * which i18next (v21+ JSON format) and the core's translate() both select by. Azerbaijani nouns do
 * not inflect after a numeral, but Intl gives az `one` too (for verbs), so az keeps `_one/_other`.
 */
export interface PluralForms {
  az: 'one' | 'other';
  en: 'one' | 'other';
  ru: 'one' | 'few' | 'many' | 'other';
}

/**
 * A translation of a domain's source (az) messages: the same keys, any strings; a plural (`x_one`,
 * `x_other` in az) in the language's own forms (`x_one`, `x_few`, `x_many`, `x_other` in ru).
 */
export type Translation<T, L extends Locale> = {
  [K in keyof T as K extends `${infer B}_other`
    ? `${B}_${PluralForms[L]}`
    : K extends `${string}_${PluralSuffix}`
      ? never
      : K]: T[K] extends string ? string : Translation<T[K], L>;
};
